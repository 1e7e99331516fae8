// Canonical URI and query, computed from what is on the wire: each component is percent-decoded
// to bytes, then re-encoded with the RFC 3986 unreserved set, as the gateway guide prescribes.
// Decoded values are "byte strings" (one char per byte), so sorting compares UTF-8 bytes like the
// Go SDK's sort.Strings.

const UNRESERVED = /^[\w.~-]*$/;
// Already canonical: unreserved characters and upper-case escapes of bytes outside that set. This is
// what encodeURIComponent (openapi-fetch) produces for almost every value, so it skips the recoding.
// Runs of unreserved characters between escapes: each character one step of a plain loop, not an
// alternation, and never ambiguous (an escape starts with '%'), so it cannot backtrack badly.
const CANONICAL = /^[\w.~-]*(?:%(?![46][1-9A-F]|[57][\dA]|3\d|2[DE]|5F|7E)[\dA-F]{2}[\w.~-]*)*$/;
// A query pair canonical as it is, a key of unreserved characters, "=" and a canonical value: one
// regex instead of one for its key and one for its value. CANONICAL's pattern is written out again,
// not built from its source: a built regex is a call bundlers keep, +80 B in the browser entry.
const PAIR = /^[\w.~-]*=[\w.~-]*(?:%(?![46][1-9A-F]|[57][\dA]|3\d|2[DE]|5F|7E)[\dA-F]{2}[\w.~-]*)*$/;

// unescape turns each %XX into the character XX, a byte, natively, with no callback per escape. It
// also reads %uXXXX, no escape here: such a % is escaped first, as is a form's '+' replaced by a space.
export const decode = (s: string, form?: boolean): string => unescape(s.replace(/%(?=u)|\+/g, (c) => (c < "+" ? "%25" : form ? " " : c)));

export const encode = (bytes: string): string => bytes.replace(/[^\w.~-]/g, (c) => "%" + (c.charCodeAt(0) | 256).toString(16).slice(1).toUpperCase());

const recode = (s: string, form?: boolean): string => (CANONICAL.test(s) ? s : encode(decode(s, form)));

/** Every segment re-encoded and a trailing `/` added: `/v2/images/a:b` → `/v2/images/a%3Ab/`. */
export function canonicalUri(pathname: string, plain?: boolean): string {
  const path = plain || /^[\w.~/-]*$/.test(pathname) ? pathname : pathname.split("/").map((s) => recode(s)).join("/");
  return path.endsWith("/") ? path : path + "/";
}

// [key as bytes (sorts), canonical "key=value", value as sent (decoded only to break a tie)]
type Pair = [string, string, string];
// A tied value, decoded to compare: most have no "%u" or "+", which decode rewrites first.
const tied = (s: string): string => (s.includes("%u") || s.includes("+") ? decode(s, true) : unescape(s));
const after = (a: Pair, b: Pair): boolean => (a[0] !== b[0] ? a[0] > b[0] : a[2] !== b[2] && tied(a[2]) > tied(b[2]));

/** Pairs sorted by key then value, as bytes; repeated keys and empty values kept; keys keep their case. */
export function canonicalQuery(search: string): string {
  const pairs: Pair[] = [];
  // Scanned with indexOf, not split: no array of parts.
  for (let i = 1, end; i < search.length; i = end + 1) {
    end = search.indexOf("&", i);
    if (end < 0) end = search.length;
    if (end === i) continue;
    let eq = search.indexOf("=", i);
    if (eq < 0 || eq > end) eq = end;
    const k = search.slice(i, eq);
    const v = search.slice(eq + 1, end);
    const pair = search.slice(i, end);
    // A pair already canonical stays the one string it came as.
    if (PAIR.test(pair)) {
      pairs.push([k, pair, v]);
      continue;
    }
    const plain = UNRESERVED.test(k);
    const key = plain ? k : decode(k, true);
    // A plain key whose value is already canonical took the PAIR test above.
    pairs.push([key, (plain ? k : encode(key)) + "=" + recode(v, true), v]);
  }
  // Insertion sort: a handful of pairs, where Array#sort costs more than the sorting.
  for (let i = 1; i < pairs.length; i++) {
    const pair = pairs[i] as Pair;
    let j = i;
    for (; j > 0 && after(pairs[j - 1] as Pair, pair); j--) pairs[j] = pairs[j - 1] as Pair;
    pairs[j] = pair;
  }
  let out = "";
  for (const pair of pairs) out += (out ? "&" : "") + pair[1];
  return out;
}
