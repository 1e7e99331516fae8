import { fail } from "./errors.js";

export interface WireUrl {
  host: string;
  pathname: string;
  search: string;
}

/** Host, path and query exactly as fetch sends them: WHATWG URL's. */
export function wireUrl(url: string | URL): WireUrl {
  if (url instanceof URL) return url;
  if (typeof url !== "string") fail("url", "must be an absolute URL");
  // URL parsing would turn a lone surrogate into U+FFFD, and we would sign a path we do not send.
  if (!(url as unknown as { isWellFormed(): boolean }).isWellFormed()) fail("url", "has a lone surrogate");
  try {
    return new URL(url);
  } catch {
    return fail("url", "must be an absolute URL");
  }
}
