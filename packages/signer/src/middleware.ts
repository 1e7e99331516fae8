import { fail } from "./errors.js";
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
    // A used body cannot be cloned: say which input is at fault rather than let clone() throw.
    if (request.bodyUsed) fail("body", "has been read already");
    const body = await request.clone().arrayBuffer();
    return new Request(request, { headers: await signFastest({ method: request.method, url: request.url, headers: request.headers, body }, credentials, options), body: body.byteLength ? body : null, redirect: "manual" });
  },
});
