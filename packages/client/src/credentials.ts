import { ImsConfigError } from "./errors.js";

/** Permanent or temporary (with `securityToken`) access keys; requests are signed with SDK-HMAC-SHA256. */
export interface AkSkCredentials {
  ak: string;
  sk: string;
  securityToken?: string;
}

/** A static IAM token, sent as `X-Auth-Token`. */
export interface TokenCredentials {
  token: string;
}

/** Supplies IAM tokens on demand, e.g. `createIamTokenProvider()`; asked again with `forceRefresh` after a 401. */
export interface TokenProvider {
  getToken(options?: { forceRefresh?: boolean; signal?: AbortSignal }): Promise<string>;
}

export type ImsCredentials = AkSkCredentials | TokenCredentials | TokenProvider;

export type CheckedCredentials =
  | { kind: "aksk"; ak: string; sk: string; securityToken: string | undefined }
  | { kind: "token"; token: string }
  | { kind: "provider"; provider: TokenProvider };

// Values go into HTTP headers: a line break would split the header (and could smuggle another one).
function headerSafe(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new ImsConfigError(field, "must be a non-empty string");
  if (/[\r\n\0]/.test(value)) throw new ImsConfigError(field, "must not contain line breaks");
  return value;
}

export function checkCredentials(credentials: unknown, field = "credentials"): CheckedCredentials | undefined {
  if (credentials === undefined) return undefined;
  if (typeof credentials !== "object" || credentials === null) {
    throw new ImsConfigError(field, "expected { ak, sk, securityToken? }, { token } or a token provider");
  }
  const c = credentials as Record<string, unknown>;
  if (typeof c["getToken"] === "function") return { kind: "provider", provider: credentials as TokenProvider };
  if ("token" in c) return { kind: "token", token: headerSafe(`${field}.token`, c["token"]) };
  if ("ak" in c || "sk" in c) {
    const ak = headerSafe(`${field}.ak`, c["ak"]);
    if (/[\s,=]/.test(ak)) throw new ImsConfigError(`${field}.ak`, "must not contain spaces, commas or '='");
    const sk = headerSafe(`${field}.sk`, c["sk"]);
    const st = c["securityToken"];
    const securityToken = st === undefined ? undefined : headerSafe(`${field}.securityToken`, st);
    return { kind: "aksk", ak, sk, securityToken };
  }
  throw new ImsConfigError(field, "expected { ak, sk, securityToken? }, { token } or a token provider");
}
