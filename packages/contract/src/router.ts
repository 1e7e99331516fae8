import type { ContractOperation } from "./table.js";

export interface RouteMatch {
  operation: ContractOperation;
  /** Decoded values of the template's `{params}`. */
  pathParams: Record<string, string>;
}

interface Route {
  operation: ContractOperation;
  segments: Segment[];
}

type Segment = { literal: string } | { pattern: RegExp; names: string[] };

const PARAM = /\{([^}]+)\}/g;

function compileSegment(text: string): Segment {
  if (!text.includes("{")) return { literal: text };
  const names: string[] = [];
  let source = "^";
  let last = 0;
  for (const m of text.matchAll(PARAM)) {
    source += escapeRegExp(text.slice(last, m.index)) + "([^/]*?)";
    names.push(m[1] ?? "");
    last = (m.index ?? 0) + m[0].length;
  }
  return { pattern: new RegExp(`${source}${escapeRegExp(text.slice(last))}$`), names };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// One leading slash goes, as in Prism v5: `//v2/cloudimages` has an empty first segment. Trailing
// slashes go too, unlike Prism, on purpose: `/v2/cloudimages/` in a recording is still checked as
// `listImages`.
export const splitPath = (path: string): string[] => {
  const inner = path.replace(/^\/|\/+$/g, "");
  return inner ? inner.split("/") : [];
};

// Literal segments beat templated ones position by position, from the left, so
// `/v2/cloudimages/action` wins over `/v2/cloudimages/{image_id}` wherever either is declared.
function bySpecificity(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const la = "literal" in a.segments[i]! ? 1 : 0;
    const lb = "literal" in b.segments[i]! ? 1 : 0;
    if (la !== lb) return lb - la;
  }
  return 0;
}

function safeDecode(text: string): string {
  try {
    // Most segments have no escape; this keeps decoding off the routing's hot path.
    return text.includes("%") ? decodeURIComponent(text) : text;
  } catch {
    return text;
  }
}

/** The path part of a URL or path: no origin, query or fragment. */
export function pathOf(url: string): string {
  const noOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  const path = noOrigin.split(/[?#]/, 1)[0] ?? "";
  return path.startsWith("/") ? path : `/${path}`;
}

/** `parts` from `offset` on against `segments`; the parameter values, or undefined. */
function matchSegments(segments: readonly Segment[], parts: readonly string[], offset: number): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const part = parts[offset + i]!;
    if ("literal" in seg) {
      // Prism v5 decodes a segment before comparing: `/v2/cloudimages/%61ction` is createImage.
      if (seg.literal !== safeDecode(part)) return undefined;
      continue;
    }
    const m = seg.pattern.exec(part);
    if (!m) return undefined;
    seg.names.forEach((name, j) => (params[name] = safeDecode(m[j + 1] ?? "")));
  }
  return params;
}

const compiled = new Map<string, Segment[]>();

/**
 * The path parameters of `template` read from the end of the URL's path. A base URL may put a
 * prefix (`https://gateway/ims`) before the template's own segments, so only the tail is
 * compared. Undefined when the tail does not fit the template.
 */
export function paramsAtTail(template: string, url: string): Record<string, string> | undefined {
  let segments = compiled.get(template);
  if (!segments) compiled.set(template, (segments = splitPath(template).map(compileSegment)));
  // Every slash counts: an empty last parameter (`{image_id}: ""`) leaves `/v2/images/`, whose
  // trailing slash splitPath would drop, and the parameter with it.
  const parts = pathOf(url).split("/");
  return parts.length <= segments.length ? undefined : matchSegments(segments, parts, parts.length - segments.length);
}

export interface Router {
  /** The operation a concrete request goes to, or undefined. */
  match(method: string, url: string): RouteMatch | undefined;
  /** Methods the contract declares for this path (for "wrong method" reports). */
  methodsFor(url: string): string[];
}

export function createRouter(operations: readonly ContractOperation[]): Router {
  const byLength = new Map<string, Route[]>();
  for (const operation of operations) {
    const segments = splitPath(operation.path).map(compileSegment);
    const key = `${operation.method} ${segments.length}`;
    const list = byLength.get(key) ?? [];
    list.push({ operation, segments });
    byLength.set(key, list);
  }
  for (const list of byLength.values()) list.sort(bySpecificity);

  function match(method: string, url: string): RouteMatch | undefined {
    const parts = splitPath(pathOf(url));
    for (const route of byLength.get(`${method.toUpperCase()} ${parts.length}`) ?? []) {
      const pathParams = matchSegments(route.segments, parts, 0);
      if (pathParams) return { operation: route.operation, pathParams };
    }
    return undefined;
  }

  const methods = [...new Set(operations.map((o) => o.method))];
  return {
    match,
    methodsFor: (url) => methods.filter((m) => match(m, url) !== undefined),
  };
}
