// The entry bundlers pick for browsers and Workers (the `browser` export condition): the same API
// without node:crypto. signSync and SM3 need OpenSSL, which these runtimes lack, so they throw
// UNSUPPORTED_RUNTIME / UNSUPPORTED_ALGORITHM here, exactly as the main entry does without node:crypto.
import { fail } from "../errors.js";
import type { SignerMiddleware } from "../middleware-core.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "../types.js";
import { sign } from "./sign.js";

export { SignerError, type SignerErrorCode } from "../errors.js";
export type { Algorithm, Credentials, SignOptions, SignRequest, SignedHeaders } from "../types.js";
export type { SignerMiddleware };

/** Needs node:crypto, which browsers and Workers lack: always throws `UNSUPPORTED_RUNTIME` here. */
export const signSync: (request: SignRequest, credentials: Credentials, options?: SignOptions) => SignedHeaders = () =>
  fail("runtime", "has no node:crypto; use sign()");

// signFastest is `sign` here: without node:crypto, Web Crypto is the fastest there is. Exported
// under both names (no alias variable); its declared type is the main entry's, from dist/index.d.ts.
export { sign, sign as signFastest };

/** openapi-fetch middleware that signs each request as sent, with `sign` (see ../middleware-core.ts). */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware => ({
  async onRequest({ request }) {
    const body = request.body && (await request.clone().arrayBuffer());
    // A null body (GET, HEAD) is what the request already has. The Request goes to `sign` as it is,
    // with the bytes read as its fourth argument (see ./sign.ts).
    return new Request(request, { headers: await sign(request as never, credentials, options, body), body });
  },
});
