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
  if (p.a === ALGORITHMS[2]) return complete(p, credentials);
  const { subtle } = crypto;
  const sha256 = async (data: string | Uint8Array) =>
    hex(await subtle.digest("SHA-256", (typeof data === "string" ? utf8(data) : data) as Uint8Array<ArrayBuffer>));
  const payload = p.p ?? (await (p.b.length ? sha256(p.b) : (empty ??= sha256(""))));
  const canonical = p.h + payload;
  // Header values go out as one byte per character (ISO-8859-1): hash those bytes, not UTF-8.
  const sts = stringToSign(p, await sha256(p.l ? Uint8Array.from(canonical, (ch) => ch.charCodeAt(0)) : canonical));
  const hmac = async (key: Uint8Array | ArrayBuffer, data: string) =>
    subtle.sign("HMAC", await subtle.importKey("raw", key as BufferSource, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]), utf8(data));
  // For V11 the key is derived: HKDF-SHA256 (RFC 5869) of the SK, salted with the AK, over the scope,
  // as hex. One block, so extract and expand are two HMACs (as in the browser entry; 31 B less than
  // importing an HKDF key). The credentials are read where used (8 B less than destructured).
  return finish(p, credentials.ak, hex(await hmac(utf8(p.c ? hex(await hmac(await hmac(utf8(credentials.ak), credentials.sk), p.c + "\x01")) : credentials.sk), sts)));
}
