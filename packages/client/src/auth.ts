import { headerSafe, type ImsCredentials, type TokenProvider } from "./credentials.js";
import { check } from "./option-checks.js";

/** One attempt's request before it is sent: auth may add headers, never change the body. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array | null;
  signal: AbortSignal;
}

/** The signer's `signFastest()` (or `sign`, `signSync`): every header to send, `X-Sdk-Date` and `Authorization` included. */
export type SignFunction = (
  request: { method: string; url: string; headers: Headers; body: Uint8Array | null },
  credentials: { ak: string; sk: string; securityToken?: string | undefined },
) => Record<string, string> | Promise<Record<string, string>>;

export interface Authenticator {
  /**
   * Adds the credentials to one attempt; `refresh` asks a token provider for a new token. Returns the
   * headers to send when they are not `request.headers` (AK/SK: the signer's record of them all).
   */
  apply(request: OutgoingRequest, refresh: boolean): Promise<Record<string, string> | void>;
  /** Why a 401 deserves one more attempt with fresh credentials (a log line), or undefined. */
  renew(response: Response): Promise<string | undefined>;
  /** Values that must never be logged. */
  secrets(): readonly string[];
}

// Matched against the whole body of a 401: the gateway's wording for a signature outside its time window.
const SIGNATURE_EXPIRED = /signature expired|x-sdk-date|signing time|time skew|request (has )?expired/i;
const SHAPES = "must be { ak, sk, securityToken? }, { token } or a token provider";

/**
 * Checks `credentials` (each bad field named) and returns how to apply them: an IAM token (static
 * or from a provider) as X-Auth-Token, or AK/SK signing with `sign`.
 */
export function createAuthenticator(credentials: ImsCredentials | undefined, projectId: string | undefined, sign: SignFunction): Authenticator | undefined {
  if (credentials === undefined) return undefined;
  check(typeof credentials === "object" && credentials, "credentials", SHAPES);
  const c = credentials as unknown as Partial<Record<string, unknown>>;
  const provider = typeof c["getToken"] === "function" ? (credentials as TokenProvider) : undefined;
  if (provider || "token" in c) {
    let token = provider ? "" : headerSafe("credentials.token", c["token"]);
    return {
      async apply(request, refresh) {
        // The call's own headers hold the token it sent (`token` may be another call's newer one by
        // now). Passed on every attempt: only on a refresh would cost bytes in the 10 kB bundle.
        if (provider) token = await provider.getToken({ forceRefresh: refresh, refusedToken: request.headers.get("X-Auth-Token"), signal: request.signal });
        request.headers.set("X-Auth-Token", token);
      },
      // The gateway refused the token before IMS saw the call: any method may go again.
      renew: async () => (provider ? "ims token refused, fetching a new one" : undefined),
      // "" until a provider gives its first token: the scrubber skips secrets that short.
      secrets: () => [token],
    };
  }
  check("ak" in c || "sk" in c, "credentials", SHAPES);
  const ak = headerSafe("credentials.ak", c["ak"]);
  check(!/[\s,=]/.test(ak), "credentials.ak", "must not contain spaces, commas or '='");
  const sk = headerSafe("credentials.sk", c["sk"]);
  const securityToken = c["securityToken"] === undefined ? undefined : headerSafe("credentials.securityToken", c["securityToken"]);
  return {
    async apply(request) {
      // The gateway needs the project for project-scoped IMS APIs called with AK/SK.
      if (projectId !== undefined) request.headers.set("X-Project-Id", projectId);
      // Signed per attempt: every retry carries a fresh X-Sdk-Date. The signer returns every header
      // to send, which fetch takes as it is (five Headers.set calls per attempt saved).
      // (An undefined securityToken is no token to the signer.)
      return sign(request, { ak, sk, securityToken });
    },
    // Only an expired signature: a wrong SK sent again counts towards the gateway locking the AK.
    renew: async (response) =>
      SIGNATURE_EXPIRED.test(await response.clone().text()) ? "ims signature expired, signing again" : undefined,
    secrets: () => [sk, securityToken ?? ""],
  };
}
