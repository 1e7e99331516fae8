// Turns the OpenAPI 3.1 document into plain JSON Schema 2020-12 documents Ajv can compile:
// component schemas become `$defs` of two roots ("request" as written, "response" made
// tolerant), and every other `#/...` reference a schema makes is hoisted into `$defs` too.

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Resolves a local JSON pointer (`#/a/b~1c`) inside the document. */
export function resolvePointer(doc, ref) {
  if (!ref.startsWith("#")) throw new Error(`only local references are supported, got ${ref}`);
  let node = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) throw new Error(`unresolvable reference ${ref}`);
    node = node[key];
  }
  return node;
}

/** Follows `$ref` chains of non-schema objects (responses, parameters, examples, bodies). */
export function deref(doc, node) {
  const seen = new Set();
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    if (seen.has(node.$ref)) throw new Error(`reference cycle at ${node.$ref}`);
    seen.add(node.$ref);
    node = resolvePointer(doc, node.$ref);
  }
  return node;
}

// Responses are read tolerantly (the service adds members over time), so closed objects are
// opened there; requests keep the spec's strictness because IMS rejects unknown members.
function tolerant(node) {
  if (Array.isArray(node)) return node.map(tolerant);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "additionalProperties" || key === "unevaluatedProperties") && value === false) continue;
    out[key] = tolerant(value);
  }
  return out;
}

const ANNOTATIONS = new Set([
  "description", "title", "examples", "example", "deprecated", "readOnly", "writeOnly", "default",
  "$comment", "externalDocs", "xml", "discriminator", "contentMediaType", "contentEncoding",
]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
// Object-valued keywords whose members are data or names, never schemas.
const NOT_SCHEMAS = new Set(["const", "enum", "dependentRequired"]);

// Annotations do not change what validates; dropping them keeps the generated code small
// (Ajv embeds the schema objects it reports from). Walks schema positions only, so a
// property that happens to be called `description` survives.
export function stripAnnotations(schema) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(stripAnnotations);
    else if (value && typeof value === "object" && !Array.isArray(value) && !NOT_SCHEMAS.has(key)) {
      out[key] = stripAnnotations(value);
    } else out[key] = value;
  }
  return out;
}

const SCHEMA_PREFIX = "#/components/schemas/";

/**
 * Builds the two `$defs` roots and a function that rewrites an inline schema so that its
 * references point into one of them.
 */
export function schemaRoots(doc) {
  const hoisted = new Map(); // pointer -> def name
  const defs = {};

  function rewrite(node) {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.$ref = `#/$defs/${defName(value)}`;
      else out[key] = rewrite(value);
    }
    return out;
  }

  function defName(ref) {
    if (ref.startsWith(SCHEMA_PREFIX) && !ref.slice(SCHEMA_PREFIX.length).includes("/")) {
      const name = ref.slice(SCHEMA_PREFIX.length);
      if (!(name in defs)) {
        defs[name] = null; // reserve first: schemas may refer to themselves
        defs[name] = rewrite(resolvePointer(doc, ref));
      }
      return name;
    }
    let name = hoisted.get(ref);
    if (!name) {
      name = `ref${hoisted.size}`;
      hoisted.set(ref, name);
      defs[name] = null;
      defs[name] = rewrite(resolvePointer(doc, ref));
    }
    return name;
  }

  for (const name of Object.keys(doc.components?.schemas ?? {})) defName(`${SCHEMA_PREFIX}${name}`);

  return {
    /** Rewrites an inline schema for the given root; call before `roots()`. */
    inline(schema, root) {
      const local = rewrite(schema);
      const shaped = stripAnnotations(root === "response" ? tolerant(local) : local);
      return JSON.parse(JSON.stringify(shaped).replaceAll('"#/$defs/', `"${root}#/$defs/`));
    },
    roots() {
      const withRoot = (root, d) =>
        JSON.parse(JSON.stringify(stripAnnotations({ $defs: d }).$defs).replaceAll('"#/$defs/', `"${root}#/$defs/`));
      return {
        request: { $id: "request", $defs: withRoot("request", defs) },
        response: { $id: "response", $defs: withRoot("response", tolerant(defs)) },
      };
    },
  };
}

/** Every `x-…` and OpenAPI-only keyword in the document: Ajv must know them to stay strict. */
export function annotationKeywords(doc) {
  const found = new Set(["example", "discriminator", "xml", "externalDocs"]);
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith("x-")) found.add(key);
        walk(value);
      }
    }
  })({ paths: doc.paths, components: doc.components });
  return [...found].sort();
}
