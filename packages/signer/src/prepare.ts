import { canonicalQuery, canonicalUri } from "./encode.js";
import { fail } from "./errors.js";
import { headerRecord } from "./redact.js";
import type { Algorithm, Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";
import { wireUrl } from "./url.js";

export const ALGORITHMS = ["SDK-HMAC-SHA256", "V11-HMAC-SHA256", "SDK-HMAC-SM3"] as const;
const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;
// What fetch accepts in a header value: no NUL, CR or LF and nothing above U+00FF.
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;
// Header values travel one byte per character (ISO-8859-1); the rest of a canonical request is ASCII.
const NON_ASCII = /[^\0-\x7f]/;

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
  /** Some signed header value has a character above U+007F: hash the canonical request as ISO-8859-1. */
  latin1: boolean;
}

// Validated name → lower case. Clients send the same few header names over and over.
const lowerNames = new Map<string, string>();
function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    // `__proto__` is a token, but assigning it to a record would set the prototype instead.
    if (!TOKEN.test(name) || name === "__proto__") fail("headers", "names must be HTTP tokens");
    if (lowerNames.size > 99) lowerNames.clear();
    lowerNames.set(name, (lower = name.toLowerCase()));
  }
  return lower;
}

/** Checks what ends up in a header; the AK and the token are header values too. */
const headerValue = (value: unknown, field: string, empty?: boolean): string =>
  typeof value === "string" && (empty || value) && !BAD_VALUE.test(value)
    ? value
    : fail(field, "must be a header-safe string" + (empty ? "" : ", not empty"));

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
  if (!ALGORITHMS.includes(algorithm)) fail("options.algorithm", "must be one of " + ALGORITHMS);
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

  // The signer owns these names: a stale or conflicting input copy is neither signed nor sent.
  const owned = ["authorization", "x-sdk-date"];
  if (token !== undefined) owned.push("x-security-token");
  if (options.unsignedPayload) owned.push("x-sdk-content-sha256");
  const headers = headerRecord();
  let latin1 = token !== undefined && NON_ASCII.test(token);
  // [lower-case name, value as fetch sends it (trimmed)]
  const wire: [string, string][] = [];
  const take = (value: unknown, name: string) => {
    const lower = lowerName(name);
    const v = headerValue(value, "headers." + name, true);
    if (owned.includes(lower)) return;
    headers[name] = v;
    // fetch trims spaces and tabs (HTTP whitespace) around a value before sending it.
    const c0 = v.charCodeAt(0);
    const cn = v.charCodeAt(v.length - 1);
    wire.push([lower, c0 === 32 || c0 === 9 || cn === 32 || cn === 9 ? v.replace(/^[\t ]+|[\t ]+$/g, "") : v]);
    latin1 ||= NON_ASCII.test(v);
  };
  const input = request.headers;
  // A Record holds only strings, so a callable `forEach` means a Headers object (from any realm).
  if (typeof input?.forEach === "function") (input as Headers).forEach(take);
  else if (input) for (const name of Object.keys(input)) take((input as Record<string, string>)[name], name);
  const own = (name: string, value: string) => wire.push([name.toLowerCase(), (headers[name] = value)]);
  if (token !== undefined) own("X-Security-Token", token);
  if (options.unsignedPayload) own("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
  own("X-Sdk-Date", date);
  if (!wire.some((e) => e[0] === "host")) wire.push(["host", url.host]);
  // Insertion sort: a handful of entries, and stable, so a repeated name keeps its order when joined
  // below, as Headers joins it on the wire. Array#sort costs more than the sorting on arrays this small.
  for (let i = 1; i < wire.length; i++) {
    const entry = wire[i] as [string, string];
    let j = i;
    for (; j > 0 && (wire[j - 1] as [string, string])[0] > entry[0]; j--) wire[j] = wire[j - 1] as [string, string];
    wire[j] = entry;
  }

  const chosen = options.signedHeaders?.map((n) => String(n).toLowerCase());
  for (const name of chosen ?? []) if (!wire.some((e) => e[0] === name)) fail("options.signedHeaders", `names ${name}, absent from the request`);
  // Built as an array and joined once: a string grown with += is a deep rope that node:crypto would
  // flatten before hashing, which measured costlier than all of the canonicalisation above.
  const lines = [method, canonicalUri(url.pathname), canonicalQuery(url.search)];
  const signed: string[] = [];
  let payloadHash: string | undefined;
  for (let i = 0; i < wire.length; i++) {
    const name = (wire[i] as [string, string])[0];
    if (i && name === (wire[i - 1] as [string, string])[0]) continue;
    let joined = (wire[i] as [string, string])[1];
    for (let j = i + 1; wire[j]?.[0] === name; j++) joined += ", " + (wire[j] as [string, string])[1];
    if (name === "x-sdk-content-sha256") payloadHash = joined;
    if (chosen ? name !== "x-sdk-date" && !chosen.includes(name) : name === "content-type" && /multipart\/form-data/i.test(joined)) continue;
    lines.push(name + ":" + joined);
    signed.push(name);
  }
  const names = signed.join(";");
  lines.push("", names, "");
  return { algorithm, head: lines.join("\n"), signed: names, date, scope, payloadHash, body, headers, latin1 };
}

export const stringToSign = (p: Prepared, canonicalRequestHash: string): string =>
  `${p.algorithm}\n${p.date}\n${p.scope && p.scope + "\n"}${canonicalRequestHash}`;

/** Adds `Authorization`; shared by the sync and async paths. */
export function finish(p: Prepared, ak: string, signature: string): SignedHeaders {
  p.headers.Authorization = `${p.algorithm} ${p.scope ? `Credential=${ak}/${p.scope}` : "Access=" + ak}, SignedHeaders=${p.signed}, Signature=${signature}`;
  return p.headers;
}
