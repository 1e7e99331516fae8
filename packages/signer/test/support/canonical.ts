import { createHash } from "node:crypto";
import { prepare, stringToSign } from "../../src/prepare.js";
import type { Credentials, SignOptions, SignRequest } from "../../src/types.js";

/** The canonical request and string to sign, recomputed with plain node:crypto for the assertions. */
export function canonicalOf(request: SignRequest, credentials: Credentials, options: SignOptions) {
  const p = prepare(request, credentials, options);
  const alg = p.a === "SDK-HMAC-SM3" ? "sm3" : "sha256";
  const canonicalRequest = p.h + (p.p ?? createHash(alg).update(p.b).digest("hex"));
  // One byte per character: header values travel as ISO-8859-1, the rest is ASCII.
  return { canonicalRequest, stringToSign: stringToSign(p, createHash(alg).update(canonicalRequest, "latin1").digest("hex")) };
}
