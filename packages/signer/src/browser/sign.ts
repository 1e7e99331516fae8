import { fail } from "../errors.js";
import { decode, encode } from "../encode.js";
import { ALGORITHMS, TOKEN } from "../prepare.js";
import { HeaderRecord } from "../redact.js";
import type { Credentials, SignOptions, SignRequest, SignedHeaders } from "../types.js";

// The same signing as ../prepare.ts + ../sign.ts (whose token pattern, algorithm list and percent
// codecs it shares), written for size rather than speed: a browser's Web Crypto round trip costs far
// more than the fast paths there, and every byte here is downloaded. The tests sign every vector, the
// 10,000 generated requests and every bad input through both entries and require identical headers
// and errors.

const tokenOf = (s: unknown, field: string): string => (typeof s === "string" && TOKEN.test(s) ? s : fail(field, "must be HTTP tokens"));

// What fetch accepts in a header value (the AK and the token are header values too): no NUL, CR or
// LF and nothing above U+00FF.
const headerValue = (value: unknown, field: string, empty?: boolean): string =>
  typeof value === "string" && (empty || value) && !/[\0\n\r\u0100-\uffff]/.test(value) ? value : fail(field, "must be a header-safe string");

const utf8 = (s: string) => new TextEncoder().encode(s);

// The main entry's hex loop is faster; this is smaller, and a Web Crypto round trip costs far more.
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => (b | 256).toString(16).slice(1)).join("");
const sha256 = async (data: BufferSource) => hex(await crypto.subtle.digest("SHA-256", data));
// `0` for `extractable`, which WebIDL reads as false: 1 B less than `false`.
const hmac = async (key: BufferSource, data: string) =>
  crypto.subtle.sign("HMAC", await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, 0 as never, ["sign"]), utf8(data));

/**
 * Signs with Web Crypto. `body`, a fourth parameter that the declared type (the main entry's) does
 * not have, is createSignerMiddleware's: the bytes it read from a clone, with the Request itself as
 * `request`, whose own body is a stream (18 B less than a request object of its own).
 */
export async function sign(request: SignRequest, credentials: Credentials, options: SignOptions = {}, body: unknown = request?.body): Promise<SignedHeaders> {
  const ak = headerValue(credentials?.ak, "credentials.ak");
  const { sk, securityToken: token } = credentials;
  if (!(typeof sk === "string" && sk)) fail("credentials.sk", "must be a non-empty string");
  if (token !== undefined) headerValue(token, "credentials.securityToken");
  const algorithm = options.algorithm ?? ALGORITHMS[0];
  if (!ALGORITHMS.includes(algorithm)) fail("options.algorithm", "is unsupported");
  // fetch upper-cases only these methods; any other goes on the wire exactly as given. A missing
  // request (`?.`, here and for `body`) fails this check, as in the main entry.
  const method = tokenOf(request?.method, "method").replace(/^(delete|get|head|options|post|put)$/i, (m) => m.toUpperCase());
  // A string or a URL until the try below makes it a URL (typed as one: its parts are read where
  // used, 12 B less than taking them apart first).
  let url = request.url as URL;
  // URL parsing would turn a lone surrogate into U+FFFD, and we would sign a path we do not send:
  // encodeURI refuses one (URIError). A URL is parsed again, to the same URL; anything else but a
  // string is refused as `0` is.
  try {
    url = new URL(url instanceof URL || (typeof url === "string" && encodeURI(url)) ? url : (0 as never));
  } catch (e) {
    fail("url", e instanceof URIError ? "has a lone surrogate" : "must be an absolute URL");
  }
  body ??= "";
  // Web Crypto hashes an ArrayBuffer as it is.
  if (typeof body === "string") body = utf8(body);
  else if (!(body instanceof Uint8Array || body instanceof ArrayBuffer)) fail("body", "has an unsupported type");
  const when = options.date ?? new Date();
  // isNaN converts its argument as unary plus does (the types want a number).
  if (isNaN(when as unknown as number)) fail("options.date", "must be a valid Date");
  // As the main entry cuts it, also for years past 9999 (`+275760-09-13T00:00:00.000Z`).
  const date = when.toISOString().replace(/[-:]|\.\d+/g, "");
  // V11's derived-key scope, `yyyymmdd/region/service`: the main entry's expression (a function of
  // its own costs 28 B more here).
  const scope =
    algorithm === ALGORITHMS[1]
      ? [date.slice(0, 8), ...(["region", "service"] as const).map((n) => (/^[\w.-]+$/.test(options[n] ?? "") ? options[n] : fail("options." + n, "is required by V11")))].join("/")
      : "";

  const headers = new HeaderRecord();
  // What goes on the wire, as fetch's own Headers keeps it: names lower-cased and sorted, values
  // trimmed of spaces and tabs, a name given twice joined in its given order.
  const wire = new Headers();
  // A Record holds only strings, so a callable `forEach` means a Headers object (from any realm),
  // which iterates as its forEach does, without an entries() call (4 B); an array's entries yield
  // numeric names, refused as there.
  for (const [name, value] of typeof request.headers?.forEach === "function" ? (request.headers as Headers) : Object.entries(request.headers ?? {})) {
    // Tokens, but not as header record keys: `__proto__` would set the prototype, `toJSON` hide the redaction.
    const low = tokenOf(name !== "__proto__" && name !== "toJSON" && name, "headers").toLowerCase();
    const v = headerValue(value, "headers." + name, true);
    // The signer owns these: a stale or conflicting input copy is neither signed nor sent.
    if ([token !== undefined && "x-security-token", options.unsignedPayload && "x-sdk-content-sha256", "x-sdk-date", "authorization"].includes(low)) continue;
    headers[name] = v;
    wire.append(low, v);
  }
  // fetch sends the URL's host whatever Host is given: that one is signed, never this, which `set`
  // replaces (2 B less than skipping it above). (A Host that differs is not refused here, as the
  // main entry does, for the size budget: a browser sends the URL's host whatever is given, which
  // is what is signed.)
  wire.set("host", url.host);
  // Then the signer's own, those that apply, in the order they are sent.
  for (const [name, value] of [["X-Security-Token", token], ["X-Sdk-Content-Sha256", options.unsignedPayload && "UNSIGNED-PAYLOAD"], ["X-Sdk-Date", date]] as const) if (value) wire.append(name, (headers[name] = value));
  // Every name once (Headers lists each set-cookie apart; get joins them as any other).
  const all = [...new Set(wire.keys())];

  const chosen = options.signedHeaders
    ?.map((n) => (all.includes((n = String(n).toLowerCase())) ? n : fail("options.signedHeaders", `names ${n}, not in the request`)));
  // Web Crypto has no SM3.
  if (algorithm === ALGORITHMS[2]) fail("options.algorithm", "is unsupported here (no SM3)");
  const names = all.filter((name) => (chosen ? name === "x-sdk-date" || chosen.includes(name) : name !== "content-type" || !/multipart\/form-data/i.test(wire.get(name) as string)));
  const signed = names.join(";");
  // The canonical request's lines. Every character is below U+0100 (header values are checked), and
  // header values travel as ISO-8859-1: hash one byte per character, which for the ASCII rest is
  // UTF-8 too. (Here and below, what is used once is written where it is used, unnamed: 11 B less.)
  const digest = await sha256(
    Uint8Array.from(
      [
        method,
        // Each path segment re-encoded, and a trailing `/` added.
        url.pathname.split("/").map((s) => encode(decode(s))).join("/").replace(/\/?$/, "/"),
        // Sorted by key then value, as bytes; repeated keys and empty values kept.
        url.search
          .slice(1)
          .split("&")
          .filter((part) => part)
          // Key, then value after the first `=`.
          .map((part) => (/([^=]*)=?([^]*)/.exec(part) as string[]).slice(1).map((s) => decode(s, true)) as [string, string])
          .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : +(x > y)) : a < b ? -1 : 1))
          .map((pair) => pair.map(encode).join("="))
          .join("&"),
        ...names.map((name) => name + ":" + wire.get(name)),
        "",
        signed,
        wire.get("x-sdk-content-sha256") ?? (await sha256(body as BufferSource)),
      ]
        .join("\n")
        // A name given twice with an empty last value ends "a, " (Headers trims each value): sent so,
        // read as "a,". Nothing else can end a line with a space.
        .replace(/ $/gm, ""),
      (c) => c.charCodeAt(0),
    ),
  );
  // The signature is the HMAC of the string to sign, keyed with the SK, or for V11 with the derived
  // key: HKDF-SHA256 (RFC 5869) of the SK, salted with the AK, over the scope, as hex; one block, so
  // extract and expand are two HMACs, and the HMAC import serves for both.
  headers.Authorization = `${algorithm} ${scope ? `Credential=${ak}/${scope}` : "Access=" + ak}, SignedHeaders=${signed}, Signature=${hex(
    await hmac(utf8(scope ? hex(await hmac(await hmac(utf8(ak), sk), scope + "\x01")) : sk), `${algorithm}\n${date}\n${scope && scope + "\n"}${digest}`),
  )}`;
  return headers;
}
