import { canonicalQuery, canonicalUri } from "./encode.js";
import { fail } from "./errors.js";
import { headerRecord } from "./redact.js";
import type { Algorithm, Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";
import { wireUrl } from "./url.js";

export const ALGORITHMS = ["SDK-HMAC-SHA256", "V11-HMAC-SHA256", "SDK-HMAC-SM3"] as const;
// `__proto__` is a token, but assigning it to a record would set the prototype instead.
const TOKEN = /^(?!__proto__$)[!#$%&'*+.^`|~\w-]+$/;
// What fetch accepts in a header value: no NUL, CR or LF and nothing above U+00FF.
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;

/** Everything but the crypto: the canonical request up to its payload hash, and the output headers. */
export interface Prepared {
  algorithm: Algorithm;
  /** The canonical request without its last line, the payload hash. */
  head: string;
  signed: string;
  date: string;
  /** `yyyymmdd/region/service` for V11, else empty. */
  scope: string;
  /** A payload hash given as `X-Sdk-Content-Sha256` (`UNSIGNED-PAYLOAD`): then the body is not hashed. */
  payloadHash: string | undefined;
  body: string | Uint8Array;
  headers: SignedHeaders;
}

/** Checks what ends up in a header; the AK and the token are header values too. */
const headerValue = (value: unknown, field: string, empty?: boolean): string =>
  typeof value === "string" && (empty || value) && !BAD_VALUE.test(value)
    ? value
    : fail(field, `must be a${empty ? "" : " non-empty"} string without CR, LF, NUL or characters above U+00FF`);

let lastSecond = NaN;
let lastStamp = "";
/** `YYYYMMDDTHHmmssZ`, memoised per second: a busy client signs many requests in each. */
function sdkDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    if (second !== second) fail("options.date", "must be a valid Date");
    lastStamp = date.toISOString().slice(0, 19).replace(/[-:]/g, "") + "Z";
    lastSecond = second;
  }
  return lastStamp;
}

const bytes = (body: unknown): string | Uint8Array =>
  body == null
    ? ""
    : typeof body === "string" || body instanceof Uint8Array
      ? body
      : body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : fail("body", "must be a string, Uint8Array, ArrayBuffer or null");

export function prepare(request: SignRequest, credentials: Credentials, options: SignOptions = {}): Prepared {
  headerValue(credentials?.ak, "credentials.ak");
  if (typeof credentials.sk !== "string" || !credentials.sk) fail("credentials.sk", "must be a non-empty string");
  const token = credentials.securityToken;
  if (token !== undefined) headerValue(token, "credentials.securityToken");
  const algorithm = options.algorithm ?? ALGORITHMS[0];
  if (!ALGORITHMS.includes(algorithm)) fail("options.algorithm", "must be one of " + ALGORITHMS.join(", "));
  let method = request.method;
  if (typeof method !== "string" || !TOKEN.test(method)) fail("method", "must be an HTTP token");
  // fetch upper-cases only these methods; any other goes on the wire exactly as given.
  if (/^(delete|get|head|options|post|put)$/i.test(method)) method = method.toUpperCase();
  const url = wireUrl(request.url);
  const body = bytes(request.body);
  const date = sdkDate(options.date ?? new Date());
  let scope = "";
  if (algorithm === ALGORITHMS[1]) {
    for (const name of ["region", "service"] as const)
      if (!/^[\w.-]+$/.test(options[name] ?? "")) fail("options." + name, "is required by " + algorithm);
    scope = `${date.slice(0, 8)}/${options.region}/${options.service}`;
  }

  // Lower-case name → value as fetch sends it: trimmed, and repeated names joined as Headers joins them.
  const wire = new Map<string, string>();
  const headers = headerRecord();
  const take = (value: unknown, name: string) => {
    if (!TOKEN.test(name)) fail("headers", "has a name that is not an HTTP token");
    const v = headerValue(value, "headers." + name, true);
    const lower = name.toLowerCase();
    // The signer owns these: a stale copy from an earlier signing must be neither signed nor sent.
    if (lower === "authorization" || lower === "x-sdk-date") return;
    headers[name] = v;
    const trimmed = /^[\t ]|[\t ]$/.test(v) ? v.replace(/^[\t ]+|[\t ]+$/g, "") : v;
    const prev = wire.get(lower);
    wire.set(lower, prev === undefined ? trimmed : prev + ", " + trimmed);
  };
  const input = request.headers;
  // A Record holds only strings, so a callable `forEach` means a Headers object (from any realm).
  if (typeof input?.forEach === "function") (input as Headers).forEach(take);
  else for (const name in input) take((input as Record<string, string>)[name], name);
  const own = (name: string, value: string) => {
    const lower = name.toLowerCase();
    for (const key in headers) if (key.toLowerCase() === lower) delete headers[key];
    wire.set(lower, (headers[name] = value));
  };
  if (token !== undefined) own("X-Security-Token", token);
  if (options.unsignedPayload) own("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
  // Input copies of X-Sdk-Date were dropped above, so no case variant is left to remove.
  wire.set("x-sdk-date", (headers["X-Sdk-Date"] = date));
  if (!wire.has("host")) wire.set("host", url.host);

  let names = [...wire.keys()];
  if (options.signedHeaders) {
    names = [...new Set(["x-sdk-date", ...options.signedHeaders.map((n) => String(n).toLowerCase())])];
    for (const name of names) if (!wire.has(name)) fail("options.signedHeaders", `names ${name}, which is not in the request`);
  } else if (/multipart\/form-data/i.test(wire.get("content-type") ?? "")) {
    // HTTP stacks regenerate multipart boundaries, so the gateway leaves a multipart type unsigned.
    names = names.filter((n) => n !== "content-type");
  }
  names.sort();
  let head = `${method}\n${canonicalUri(url.pathname)}\n${canonicalQuery(url.search)}\n`;
  for (const name of names) head += name + ":" + wire.get(name) + "\n";
  const signed = names.join(";");
  return { algorithm, head: `${head}\n${signed}\n`, signed, date, scope, payloadHash: wire.get("x-sdk-content-sha256"), body, headers };
}

export const stringToSign = (p: Prepared, canonicalRequestHash: string): string =>
  `${p.algorithm}\n${p.date}\n${p.scope && p.scope + "\n"}${canonicalRequestHash}`;

/** Adds `Authorization`; shared by the sync and async paths. */
export function finish(p: Prepared, ak: string, signature: string): SignedHeaders {
  p.headers.Authorization = `${p.algorithm} ${p.scope ? `Credential=${ak}/${p.scope}` : "Access=" + ak}, SignedHeaders=${p.signed}, Signature=${signature}`;
  return p.headers;
}
