import { sign } from "./sign.js";
import { nodeCrypto, signSync } from "./sign-sync.js";
import type { Credentials, SignOptions } from "./types.js";

/** The slice of openapi-fetch's `Middleware` this implements, typed structurally to stay dependency-free. */
export interface SignerMiddleware {
  onRequest(params: { request: Request }): Promise<Request>;
}

/**
 * openapi-fetch middleware that signs each request as sent. openapi-fetch does not clone bodies, so
 * the body is read from a clone, and the outgoing Request is rebuilt from exactly those bytes: the
 * signature always covers what goes on the wire. Uses signSync where node:crypto exists, else sign.
 */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware => ({
  async onRequest({ request }) {
    const body = request.body && new Uint8Array(await request.clone().arrayBuffer());
    const toSign = { method: request.method, url: request.url, headers: request.headers, body };
    // Same result either way; node:crypto is much faster than Node's thread-pooled Web Crypto.
    const headers = nodeCrypto() ? signSync(toSign, credentials, options) : await sign(toSign, credentials, options);
    // A null body (GET, HEAD) is what the request already has.
    return new Request(request, { headers, body });
  },
});
