// Compares resolved spec nodes by what the generated types see, not by how they are documented.
import { isObject } from "./spec-reader.js";

// Keys that change the docs but not the generated type; a property *named* like one of these sits
// inside `properties`, so that map keeps all its keys.
const DOC_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "$comment"]);

/** A stable text for a resolved schema or content map that ignores documentation-only keys. */
export function shape(value: unknown, keepAllKeys = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => shape(v)).join(",")}]`;
  if (!isObject(value)) return JSON.stringify(value) ?? "null";
  const keys = Object.keys(value)
    .filter((k) => keepAllKeys || !DOC_KEYS.has(k))
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${shape(value[k], k === "properties" && !keepAllKeys)}`).join(",")}}`;
}
