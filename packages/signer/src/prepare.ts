import { canonicalQuery, canonicalUri } from "./encode.js";
import { fail } from "./errors.js";
import { HeaderRecord } from "./redact.js";
import type { Algorithm, Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";
import { wireUrl } from "./url.js";

export const ALGORITHMS = ["SDK-HMAC-SHA256", "V11-HMAC-SHA256", "SDK-HMAC-SM3"] as const;
export const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;
// Printable ASCII and tab, which nearly every header value is: one test instead of the two below.
const PLAIN = /^[\t\x20-\x7e]*$/;
// What fetch accepts in a header value: no NUL, CR or LF and nothing above U+00FF.
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;
// Header values travel one byte per character (ISO-8859-1); the rest of a canonical request is ASCII.
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Everything but the crypto: the canonical request up to its payload hash, and the output headers.
 * One-letter fields: an object's property names survive minification, and these are read all over
 * the signing paths (27 B less in the Node entry than the words).
 */
export interface Prepared {
  /** The algorithm. */
  a: Algorithm;
  /** The canonical request without its last line, the payload hash. */
  h: string;
  /** The signed header names, `;`-joined. */
  s: string;
  /** `X-Sdk-Date`'s value. */
  d: string;
  /** `yyyymmdd/region/service` for V11 (the derived key's scope), else empty. */
  c: string;
  /** A payload hash given as `X-Sdk-Content-Sha256` (`UNSIGNED-PAYLOAD`): then the body is not hashed. */
  p: string | undefined;
  /** The body's bytes, or a string of them as UTF-8. */
  b: string | Uint8Array;
  /** The header record returned. */
  r: SignedHeaders;
  /** Some signed header value has a character above U+007F: hash the canonical request as ISO-8859-1. */
  l: boolean;
}

// Checked token → its wire form. Clients send the same few methods and header names over and over,
// so each is checked once; the cap only bounds memory against endless distinct names.
const names = new Map<unknown, string>();
const methods = new Map<unknown, string>();
// Lower-case name → its canonical-header line prefix and its signed-list entry, made once as flat
// strings: hashing flattens the canonical request's rope, at a cost that grows with its pieces
// (about 6 ns each), and these halve them (signSync about 1 % faster).
const lines = new Map<string, [line: string, listed: string]>();
function token(cache: Map<unknown, string>, s: unknown, field: string): string {
  let wire = cache.get(s);
  if (wire === undefined) {
    // Tokens, but not as header record keys: `__proto__` would set the prototype, and an own `toJSON`
    // would hide the hook that keeps X-Security-Token out of JSON.stringify.
    if (typeof s !== "string" || !TOKEN.test(s) || (cache === names && (s === "__proto__" || s === "toJSON"))) fail(field, "must be HTTP tokens");
    if (cache.size > 99) cache.clear();
    // fetch upper-cases only these methods; any other goes on the wire exactly as given.
    cache.set(s, (wire = cache === names ? (s as string).toLowerCase() : /^(delete|get|head|options|post|put)$/i.test(s as string) ? (s as string).toUpperCase() : (s as string)));
  }
  return wire;
}

/** A header value as it goes on the wire: fetch trims spaces and tabs (HTTP whitespace) around it. */
// (The regex runs only for a value that starts or ends below "!": a space or a tab, or rarely
// another control character, which it leaves as it is.)
const onWire = (v: string): string => (v.charCodeAt(0) < 33 || v.charCodeAt(v.length - 1) < 33 ? v.replace(/^[\t ]+|[\t ]+$/g, "") : v);

/**
 * Checks what ends up in a header; the AK and the token are header values too. (Header values take
 * PLAIN first and come here only when it fails; the AK and token are checked once each.)
 */
const headerValue = (value: unknown, field: string, empty?: boolean): string =>
  typeof value === "string" && (empty || value) && !BAD_VALUE.test(value) ? value : fail(field, "must be a header-safe string");

// The last AK and token that passed (never equal to a first input): the same credentials sign again and again.
let goodAk: unknown = NaN;
let goodToken: unknown = NaN;
let lastSecond = NaN;
let lastStamp = "";

export function prepare(request: SignRequest, credentials: Credentials, options: SignOptions = {}): Prepared {
  const ak = credentials?.ak;
  if (ak !== goodAk) goodAk = headerValue(ak, "credentials.ak");
  if (typeof credentials.sk !== "string" || !credentials.sk) fail("credentials.sk", "must be a non-empty string");
  const token_ = credentials.securityToken;
  if (token_ !== undefined && token_ !== goodToken) goodToken = headerValue(token_, "credentials.securityToken");
  if (typeof options !== "object" || !options) fail("options", "has an unsupported type");
  const algorithm = options.algorithm ?? ALGORITHMS[0];
  if (!ALGORITHMS.includes(algorithm)) fail("options.algorithm", "is unsupported");
  // A missing request, which the types exclude, fails the method check (not a TypeError).
  const method = token(methods, request?.method, "method");
  const url = wireUrl(request.url);
  let body: unknown = request.body;
  body =
    body == null
      ? ""
      : // Not a view on a SharedArrayBuffer, which fetch and Web Crypto refuse.
        typeof body === "string" || (body instanceof Uint8Array && body.buffer instanceof ArrayBuffer)
        ? body
        : body instanceof ArrayBuffer
          ? bytesOf(body)
          : fail("body", "has an unsupported type");
  // `YYYYMMDDTHHmmssZ`, memoised per second: a busy client signs many requests in each.
  const time = options.date ?? new Date();
  // NaN for a string or a number, which have no getTime, or anything without the toISOString the
  // stamp is cut from: refused below. (A Date of another realm has both.)
  const second = Math.floor((((time as Partial<Date>).toISOString && (time as Partial<Date>).getTime?.()) as number) / 1000);
  if (second !== lastSecond) {
    if (second !== second) fail("options.date", "must be a valid Date");
    lastStamp = time.toISOString().replace(/[-:]|\.\d+/g, "");
    lastSecond = second;
  }
  const date = lastStamp;
  // V11's derived-key scope, `yyyymmdd/region/service` (both required); else empty. Inline, as in
  // the browser entry: 22 B less than a function of its own.
  const scope =
    algorithm === ALGORITHMS[1]
      ? [date.slice(0, 8), ...(["region", "service"] as const).map((n) => (/^[\w.-]+$/.test(options[n] ?? "") ? options[n] : fail("options." + n, "is required by V11")))].join("/")
      : "";

  const unsigned = options.unsignedPayload;
  const headers = new HeaderRecord();
  let latin1 = token_ !== undefined && NON_ASCII.test(token_);
  // Lower-case names and wire values, kept sorted by name as they come (insertion: a handful of
  // entries, where Array#sort costs more), stable, so a name given twice keeps its order when
  // joined below, as Headers joins it on the wire.
  const lower: string[] = [];
  const values: string[] = [];
  let hostSeen: string | undefined;
  const take = (value: unknown, name: string) => {
    const low = token(names, name, "headers");
    const plain = typeof value === "string" && PLAIN.test(value);
    // The field name is built only to report a bad value.
    const v = plain ? value : headerValue(value, "headers." + name, true);
    // The signer owns these: a stale or conflicting input copy is neither signed nor sent.
    if (low === "authorization" || low === "x-sdk-date" || (token_ !== undefined && low === "x-security-token") || (unsigned && low === "x-sdk-content-sha256")) return;
    headers[name] = v;
    // fetch sends the URL's host whatever Host is given (undici replaces it, browsers drop it): that
    // one is signed (below), never this, and one that differs could never verify.
    if (low != "host") {
      add(lower, values, low, onWire(v));
      latin1 ||= !plain && NON_ASCII.test(v);
      // A second Host (another spelling in a record) would go out joined to the first, as "a, a".
    } else if (hostSeen || (hostSeen = v.trim().toLowerCase()) != url.host) fail("headers." + name, "must be the URL's host, which fetch sends");
  };
  const input = request.headers;
  // A Record holds only strings, so a callable `forEach` means a Headers object (from any realm).
  if (typeof input?.forEach === "function") (input as Headers).forEach(take);
  else if (input) for (const name of Object.keys(input)) take((input as Record<string, string>)[name], name);
  if (token_ !== undefined) add(lower, values, "x-security-token", (headers["X-Security-Token"] = token_));
  if (unsigned) add(lower, values, "x-sdk-content-sha256", (headers["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD"));
  add(lower, values, "x-sdk-date", (headers["X-Sdk-Date"] = date));
  add(lower, values, "host", url.host);

  const only = options.signedHeaders;
  const chosen = Array.isArray(only)
    ? only.map((n) => (lower.includes((n = String(n).toLowerCase())) ? n : fail("options.signedHeaders", `names ${n}, not in the request`)))
    : only == null
      ? undefined
      : fail("options.signedHeaders", "has an unsupported type");
  // Grown with +=: node:crypto flattens the rope once when hashing, cheaper than Array#join. Each
  // header line starts with its newline, so the last one's ends the block with the blank line.
  let head = method + "\n" + canonicalUri(url.pathname, url.p) + "\n" + canonicalQuery(url.search);
  let signed = "";
  let payloadHash: string | undefined;
  for (let i = 0; i < lower.length; i++) {
    const name = lower[i] as string;
    // (lower[-1] would be a slow named-property lookup, not an element read.)
    if (i && name === lower[i - 1]) continue;
    let joined = values[i] as string;
    for (let j = i + 1; lower[j] === name; j++) {
      joined += ", " + (values[j] as string);
      // A Headers object lists a repeated Set-Cookie apart (its only name listed twice, lower-cased,
      // each value already trimmed), so the record kept the last: it gets what is signed, joined as
      // Headers#get joins it. (A record's repeats are names in other cases, each kept and sent.)
      if (typeof input?.forEach === "function") headers[name] = joined;
    }
    // Trimmed as on the wire: an empty last value leaves "a, ", which the server reads as "a,". (The
    // security token, a single value, is trimmed only here.)
    joined = onWire(joined);
    if (name === "x-sdk-content-sha256") payloadHash = joined;
    if (chosen ? name !== "x-sdk-date" && !chosen.includes(name) : name === "content-type" && /multipart\/form-data/i.test(joined)) continue;
    let line = lines.get(name);
    if (line === undefined) {
      if (lines.size > 99) lines.clear();
      lines.set(name, (line = ["\n" + name + ":", ";" + name]));
    }
    head += line[0] + joined;
    signed = signed ? signed + line[1] : name;
  }
  return { a: algorithm, h: head + "\n\n" + signed + "\n", s: signed, d: date, c: scope, p: payloadHash, b: body as string | Uint8Array, r: headers, l: latin1 };
}

// A detached ArrayBuffer (transferred away) has no bytes to read, and Uint8Array throws a TypeError
// for it, as Node's Request does: refused as another body type is, with the same message (13 B less
// than one of its own).
function bytesOf(body: ArrayBuffer): Uint8Array {
  try {
    return new Uint8Array(body);
  } catch {
    return fail("body", "has an unsupported type");
  }
}

// A module function, not a closure made on every call: signSync is about 2 % faster.
function add(lower: string[], values: string[], name: string, value: string): void {
  let j = lower.length;
  for (; j && (lower[j - 1] as string) > name; j--) {
    lower[j] = lower[j - 1] as string;
    values[j] = values[j - 1] as string;
  }
  lower[j] = name;
  values[j] = value;
}

export const stringToSign = (p: Prepared, canonicalRequestHash: string): string =>
  `${p.a}\n${p.d}\n${p.c && p.c + "\n"}${canonicalRequestHash}`;

/** Adds `Authorization`; shared by the sync and async paths. */
export function finish(p: Prepared, ak: string, signature: string): SignedHeaders {
  p.r.Authorization = `${p.a} ${p.c ? `Credential=${ak}/${p.c}` : "Access=" + ak}, SignedHeaders=${p.s}, Signature=${signature}`;
  return p.r;
}
