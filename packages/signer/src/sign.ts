import { hex } from "./hex.js";
import { ALGORITHMS, finish, prepare, stringToSign } from "./prepare.js";
import { complete } from "./sign-sync.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Signs with Web Crypto: browsers, Workers, Deno, Bun and Node. */
export async function sign(request: SignRequest, credentials: Credentials, options?: SignOptions): Promise<SignedHeaders> {
  const p = prepare(request, credentials, options);
  // Web Crypto has no SM3; node:crypto (OpenSSL) has, where it exists.
  if (p.algorithm === ALGORITHMS[2]) return complete(p, credentials);
  const { subtle } = crypto;
  const { ak, sk } = credentials;
  const sha256 = async (data: string | Uint8Array) =>
    hex(await subtle.digest("SHA-256", (typeof data === "string" ? utf8(data) : data) as Uint8Array<ArrayBuffer>));
  const sts = stringToSign(p, await sha256(p.head + (p.payloadHash ?? (await sha256(p.body)))));
  let key = utf8(sk);
  if (p.scope) {
    const ikm = await subtle.importKey("raw", key, "HKDF", false, ["deriveBits"]);
    key = utf8(hex(await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: utf8(ak), info: utf8(p.scope) }, ikm, 256)));
  }
  const hmac = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return finish(p, ak, hex(await subtle.sign("HMAC", hmac, utf8(sts))));
}
