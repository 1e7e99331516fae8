import { sign } from "./sign.js";
import { nodeCrypto, signSync } from "./sign-sync.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";

/**
 * `signSync` where node:crypto exists (much faster than Node's thread-pooled Web Crypto; same
 * result), else `sign`: the headers, or a promise of them. `await` it to run anywhere.
 */
export const signFastest = (request: SignRequest, credentials: Credentials, options?: SignOptions): SignedHeaders | Promise<SignedHeaders> =>
  nodeCrypto() ? signSync(request, credentials, options) : sign(request, credentials, options);
