import { fail } from "./errors.js";
import { ALGORITHMS, finish, prepare, stringToSign, type Prepared } from "./prepare.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";

// The part of node:crypto used here, typed here: with `typeof import("node:crypto")` the published
// .d.ts would need @types/node, which browser and Workers projects do not have.
interface Digest {
  update(data: string, encoding?: "latin1"): Digest;
  digest(encoding: "hex"): string;
  digest(): Uint8Array;
}
interface NodeCrypto {
  hash(algorithm: string, data: string | Uint8Array, encoding: "hex" | "binary"): string;
  createHash(algorithm: string): Digest;
  createHmac(algorithm: string, key: string | Uint8Array): Digest;
}

// Reached through process.getBuiltinModule (Node ≥ 20.16, Deno, Bun), not an import, so one bundle
// also loads in browsers and Workers, which get the Web Crypto path only.
let node: NodeCrypto | undefined;
let sm3: boolean | undefined;
const empty: Record<string, string> = {};
const utf8 = new TextEncoder();

// Tried, not looked up: Deno lists sm3 and hashes with it, but has no HMAC-SM3; Bun has neither.
function hasSm3(c: NodeCrypto): boolean {
  try {
    return c.hash("sm3", "", "hex").length + c.createHmac("sm3", "k").digest("hex").length === 128;
  } catch {
    return false;
  }
}

/** node:crypto where the runtime has it (Node ≥ 20.16, Deno, Bun), else undefined. */
export const nodeCrypto = (): NodeCrypto | undefined =>
  (node ??= (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.("node:crypto") as NodeCrypto);

// HMAC (RFC 2104) of the string to sign as two one-shot hashes over the key's pads, made once per
// key: createHmac builds an object per call and costs twice as much. SHA-256 and SM3 both have
// 64-byte blocks and 32-byte digests. A key longer than a block or a string to sign longer than 256
// bytes (neither seen in practice) takes createHmac.
// Per key, one buffer: outer pad, inner digest (64 + 32 bytes), inner pad, string to sign (64 + 256);
// with a view of its outer half, the prefix (algorithm, date, scope) of the string to sign last
// written there, which changes at most once a second, and views of the inner pad and string to sign
// and of where the digest goes after that prefix.
const pads = new Map<string, [b: Uint8Array, outer: Uint8Array, prefix: string, inner: Uint8Array, digest: Uint8Array]>();

/** HMAC of the string to sign, `prefix` + `digest` (the canonical request's hex hash). */
function hmac(c: NodeCrypto, alg: string, key: string, prefix: string, digest: string): string {
  let p = pads.get(key);
  const n = prefix.length;
  if (!p) {
    const k = utf8.encode(key);
    if (k.length < 65) {
      const b = new Uint8Array(416);
      // Past the key's end k[i] is undefined, which XOR reads as 0: the zero padding.
      for (let i = 0; i < 64; i++) {
        b[i] = (k[i] as number) ^ 0x5c;
        b[96 + i] = (k[i] as number) ^ 0x36;
      }
      // A client holds a key or two; the cap bounds memory if keys keep changing.
      if (pads.size > 15) pads.clear();
      pads.set(key, (p = [b, b.subarray(0, 96), "", b, b]));
    }
  }
  // The string to sign is ASCII: one byte per character.
  if (!p || n > 192) return c.createHmac(alg, key).update(prefix + digest).digest("hex");
  const b = p[0];
  if (p[2] !== prefix) {
    utf8.encodeInto((p[2] = prefix), b.subarray(160));
    p[3] = b.subarray(96, 224 + n);
    p[4] = b.subarray(160 + n);
  }
  utf8.encodeInto(digest, p[4]);
  const inner = c.hash(alg, p[3], "binary");
  for (let i = 0; i < 32; i++) b[64 + i] = inner.charCodeAt(i);
  return c.hash(alg, p[1], "hex");
}

// The string to sign's prefix (algorithm, date, scope) changes at most once a second: kept as one
// string, which hmac then compares by identity, not by content.
let prefix: [date: string, algorithm: string, scope: string, prefix: string] = ["", "", "", ""];

/** The node:crypto half of signing; `sign()` uses it too, for SM3, which Web Crypto lacks. */
export function complete(p: Prepared, { ak, sk }: Credentials): SignedHeaders {
  const c = nodeCrypto();
  const alg = p.a === ALGORITHMS[2] ? "sm3" : "sha256";
  if (alg === "sm3" && !(c && (sm3 ??= hasSm3(c)))) fail("options.algorithm", "is unsupported here (no SM3)");
  if (!c) return fail("runtime", "has no node:crypto; use sign()");
  // Most requests (GET, DELETE) have no body: hash the empty one once per algorithm.
  const payload = p.p ?? (p.b.length ? c.hash(alg, p.b, "hex") : (empty[alg] ??= c.hash(alg, "", "hex")));
  // V11's key, HKDF-SHA256 of the SK salted with the AK over the scope, as hex: one block, so
  // extract and expand are two HMACs (as in the Web Crypto paths), 2.2 times as fast as hkdfSync and
  // a hex loop (3.6 against 8.0 µs), and the hex loop stays out of a signSync-only bundle (26 B).
  const key = p.c ? c.createHmac("sha256", c.createHmac("sha256", ak).update(sk).digest()).update(p.c + "\x01").digest("hex") : sk;
  const canonical = p.h + payload;
  // Hash the bytes that travel: ISO-8859-1 header values are not UTF-8. For ASCII both agree, and
  // the one-shot hash is faster.
  const crHash = p.l ? c.createHash(alg).update(canonical, "latin1").digest("hex") : c.hash(alg, canonical, "hex");
  if (p.d !== prefix[0] || p.a !== prefix[1] || p.c !== prefix[2]) prefix = [p.d, p.a, p.c, stringToSign(p, "")];
  return finish(p, ak, hmac(c, alg, key, prefix[3], crHash));
}

/** Signs with node:crypto, synchronously (Node ≥ 20.16, Deno, Bun). Same result as `sign()`. */
export const signSync = (request: SignRequest, credentials: Credentials, options?: SignOptions): SignedHeaders =>
  complete(prepare(request, credentials, options), credentials);
