import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";

/** The slice of openapi-fetch's `Middleware` this implements, typed structurally to stay dependency-free. */
export interface SignerMiddleware {
  onRequest(params: { request: Request }): Promise<Request>;
}

/**
 * openapi-fetch does not clone bodies, so the body is read from a clone, and the outgoing Request is
 * rebuilt from exactly those bytes: the signature always covers what goes on the wire.
 */
export const signerMiddleware = (
  signer: (request: SignRequest, credentials: Credentials, options?: SignOptions) => SignedHeaders | Promise<SignedHeaders>,
  credentials: Credentials,
  options?: SignOptions,
): SignerMiddleware => ({
  async onRequest({ request }) {
    const body = request.body && (await request.clone().arrayBuffer());
    const headers = await signer({ method: request.method, url: request.url, headers: request.headers, body }, credentials, options);
    // A null body (GET, HEAD) is what the request already has.
    return new Request(request, { headers, body });
  },
});
