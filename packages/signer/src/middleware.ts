import { signerMiddleware, type SignerMiddleware } from "./middleware-core.js";
import { sign } from "./sign.js";
import { nodeCrypto, signSync } from "./sign-sync.js";
import type { Credentials, SignOptions } from "./types.js";

export type { SignerMiddleware };

/**
 * openapi-fetch middleware that signs each request as sent. Uses signSync where node:crypto exists
 * (much faster than Node's thread-pooled Web Crypto; same result), else sign.
 */
export const createSignerMiddleware = (credentials: Credentials, options?: SignOptions): SignerMiddleware =>
  signerMiddleware((r, c, o) => (nodeCrypto() ? signSync(r, c, o) : sign(r, c, o)), credentials, options);
