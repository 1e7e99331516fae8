export type Algorithm = "SDK-HMAC-SHA256" | "V11-HMAC-SHA256" | "SDK-HMAC-SM3";

// Every optional member admits `undefined`, which both entries read as absent: with
// `exactOptionalPropertyTypes`, `{ securityToken: process.env.X }` or `{ date: maybeDate }` must still compile.
export interface SignRequest {
  method: string;
  url: string | URL;
  headers?: Record<string, string> | Headers | undefined;
  /** The exact bytes that will be sent; strings are sent (and hashed) as UTF-8. */
  body?: string | Uint8Array | ArrayBuffer | null | undefined;
}

export interface Credentials {
  ak: string;
  sk: string;
  /** Present for temporary credentials; sent and signed as `X-Security-Token`. */
  securityToken?: string | undefined;
}

export interface SignOptions {
  /** Signing time; defaults to now. */
  date?: Date | undefined;
  algorithm?: Algorithm | undefined;
  /** Send `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` instead of hashing the body. */
  unsignedPayload?: boolean | undefined;
  /** Sign only these headers (case-insensitive; `host` allowed). `X-Sdk-Date` is always signed. */
  signedHeaders?: readonly string[] | undefined;
  /** Region of the derived key; required by `V11-HMAC-SHA256`. */
  region?: string | undefined;
  /** Service name of the derived key (e.g. `ims`); required by `V11-HMAC-SHA256`. */
  service?: string | undefined;
}

/** Every header to send: the input headers plus `X-Sdk-Date`, `Authorization` and, for temporary credentials, `X-Security-Token`. */
export type SignedHeaders = Record<string, string>;
