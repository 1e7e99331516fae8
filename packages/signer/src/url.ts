import { fail } from "./errors.js";

export interface WireUrl {
  host: string;
  pathname: string;
  search: string;
}

// An already-normal URL: lower-case http(s), a plain host name or IPv4 address and port, then a path and a
// query made only of characters that WHATWG URL serialisation leaves as they are…
const NORMAL = /^(https?:\/\/[\w.-]+(?::\d+)?)(\/[!$-;=@-[\]-_a-z|~]*)?(\?[!$-&(-;=?-~]*)?$/;
// …and no dot segments (also spelt %2e), which it resolves away.
const DOT_SEGMENT = /\/(\.|%2e){1,2}(\/|$)/i;
// origin → host. A client talks to a handful of endpoints, so this stays tiny and nearly always hits.
const hosts = new Map<string, string>();

const parse = (url: string): URL => {
  try {
    return new URL(url);
  } catch {
    return fail("url", "must be an absolute URL");
  }
};

/**
 * Host, path and query exactly as fetch sends them. `new URL` is the reference; for the usual
 * already-normal string only its origin is parsed (once), because a full parse costs more than the
 * whole canonicalisation.
 */
export function wireUrl(url: string | URL): WireUrl {
  if (url instanceof URL) return url;
  if (typeof url !== "string") fail("url", "must be an absolute URL");
  const m = NORMAL.exec(url);
  if (m && !DOT_SEGMENT.test(m[2] ?? "")) {
    const origin = m[1] as string;
    let host = hosts.get(origin);
    if (host === undefined) {
      if (hosts.size > 99) hosts.clear();
      hosts.set(origin, (host = parse(origin).host));
    }
    // Like URL#search, an empty query ("?" alone) reads as "".
    return { host, pathname: m[2] ?? "/", search: m[3] && m[3].length > 1 ? m[3] : "" };
  }
  // URL parsing would turn a lone surrogate into U+FFFD, and we would sign a path we do not send.
  if (!(url as unknown as { isWellFormed(): boolean }).isWellFormed()) fail("url", "has a lone surrogate");
  return parse(url);
}
