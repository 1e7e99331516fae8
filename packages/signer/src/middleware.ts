import { signFastest } from "./fastest.js";
import type { SignerMiddleware } from "./middleware-core.js";
import type { Credentials, SignOptions } from "./types.js";

export type { SignerMiddleware };

/** openapi-fetch middleware that signs each request as sent, with `signFastest` (see middleware-core.ts). */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware => ({
  async onRequest({ request }) {
    const body = request.body && (await request.clone().arrayBuffer());
    // A null body (GET, HEAD) is what the request already has.
    return new Request(request, { headers: await signFastest({ method: request.method, url: request.url, headers: request.headers, body }, credentials, options), body });
  },
});
