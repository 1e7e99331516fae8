import { check } from "./option-checks.js";

/** Permanent or temporary (with `securityToken`) access keys; requests are signed with SDK-HMAC-SHA256. */
export interface AkSkCredentials {
  ak: string;
  sk: string;
  securityToken?: string | undefined;
}

/** A static IAM token, sent as `X-Auth-Token`. */
export interface TokenCredentials {
  token: string;
}

/**
 * Supplies IAM tokens on demand, e.g. `createIamTokenProvider()`; asked again with `forceRefresh` after
 * a 401, naming the token that was refused (`refusedToken`): a provider that has a newer one since
 * (another call's refresh) can hand that out instead of logging in again. The client always passes
 * the options, so a provider may destructure them (`async ({ forceRefresh }) => …`).
 */
export interface TokenProvider {
  getToken(options: {
    forceRefresh?: boolean | undefined;
    /** The token the call last sent (null before its first attempt): with `forceRefresh`, the one refused. */
    refusedToken?: string | null | undefined;
    signal?: AbortSignal | undefined;
  }): Promise<string>;
}

export type ImsCredentials = AkSkCredentials | TokenCredentials | TokenProvider;

// Values go into HTTP headers: a line break would split the header (and could smuggle another one).
export function headerSafe(field: string, value: unknown): string {
  check(typeof value === "string" && value.trim() && !/[\r\n\0]/.test(value), field, "must be a non-empty string without line breaks");
  return value;
}
