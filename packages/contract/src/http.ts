// Small helpers over what callers hand us: header bags of several shapes, media types, queries.

import { ContractInputError } from "./errors.js";

/** A query or header value as callers write it: `limit: 5` is `limit=5` on the wire. */
export type ParamValue = string | number | boolean;

/**
 * Headers as a `Headers` object (this realm's, or another fetch implementation's: node-fetch, the
 * undici package, a polyfill), a plain record, or HAR's `[{ name, value }]` list.
 */
export type HeadersLike =
  | { get(name: string): string | null; forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, ParamValue | readonly ParamValue[] | null | undefined>>
  | readonly { readonly name: string; readonly value: ParamValue }[];

// Only the type is named: header values may be credentials.
function text(field: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new ContractInputError(field, `must be a string, a number or a boolean (or a list of them), got ${value === null ? "null" : Array.isArray(value) ? "a nested list" : typeof value}`);
}

/** Each value of a record as text; null and undefined mean absent, lists stay lists. */
function eachValue(record: object, field: string, add: (key: string, value: string) => void): void {
  // Object.entries would read a string ("limit=5") as "0", "1"… and check nothing.
  if (typeof record !== "object") throw new ContractInputError(field, "must be an object");
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) add(key, text(`${field}.${key}`, v));
    else add(key, text(`${field}.${key}`, value));
  }
}

/** Lower-cased names; repeated headers joined with `, ` as HTTP allows. */
export function normalizeHeaders(headers: HeadersLike | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const add = (name: string, value: string): void => {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  };
  // By what it can do, not `instanceof Headers`: another fetch implementation's Headers keeps its
  // entries out of reach of Object.entries, and would read as no headers at all.
  const bag = headers as Headers;
  if (typeof bag.forEach === "function" && typeof bag.get === "function") bag.forEach((value, name) => add(name, value));
  else if (Array.isArray(headers)) for (const h of headers as { name: string; value: unknown }[]) add(h.name, text(`headers.${h.name}`, h.value));
  else eachValue(headers, "headers", add);
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

/** A query as `URLSearchParams` or a record; `{ limit: 5, tag: ["a", "b"] }` as openapi-fetch takes it. */
export type QueryLike = URLSearchParams | Readonly<Record<string, ParamValue | readonly ParamValue[] | null | undefined>>;

/** Repeated keys become arrays, as `?tag=a&tag=b` means a list. */
export function normalizeQuery(query: QueryLike | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!query) return out;
  const add = (key: string, value: string): void => {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  if (query instanceof URLSearchParams) query.forEach((value, key) => add(key, value));
  else eachValue(query, "query", add);
  return out;
}

/** The query of a URL: after the first `?` before any `#` (a `?` in the fragment is not sent). */
export function queryOf(url: string): URLSearchParams | undefined {
  const [sent = ""] = url.split("#", 1);
  const i = sent.indexOf("?");
  return i < 0 ? undefined : new URLSearchParams(sent.slice(i + 1));
}
