// `x-extensible-enum` lists the known values of a server-controlled field without rejecting new
// ones. The types stay `string`: the usual `"a" | (string & {})` trick is mangled into an object
// type by openapi-fetch's `Readable<T>`, so the known values go into the description, which becomes
// the JSDoc of the generated types. Redoc does not show `x-extensible-enum` either, so the rendered
// reference (apps/docs) gets the same sentence.

/**
 * Appends "Known values: `a`, `b` (others may appear)." to the description of `node` if it has
 * an `x-extensible-enum`.
 * @param {Record<string, unknown>} node
 */
export function documentKnownValues(node) {
  const known = node["x-extensible-enum"];
  if (!Array.isArray(known)) return;
  const list = known.map((v) => `\`${v}\``).join(", ");
  const description = typeof node["description"] === "string" ? node["description"].trimEnd() : "";
  node["description"] = `${description ? `${description}\n` : ""}Known values: ${list} (others may appear).`;
}

/**
 * A deep copy of `doc` with the known values of every `x-extensible-enum` in its description.
 * @template T
 * @param {T} doc
 * @returns {T}
 */
export function withKnownValues(doc) {
  const copy = structuredClone(doc);
  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      documentKnownValues(/** @type {Record<string, unknown>} */ (node));
      Object.values(node).forEach(walk);
    }
  };
  walk(copy);
  return copy;
}
