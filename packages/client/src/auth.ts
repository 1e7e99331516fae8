import type { CheckedCredentials } from "./credentials.js";

/** One attempt's request before it is sent: auth may add headers, never change the body. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array | null;
  signal: AbortSignal;
}

/** The signer's `sign()` or `signSync()`: every header to send, `X-Sdk-Date` and `Authorization` included. */
export type SignFunction = (
  request: { method: string; url: string; headers: Headers; body: Uint8Array | null },
  credentials: { ak: string; sk: string; securityToken?: string },
) => Record<string, string> | Promise<Record<string, string>>;

export interface Authenticator {
  readonly kind: CheckedCredentials["kind"];
  /** Adds the credentials to one attempt; `refresh` asks a token provider for a new token. */
  apply(request: OutgoingRequest, refresh: boolean): Promise<void>;
  /** Values that must never be logged. */
  secrets(): readonly string[];
}

export function createAuthenticator(credentials: CheckedCredentials, options: { projectId: string | undefined; sign: SignFunction }): Authenticator {
  switch (credentials.kind) {
    case "token": {
      const { token } = credentials;
      return {
        kind: "token",
        async apply(request) {
          request.headers.set("X-Auth-Token", token);
        },
        secrets: () => [token],
      };
    }
    case "provider": {
      const { provider } = credentials;
      let last: string | undefined;
      return {
        kind: "provider",
        async apply(request, refresh) {
          last = await provider.getToken({ forceRefresh: refresh, signal: request.signal });
          request.headers.set("X-Auth-Token", last);
        },
        secrets: () => (last ? [last] : []),
      };
    }
    case "aksk": {
      const { ak, sk, securityToken } = credentials;
      const { projectId, sign } = options;
      const creds = securityToken === undefined ? { ak, sk } : { ak, sk, securityToken };
      return {
        kind: "aksk",
        async apply(request) {
          // The gateway needs the project for project-scoped IMS APIs called with AK/SK.
          if (projectId !== undefined) request.headers.set("X-Project-Id", projectId);
          // Signed per attempt: every retry carries a fresh X-Sdk-Date.
          const signed = await sign({ method: request.method, url: request.url, headers: request.headers, body: request.body }, creds);
          for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);
        },
        secrets: () => (securityToken ? [sk, securityToken] : [sk]),
      };
    }
  }
}
