// Small helpers over what callers hand us: header bags of several shapes, media types, queries.

/** Headers as a `Headers` object, a plain record, or HAR's `[{ name, value }]` list. */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | readonly { readonly name: string; readonly value: string }[];

/** Lower-cased names; repeated headers joined with `, ` as HTTP allows. */
export function normalizeHeaders(headers: HeadersLike | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const add = (name: string, value: string): void => {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  };
  if (typeof Headers !== "undefined" && headers instanceof Headers) headers.forEach((value, name) => add(name, value));
  else if (Array.isArray(headers)) for (const h of headers as { name: string; value: string }[]) add(h.name, h.value);
  else {
    for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
      if (value === undefined) continue;
      if (typeof value === "string") add(name, value);
      else for (const v of value) add(name, v);
    }
  }
  return out;
}

/** `application/json; charset=utf-8` → `application/json`. */
export const essence = (mediaType: string): string => (mediaType.split(";")[0] ?? "").trim().toLowerCase();

export const isJsonMedia = (mediaType: string): boolean => /json/i.test(essence(mediaType).split("/")[1] ?? "");

/** The documented media type a concrete one selects: exact first, then `type/*`, then `*\/*`. */
export function pickMedia(documented: readonly string[], actual: string | undefined): string | undefined {
  if (actual === undefined) return documented.find(isJsonMedia) ?? documented[0];
  const want = essence(actual);
  const [type] = want.split("/");
  return (
    documented.find((d) => essence(d) === want) ??
    documented.find((d) => essence(d) === `${type}/*`) ??
    documented.find((d) => essence(d) === "*/*")
  );
}

export type QueryLike = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Repeated keys become arrays, as `?tag=a&tag=b` means a list. */
export function normalizeQuery(query: QueryLike | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!query) return out;
  const add = (key: string, value: string): void => {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  if (query instanceof URLSearchParams) query.forEach((value, key) => add(key, value));
  else {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (typeof value === "string") add(key, value);
      else for (const v of value) add(key, v);
    }
  }
  return out;
}

export function queryOf(url: string): URLSearchParams | undefined {
  const i = url.indexOf("?");
  return i < 0 ? undefined : new URLSearchParams(url.slice(i + 1).split("#", 1)[0]);
}
