import { fail } from "./errors.js";

export interface WireUrl {
  host: string;
  pathname: string;
  search: string;
  /** The path has only unreserved characters and slashes: canonical already, but for a trailing `/`. (A short name: a URL has no `p`.) */
  p?: boolean;
}

// An already-normal URL, which WHATWG URL parsing leaves as it is but for lower-casing its scheme and
// host: http(s); a host that is a dotted-quad IPv4 address with no leading zeros, or a name with no
// punycode label whose last label starts with a letter (else it may be read as an IPv4 number); a
// port that is not 80 or 443 (maybe default) and has no leading zero; then a path with no segment
// starting with a dot (also spelt %2e: dot segments are resolved away) and a query, both made only
// of characters that parsing keeps. The path is tried first as unreserved characters and slashes
// only (most API paths; a subset), which spares canonicalUri a second scan (2 % of signSync). Tried
// as it is, then (an upper-case host or scheme, which then costs a lower-casing) case-insensitively:
// the path and query classes hold both cases anyway, and non-ASCII never folds to ASCII without the
// u flag.
const NORMAL = /^https?:\/\/((?:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)|(?:(?!xn--)[a-z\d-]+\.)*(?!xn--)[a-z][a-z\d-]*)(?::(?!80\b|443\b)[1-9]\d{0,3})?)(?:((?:\/(?!\.)[\w.~-]*)*)|((?:\/(?!\.|%2[eE])[!$-.0-;=@-[\]_a-z|~]*)*))(\?[!$-&(-;=?-~]+)?$/;
const ANY_CASE = new RegExp(NORMAL.source, "i");

/**
 * Host, path and query exactly as fetch sends them: WHATWG URL's. The usual already-normal string
 * is only matched: a full parse costs about as much as the whole canonicalisation of its path and query.
 */
export function wireUrl(url: string | URL): WireUrl {
  if (typeof url !== "string") return url instanceof URL ? url : fail("url", "must be an absolute URL");
  let m = NORMAL.exec(url);
  if (!m && (m = ANY_CASE.exec(url))) m[1] = (m[1] as string).toLowerCase();
  // An empty query ("?" alone, which URL#search reads as "") takes the parse.
  if (m) return { host: m[1] as string, pathname: (m[2] ?? m[3]) || "/", search: m[4] ?? "", p: m[2] !== undefined };
  // URL parsing would turn a lone surrogate into U+FFFD, and we would sign a path we do not send.
  if (!(url as unknown as { isWellFormed(): boolean }).isWellFormed()) fail("url", "has a lone surrogate");
  try {
    return new URL(url);
  } catch {
    return fail("url", "must be an absolute URL");
  }
}
