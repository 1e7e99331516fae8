// Canonical URI and query, computed from what is on the wire: each component is percent-decoded
// to bytes, then re-encoded with the RFC 3986 unreserved set, as the gateway guide prescribes.
// Decoded values are "byte strings" (one char per byte), so sorting compares UTF-8 bytes like the
// Go SDK's sort.Strings.

const UNRESERVED = /^[\w.~-]*$/;

const decode = (s: string, form: boolean): string =>
  // The gateway reads the query as form data: a literal '+' there is a space.
  s.replace(form ? /%([\da-f]{2})|\+/gi : /%([\da-f]{2})/gi, (_, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : " "));

const encode = (bytes: string): string =>
  UNRESERVED.test(bytes)
    ? bytes
    : bytes.replace(/[^\w.~-]/g, (c) => "%" + (c.charCodeAt(0) | 256).toString(16).slice(1).toUpperCase());

/** Every segment re-encoded and a trailing `/` added: `/v2/images/a:b` → `/v2/images/a%3Ab/`. */
export function canonicalUri(pathname: string): string {
  const path = /^[\w.~/-]*$/.test(pathname) ? pathname : pathname.split("/").map((s) => encode(decode(s, false))).join("/");
  return path.endsWith("/") ? path : path + "/";
}

/** Pairs sorted by key then value (as bytes); repeated keys and empty values kept; keys keep their case. */
export function canonicalQuery(search: string): string {
  const pairs: [string, string][] = [];
  for (const part of search.slice(1).split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? "" : part.slice(eq + 1);
    pairs.push([UNRESERVED.test(k) ? k : decode(k, true), UNRESERVED.test(v) ? v : decode(v, true)]);
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  let out = "";
  for (const [k, v] of pairs) out += (out ? "&" : "") + encode(k) + "=" + encode(v);
  return out;
}
