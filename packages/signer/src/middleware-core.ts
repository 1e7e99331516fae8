/**
 * The slice of openapi-fetch's `Middleware` that both entries' `createSignerMiddleware` implement,
 * typed structurally to stay dependency-free. openapi-fetch does not clone bodies, so each reads the
 * body from a clone and rebuilds the outgoing Request from exactly those bytes: the signature always
 * covers what goes on the wire. Each entry writes its own few lines around its own signer rather
 * than share them through a signer parameter (10 B less in the browser bundle; the tests run both
 * against the same requests).
 */
export interface SignerMiddleware {
  onRequest(params: { request: Request }): Promise<Request>;
}
