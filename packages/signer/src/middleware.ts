import { signFastest } from "./fastest.js";
import { signerMiddleware, type SignerMiddleware } from "./middleware-core.js";
import type { Credentials, SignOptions } from "./types.js";

export type { SignerMiddleware };

/** openapi-fetch middleware that signs each request as sent, with `signFastest`. */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware =>
  signerMiddleware(signFastest, credentials, options);
