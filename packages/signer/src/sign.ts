import { ALGORITHMS, prepare } from "./prepare.js";
import { complete } from "./sign-sync.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";
import { webSign } from "./web-sign.js";

/** Signs with Web Crypto: browsers, Workers, Deno, Bun and Node. */
export async function sign(request: SignRequest, credentials: Credentials, options?: SignOptions): Promise<SignedHeaders> {
  const p = prepare(request, credentials, options);
  // Web Crypto has no SM3; node:crypto (OpenSSL) has, where it exists.
  return p.algorithm === ALGORITHMS[2] ? complete(p, credentials) : webSign(p, credentials);
}
