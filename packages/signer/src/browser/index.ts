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
    // Read whatever `request.body` says: browsers without it (Firefox; Chrome before 105) read it
    // as undefined, body or not. The Request goes to `sign` as it is, with the bytes read as its
    // fourth argument (see ./sign.ts). No bytes (GET, HEAD, an empty body) leave the request's own
    // body, as empty: a non-null one would make Request throw for GET and HEAD.
    // Redirects come back to the caller (a browser's as an opaque response): fetch would follow
    // them with these headers, signed for this URL, and hand X-Security-Token to another origin
    // (it drops only Authorization).
    // A used body cannot be cloned: `true` goes to `sign` instead, whose body check refuses it.
    const body = request.bodyUsed || (await request.clone().arrayBuffer());
    return new Request(request, {
      headers: await sign(request as never, credentials, options, body),
      body: (body as ArrayBuffer).byteLength ? (body as ArrayBuffer) : null,
      redirect: "manual",
    });
  },
});
