// Builds the contents of src/generated/ from the bundled contract of @imsjs/openapi. Pure: it
// returns file contents, so `generate --check` and the tests compare them without writing.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { _ } from "ajv";
import { METHODS, annotationKeywords, deref, schemaRoots } from "./schemas.mjs";

const require = createRequire(import.meta.url);
export const NOTICE =
  "Generated from @imsjs/openapi/openapi.json by `pnpm --filter @imsjs/contract generate`. Do not edit: change spec/ and regenerate.";

export async function loadContract() {
  return JSON.parse(await readFile(require.resolve("@imsjs/openapi/openapi.json"), "utf8"));
}

// JSON bodies only: vendor types such as `application/openstack-images-v2.1-json-patch` count.
export const isJsonMedia = (media) => /json/i.test(media.split(";")[0].split("/")[1] ?? "");

/** The Ajv setup of the generated validators; `standalone: false` is the run-time equivalent. */
export function newAjv(keywords, standalone = true, tracking = false) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    strictTuples: false,
    // `required` inside `anyOf` branches names members declared beside the `anyOf`.
    strictRequired: false,
    // Schemas of up to 10 keywords are copied into each validator that refers to them; bigger ones
    // are called. At 12, ResourceTag was copied into nine request bodies, 0.6 kB of the bundle.
    inlineRefs: 10,
    ...(standalone ? { code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  });
  // Ajv2020 forces both on, and then every validator carries the bookkeeping for unevaluated* and
  // $dynamicRef (1.9 kB of the bundle) although the contract uses neither; `tracking` (set by
  // contractSchemas when the contract does use them) keeps it.
  if (!tracking) Object.assign(ajv.opts, { unevaluated: false, dynamicRef: false });
  addFormats(ajv);
  for (const keyword of keywords) ajv.addKeyword({ keyword });
  return ajv;
}

// One error of Ajv's standalone code: `const errN = {…};` then its push onto vErrors. Captures the
// variable, the instancePath expression (absent for the shorthand), schemaPath, keyword, params
// and message; nothing captured spans a `;`, so one error's match cannot run into the next.
const ERROR_PUSH =
  /const (err\d+) = \{instancePath(?::([^;]*?))?,schemaPath:("(?:[^"\\]|\\.)*"),keyword:("\w+"),params:(\{[^;]*?\}),message:([^;]*?)\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g;
const ERROR_HELPERS = `const pushError = (all, error) => {
  if (all === null) return [error];
  all.push(error);
  return all;
};
const keywordError = (all, instancePath, schemaPath, keyword, params, message) =>
  pushError(all, { instancePath, schemaPath, keyword, params, message });
const enumError = (all, instancePath, schemaPath, allowedValues) =>
  keywordError(all, instancePath, schemaPath, "enum", { allowedValues }, "must be equal to one of the allowed values");
const lengthError = (all, instancePath, schemaPath, keyword, limit) =>
  keywordError(all, instancePath, schemaPath, keyword, { limit }, \`must NOT have \${keyword === "minLength" ? "fewer" : "more"} than \${limit} characters\`);
const typeError = (all, instancePath, schemaPath, type) =>
  pushError(all, { instancePath, schemaPath, keyword: "type", params: { type }, message: "must be " + type });
const requiredError = (all, instancePath, schemaPath, missingProperty) =>
  pushError(all, { instancePath, schemaPath, keyword: "required", params: { missingProperty }, message: "must have required property '" + missingProperty + "'" });`;

/** Collects unique schemas and names them `v0`, `v1`…, in the order they are added. */
class Registry {
  constructor(ajv, prefix, roots) {
    this.ajv = ajv;
    this.prefix = prefix;
    this.names = new Map();
    for (const root of Object.values(roots)) ajv.addSchema(root);
  }
  add(schema) {
    const key = JSON.stringify(schema);
    let name = this.names.get(key);
    if (!name) {
      name = `${this.prefix}${this.names.size}`;
      this.names.set(key, name);
      this.ajv.addSchema(schema, name);
    }
    return name;
  }
  code() {
    const names = [...this.names.values()];
    // Ajv's runtime helpers written here instead: importing one CommonJS module was ~3 ms of the
    // first validation's 22 (Node's CommonJS loader starting up), more than all the helper's calls.
    // ucs2length: a string's length in code points, as maxLength and minLength count it (a
    // surrogate pair is one character, a lone surrogate one too).
    const own = {
      "ajv/dist/runtime/ucs2length": `{ default: (s) => {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
} }`,
    };
    const raw = names.length === 0 ? "" : standaloneCode(this.ajv, Object.fromEntries(names.map((n) => [n, n])));
    // Ajv's ESM output still calls require() for its runtime helpers and formats.
    const imports = new Map();
    const body = raw
      .replace(/^"use strict";/, "")
      .replace(/require\("([^"]+)"\)/g, (_m, spec) => {
        if (!imports.has(spec)) imports.set(spec, `imported${imports.size}`);
        return imports.get(spec);
      })
      .replace(/export const (\w+) = (validate\d+);/g, "")
      // Ajv joins the errors of a referenced schema with `vErrors.concat(…)`, which copies every
      // earlier error again: an array whose items each fail took time quadratic in its length
      // (20,000 failing images, 1.9 s). Appending in place is linear; the errors are the same.
      .replace(/vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g, "vErrors = appendErrors(vErrors, $1.errors);")
      // Every error Ajv reports is an object literal followed by the same five statements to push
      // it; the commonest two kinds also spell their parameter twice (in params and message).
      // Helpers build the same objects, keys in the same order; for 1,100 errors that saved 1.4 kB
      // of the browser bundle, then 189 B more for the positional keywordError (any other shape),
      // enumError and lengthError.
      .replace(ERROR_PUSH, (_m, err, path, schemaPath, keyword, params, message) => {
        const instancePath = path ?? "instancePath";
        // A union of types is a reference to the schema's array, and its message is that array
        // joined by commas, which is what `"must be " + array` gives.
        const type = keyword === '"type"' && /^\{type: ("[a-z]+"|schema\d+(?:\.[\w$]+|\[\d+\])*)\}$/.exec(params);
        if (type && (type[1].startsWith('"') ? message === `"must be ${type[1].slice(1, -1)}"` : /^"must be [a-z]+(?:,[a-z]+)+"$/.test(message))) return `vErrors = typeError(vErrors, ${instancePath}, ${schemaPath}, ${type[1]});errors++;`;
        const missing = keyword === '"required"' && /^\{missingProperty: ("(?:[^"\\]|\\.)*")\}$/.exec(params);
        if (missing && message === `"must have required property '"+${missing[1]}+"'"`) return `vErrors = requiredError(vErrors, ${instancePath}, ${schemaPath}, ${missing[1]});errors++;`;
        const allowed = keyword === '"enum"' && /^\{allowedValues: (schema\d+(?:\.[\w$]+|\[\d+\])*)\}$/.exec(params);
        if (allowed && message === '"must be equal to one of the allowed values"') return `vErrors = enumError(vErrors, ${instancePath}, ${schemaPath}, ${allowed[1]});errors++;`;
        const limit = /^"m(?:in|ax)Length"$/.test(keyword) && /^\{limit: (\d+)\}$/.exec(params);
        if (limit && message === `"must NOT have ${keyword === '"minLength"' ? "fewer" : "more"} than ${limit[1]} characters"`) return `vErrors = lengthError(vErrors, ${instancePath}, ${schemaPath}, ${keyword}, ${limit[1]});errors++;`;
        return `vErrors = keywordError(vErrors, ${instancePath}, ${schemaPath}, ${keyword}, ${params}, ${message});errors++;`;
      });
    // Whatever is still imported must become a dependency of the package again (ajv is only a
    // devDependency): `pnpm release:check` fails on an import that package.json does not declare.
    const imported = [...imports].filter(([spec]) => !own[spec]);
    const exported = [...raw.matchAll(/export const (\w+) = (validate\d+);/g)];
    return [
      `/* ${NOTICE} */`,
      "// @ts-nocheck -- Ajv standalone output",
      ...imported.map(([spec, id]) => `import * as ${id}Module from "${spec}.js";`),
      // Node hands a CommonJS module over as the default export, bundlers and Vite may unwrap
      // `exports.default` first; `cjs()` gives `module.exports` either way.
      ...(imported.length ? ['const cjs = (ns) => (ns.default && typeof ns.default === "object" && "__esModule" in ns.default ? ns.default : ns);'] : []),
      // Ajv's code runs in a function scope: V8 reads module-scope bindings more slowly, and the
      // same validators ran about 8 % faster this way (as fast as Ajv compiling at run time).
      "const validators = (() => {",
      ...(/\b(?:keywordError|typeError|requiredError|enumError|lengthError)\(/.test(body) ? [ERROR_HELPERS] : []),
      ...(body.includes("appendErrors(") ? ["const appendErrors = (all, more) => {\n  if (all === null) return more;\n  for (const e of more) all.push(e);\n  return all;\n};"] : []),
      ...[...imports].map(([spec, id]) => `const ${id} = ${own[spec] ?? `cjs(${id}Module)`};`),
      body,
      `return { ${exported.map(([, name, fn]) => `${name}: ${fn}`).join(", ")} };`,
      "})();",
      ...exported.map(([, name]) => `export const ${name} = validators.${name};`),
      "",
    ].join("\n");
  }
}

// Query, path and header values arrive as strings. Each parameter's declared types travel in
// the table, and the run time coerces by them (src/coerce.ts) before a plain validator runs,
// which keeps the generated code a third smaller than Ajv's own coercion.
function typesOf(doc, schema) {
  const s = deref(doc, schema ?? {});
  const types = s.type === undefined ? [] : [].concat(s.type);
  return types.includes("array") ? { types, items: typesOf(doc, s.items).types } : { types };
}

function coercionPlan(doc, params) {
  return Object.fromEntries(params.map((p) => [p.in === "header" ? p.name.toLowerCase() : p.name, typesOf(doc, p.schema)]));
}

function groupSchema(params) {
  if (params.length === 0) return null;
  const schema = { type: "object", properties: {}, required: [] };
  for (const p of params) {
    const name = p.in === "header" ? p.name.toLowerCase() : p.name;
    schema.properties[name] = p.schema ?? {};
    if (p.required || p.in === "path") schema.required.push(name);
  }
  if (schema.required.length === 0) delete schema.required;
  return schema;
}

function operationParameters(doc, item, op) {
  const byKey = new Map();
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = deref(doc, raw);
    const schema = p.schema ?? Object.values(p.content ?? {})[0]?.schema;
    byKey.set(`${p.in}:${p.name}`, { ...p, schema });
  }
  return [...byKey.values()];
}

/**
 * Every schema to compile, shaped for Ajv: `inlined` holds `[schema, "bodies" | "params",
 * assign]`, where `assign(name)` records the validator's name in `operations`.
 */
export function contractSchemas(doc) {
  const keywords = annotationKeywords(doc);
  const shapes = schemaRoots(doc);
  const operations = [];
  const pending = []; // [root, schema, kind, assign] resolved after roots are final

  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = operationParameters(doc, item, op);
      const entry = {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        request: { bodyRequired: false, content: {}, params: {} },
        responses: {},
      };
      for (const where of ["path", "query", "header"]) {
        const group = params.filter((p) => p.in === where);
        const schema = groupSchema(group);
        const coerce = coercionPlan(doc, group);
        if (schema) pending.push(["request", schema, "params", (n) => (entry.request.params[where] = { validator: n, coerce })]);
      }
      const body = deref(doc, op.requestBody);
      if (body) {
        entry.request.bodyRequired = body.required === true;
        for (const [media, mt] of Object.entries(body.content ?? {})) {
          entry.request.content[media] = null;
          if (mt.schema && isJsonMedia(media)) pending.push(["request", mt.schema, "bodies", (n) => (entry.request.content[media] = n)]);
        }
      }
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const res = deref(doc, raw);
        const out = { content: {}, headers: null };
        entry.responses[status] = out;
        for (const [media, mt] of Object.entries(res.content ?? {})) {
          out.content[media] = null;
          if (mt.schema && isJsonMedia(media)) pending.push(["response", mt.schema, "bodies", (n) => (out.content[media] = n)]);
        }
        const headers = Object.entries(res.headers ?? {})
          .filter(([name]) => name.toLowerCase() !== "content-type")
          .map(([name, h]) => ({ ...deref(doc, h), name, in: "header" }));
        const schema = groupSchema(headers);
        const coerce = coercionPlan(doc, headers);
        if (schema) pending.push(["response", schema, "params", (n) => (out.headers = { validator: n, coerce })]);
      }
      operations.push(entry);
    }
  }

  const inlined = pending.map(([root, schema, kind, assign]) => [shapes.inline(schema, root), kind, assign]);
  const tracking = /"(?:unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor)"/.test(JSON.stringify(doc));
  return { keywords, tracking, operations, inlined, roots: shapes.roots() };
}

// Subschema positions, for walking a schema (`if` is left out: Ajv never reports its errors).
const SUBSCHEMA = ["not", "then", "else", "items", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames"];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];

/**
 * What Ajv's errors cannot say for messages: the members each branch of a `oneOf` requires (to
 * name the members given together when several branches match) and the members a `not` forbids
 * (to point at them). Walks the body schema through its references into `roots`.
 */
function memberHints(schema, roots) {
  const oneOf = new Map();
  const not = new Map();
  const seen = new Set();
  (function walk(node) {
    if (!node || typeof node !== "object" || Array.isArray(node)) return;
    if (typeof node.$ref === "string") {
      const [root, pointer] = node.$ref.split("#/$defs/");
      const key = `${root} ${pointer}`;
      if (!seen.has(key)) {
        seen.add(key);
        walk(roots[root]?.$defs?.[pointer]);
      }
    }
    const branches = node.oneOf;
    if (Array.isArray(branches) && branches.every((b) => Array.isArray(b?.required) && b.required.length > 0)) {
      const lists = branches.map((b) => b.required);
      oneOf.set(JSON.stringify(lists), lists);
    }
    if (Array.isArray(node.not?.required) && node.not.required.length > 0) not.set(JSON.stringify(node.not.required), node.not.required);
    for (const key of SUBSCHEMA) walk(node[key]);
    for (const key of SUBSCHEMA_MAPS) Object.values(node[key] ?? {}).forEach(walk);
    for (const key of SUBSCHEMA_LISTS) (Array.isArray(node[key]) ? node[key] : []).forEach(walk);
  })(schema);
  const hints = {};
  if (oneOf.size) hints.oneOf = [...oneOf.values()];
  if (not.size) hints.not = [...not.values()];
  return Object.keys(hints).length ? hints : undefined;
}

function serverUrls(doc) {
  const lists = [doc.servers, ...Object.values(doc.paths ?? {}).flatMap((item) => [item.servers, ...METHODS.map((m) => item[m]?.servers)])];
  return [...new Set(lists.flatMap((list) => (list ?? []).map((server) => server.url)))];
}

// The table repeats whole parts: the same error response under ten statuses of every operation,
// the same coercion plan in many operations. Each part seen more than once is written once as a
// const and referred to by name (the table is read-only, so sharing the objects is safe).
function sharedLiteral(value) {
  const counts = new Map();
  (function count(node) {
    if (!node || typeof node !== "object") return;
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of Object.values(node)) count(child);
  })(value);
  const names = new Map();
  const consts = [];
  const write = (node, indent, own = false) => {
    if (!node || typeof node !== "object") return JSON.stringify(node);
    const key = JSON.stringify(node);
    if (names.has(key)) return names.get(key);
    // Brotli already folds most repeats: naming every part seen twice added 180 B, naming only
    // the parts seen 30 times or more (an error response, a coercion plan) saved 181 B.
    if (!own && counts.get(key) >= 30 && key.length > 4) {
      const declaration = write(node, "", true);
      const name = `t${names.size}`;
      names.set(key, name);
      consts.push(`const ${name} = ${declaration};`);
      return name;
    }
    const entries = Array.isArray(node) ? node.map((v) => write(v, indent + "  ")) : Object.entries(node).map(([k, v]) => `${JSON.stringify(k)}: ${write(v, indent + "  ")}`);
    if (entries.length === 0) return Array.isArray(node) ? "[]" : "{}";
    const [open, close] = Array.isArray(node) ? ["[", "]"] : ["{", "}"];
    return `${open}\n${indent}  ${entries.join(`,\n${indent}  `)}\n${indent}${close}`;
  };
  // Names first, bottom-up: a const is declared before the consts and the table that use it.
  const text = write(value, "");
  return { consts, text };
}

export async function buildOutputs(doc) {
  doc ??= await loadContract();
  const { keywords, tracking, operations, inlined, roots } = contractSchemas(doc);
  const registry = new Registry(newAjv(keywords, true, tracking), "v", roots);
  // The most used schemas first, so that they get the shortest names: the table names a validator
  // for every status of every operation, and the browser bundle is on a budget.
  const uses = new Map();
  for (const [schema] of inlined) {
    const key = JSON.stringify(schema);
    uses.set(key, [schema, (uses.get(key)?.[1] ?? 0) + 1]);
  }
  for (const [schema] of [...uses.values()].sort((a, b) => b[1] - a[1])) registry.add(schema);
  const hints = {};
  for (const [schema, kind, assign] of inlined) {
    const name = registry.add(schema);
    assign(name);
    const found = kind === "bodies" ? memberHints(schema, roots) : undefined;
    if (found) hints[name] = found;
  }

  const shared = sharedLiteral(operations);
  const table = [
    `/* ${NOTICE} */`,
    "",
    'import type { ContractOperation, MemberHints } from "../table.js";',
    "",
    ...shared.consts,
    "",
    "/** Every operation of the contract with the names of its precompiled validators. */",
    `export const operations: readonly ContractOperation[] = ${shared.text};`,
    "",
    "/** The operationIds of the contract. */",
    `export type OperationId =${operations.map((o) => `\n  | ${JSON.stringify(o.operationId)}`).join("")};`,
    "",
    `export const contractVersion = ${JSON.stringify(doc.info?.version ?? "")};`,
    "",
    "/** Per body validator: what its errors cannot say about members, for messages. */",
    `export const memberHints: Readonly<Record<string, MemberHints>> = ${JSON.stringify(hints)};`,
    "",
    "/** The server URLs the contract names (document, path and operation `servers`), `{variables}` kept. */",
    `export const contractServers: readonly string[] = ${JSON.stringify(serverUrls(doc))};`,
    "",
  ].join("\n");

  return {
    "operations.ts": table,
    "validators.ts": registry.code(),
  };
}
