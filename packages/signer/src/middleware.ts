import { signFastest } from "./fastest.js";
import type { SignerMiddleware } from "./middleware-core.js";
import type { Credentials, SignOptions } from "./types.js";

export type { SignerMiddleware };

/** openapi-fetch middleware that signs each request as sent, with `signFastest` (see middleware-core.ts). */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware => ({
  async onRequest({ request }) {
    // Read whatever `request.body` says (see browser/index.ts). No bytes leave the request's own
    // body, as empty: a non-null one would make Request throw for GET and HEAD.
    // Redirects come back to the caller (see browser/index.ts).
    // A used body cannot be cloned: `true` goes to the signer instead, whose body check refuses it
    // (INVALID_REQUEST on body, 18 B less than a check and a message of its own).
    const body = request.bodyUsed || (await request.clone().arrayBuffer());
    return new Request(request, {
      headers: await signFastest({ method: request.method, url: request.url, headers: request.headers, body: body as ArrayBuffer }, credentials, options),
      body: (body as ArrayBuffer).byteLength ? (body as ArrayBuffer) : null,
      redirect: "manual",
    });
  },
});
