// Docs-only additions to a copy of the bundled spec. Redoc (as built by redocly build-docs 2.x)
// neither shows nor indexes operationIds, but our CLI, `operationIndex` and the issue tracker
// name operations by them, so each operation's description gets its ID appended. Nor does it show
// `x-extensible-enum`, so each such field's description lists its known values, in the words of
// the generated types (the generator's own function).
import { withKnownValues } from "../../../packages/openapi/scripts/known-values.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {{ operationId?: string, description?: string, [key: string]: unknown }} Operation
 * @typedef {{ paths?: Record<string, Record<string, unknown>>, [key: string]: unknown }} Spec
 */

/**
 * Every operation of the spec, in document order.
 * @param {Spec} spec
 * @returns {{ method: string, path: string, operation: Operation }[]}
 */
export function operationsOf(spec) {
  const out = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = /** @type {Operation | undefined} */ (item[method]);
      if (operation) out.push({ method, path, operation });
    }
  }
  return out;
}

/**
 * A deep copy of `spec` with "Operation ID: `x`" at the end of every operation's description.
 * @param {Spec} spec
 * @returns {Spec}
 */
export function withOperationIds(spec) {
  const copy = /** @type {Spec} */ (structuredClone(spec));
  for (const { operation } of operationsOf(copy)) {
    if (!operation.operationId) continue;
    const line = `Operation ID: \`${operation.operationId}\``;
    operation.description = operation.description ? `${operation.description.trimEnd()}\n\n${line}` : line;
  }
  return copy;
}

// Redoc renders descriptions as Markdown with HTML allowed: a `<tag>` in the spec's text (say, a
// placeholder copied from Huawei's docs) vanished or became an element of the page, an <iframe> or a
// Markdown image fetched from the internet. Outside code spans, `<` and `![` become entities, which
// Markdown shows as the characters; the rest of the Markdown still renders.
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
// Example and default values are data, shown as JSON, even where a member is called "description".
const DATA = new Set(["example", "examples", "default", "const", "enum", "x-extensible-enum"]);

/**
 * Markdown text whose HTML and images show as written.
 * @param {string} text
 * @returns {string}
 */
export function markdownWithoutHtml(text) {
  let out = "";
  let at = 0;
  const plain = (/** @type {string} */ part) => part.replace(/</g, "&lt;").replace(/!\[/g, "!&#91;");
  for (const code of text.matchAll(CODE_SPAN)) {
    out += plain(text.slice(at, code.index)) + code[0];
    at = code.index + code[0].length;
  }
  return out + plain(text.slice(at));
}

/**
 * A deep copy of `spec` in which every description is {@link markdownWithoutHtml}.
 * @param {Spec} spec
 * @returns {Spec}
 */
export function withoutHtml(spec) {
  const copy = structuredClone(spec);
  /** @param {unknown} node */
  const walk = (node) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "description" && typeof value === "string") /** @type {Record<string, unknown>} */ (node)[key] = markdownWithoutHtml(value);
      else if (!DATA.has(key)) walk(value);
    }
  };
  walk(copy);
  return copy;
}

/**
 * The copy of `spec` the reference is built from: operationIds and known values in the
 * descriptions, whose HTML shows as text.
 * @param {Spec} spec
 * @returns {Spec}
 */
export function forReference(spec) {
  return withKnownValues(withOperationIds(withoutHtml(spec)));
}

// Redoc's "API docs by" badge is an <img> from Redocly's CDN, with no option to turn it off: every
// reader's browser would ask cdn.redoc.ly for it (their address goes to a third party; offline it
// is a console error). The same word, drawn locally, keeps the attribution.
const BADGE = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const LOCAL_BADGE = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='52' height='14'><text x='0' y='11' font-family='sans-serif' font-size='11' fill='#555'>Redocly</text></svg>",
)}`;

/**
 * The built reference page with Redoc's remote badge image replaced by an inline one.
 * @param {string} html
 * @returns {string}
 */
export function withLocalBadge(html) {
  return html.replace(BADGE, LOCAL_BADGE);
}
