import { hex } from "./hex.js";
import { ALGORITHMS, finish, prepare, stringToSign } from "./prepare.js";
import { complete } from "./sign-sync.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
let empty: Promise<string> | undefined;

/** Signs with Web Crypto: browsers, Workers, Deno, Bun and Node. */
export async function sign(request: SignRequest, credentials: Credentials, options?: SignOptions): Promise<SignedHeaders> {
  const p = prepare(request, credentials, options);
  // Web Crypto has no SM3; node:crypto (OpenSSL) has, where it exists.
  if (p.algorithm === ALGORITHMS[2]) return complete(p, credentials);
  const { subtle } = crypto;
  const { ak, sk } = credentials;
  const sha256 = async (data: string | Uint8Array) =>
    hex(await subtle.digest("SHA-256", (typeof data === "string" ? utf8(data) : data) as Uint8Array<ArrayBuffer>));
  const payload = p.payloadHash ?? (await (p.body.length ? sha256(p.body) : (empty ??= sha256(""))));
  const canonical = p.head + payload;
  // Header values go out as one byte per character (ISO-8859-1): hash those bytes, not UTF-8.
  const sts = stringToSign(p, await sha256(p.latin1 ? Uint8Array.from(canonical, (ch) => ch.charCodeAt(0)) : canonical));
  let secret = utf8(sk);
  if (p.scope) {
    const ikm = await subtle.importKey("raw", secret, "HKDF", false, ["deriveBits"]);
    secret = utf8(hex(await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: utf8(ak), info: utf8(p.scope) }, ikm, 256)));
  }
  const key = await subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return finish(p, ak, hex(await subtle.sign("HMAC", key, utf8(sts))));
}
