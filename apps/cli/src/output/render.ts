import { UsageError } from "../errors.js";
import { painter, type Paint } from "./color.js";
import { displayWidth, formatTable } from "./table.js";
import { cell, Shown, visible, type Column, type View } from "./view.js";

export const OUTPUT_FORMATS = ["table", "json", "yaml", "tsv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderOptions {
  format: OutputFormat;
  color: boolean;
  /** A compiled `--query`; when set, the view is bypassed. */
  query?: (data: unknown) => unknown;
  /** Where a table's "nothing here" line goes: it is for people, not data (stderr). */
  note?: (text: string) => void;
}

/** The names of the functions an expression calls, wherever they are in its tree. */
function functionsIn(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) functionsIn(n, names);
  else if (typeof node === "object" && node !== null) {
    const { type, name } = node as { type?: unknown; name?: unknown };
    if (type === "Function" && typeof name === "string") names.add(name);
    for (const v of Object.values(node)) functionsIn(v, names);
  }
  return names;
}

/**
 * Compiles `--query` up front, so a bad expression fails before any request is sent: the JMESPath
 * library finds an unknown function only when it calls it, after IMS has answered (or a job started).
 */
export async function compileQuery(expression: string): Promise<(data: unknown) => unknown> {
  const { compile, isRegistered, TreeInterpreter } = await import("@jmespath-community/jmespath");
  let ast: ReturnType<typeof compile>;
  try {
    ast = compile(expression);
  } catch (err) {
    throw new UsageError(`--query: not a JMESPath expression: ${(err as Error).message}`, "--query");
  }
  for (const name of functionsIn(ast)) {
    if (isRegistered(name)) continue;
    // startswith → starts_with, to_String → to_string
    const lower = name.toLowerCase();
    const near = [lower, ...[...lower].map((_, i) => `${lower.slice(0, i)}_${lower.slice(i)}`)].find((n) => n !== name && isRegistered(n));
    throw new UsageError(`--query: unknown function ${name}()${near ? `; JMESPath has ${near}()` : ""}`, "--query");
  }
  return (data) => {
    try {
      return TreeInterpreter.search(ast, data as never);
    } catch (err) {
      // A function given the wrong type or number of arguments: the expression is what to fix.
      throw new UsageError(`--query: ${(err as Error).message}`, "--query");
    }
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// Tabs and newlines inside values would break the columns; they become spaces. A view's value for
// people (`40 GB`) is its raw value here (`40`).
const tsvCell = (v: unknown): string =>
  v instanceof Shown ? tsvCell(v.raw) : v === undefined || v === null || v === "" ? "" : cell(v).replace(/[\t\r\n]+/g, " ");

/**
 * Any JSON value as table rows: arrays of objects get a column per key, objects a row per key. In
 * TSV a list of lists (`-q '[].[id,name]'`, the AWS CLI's `--output text` idiom) is a row per list.
 */
function genericView(data: unknown, format: OutputFormat): View<unknown> {
  if (Array.isArray(data) && data.length > 0 && data.every(isPlainObject)) {
    const keys = [...new Set(data.flatMap((o) => Object.keys(o)))];
    return {
      kind: "list",
      rows: (d) => d as unknown[],
      columns: keys.map((k) => ({ header: k, value: (r: Record<string, unknown>) => r[k] })) as Column<never>[],
      empty: "",
    };
  }
  if (isPlainObject(data)) return { kind: "record", fields: (d) => Object.entries(d as Record<string, unknown>) };
  if (Array.isArray(data)) {
    // In TSV every value is one clean cell, so that a line is always one record.
    const line = (v: unknown): string => (format !== "tsv" ? visible(cell(v)) : Array.isArray(v) ? v.map(tsvCell).join("\t") : tsvCell(v));
    return { kind: "text", text: (d) => (d as unknown[]).map(line).join("\n") };
  }
  const text = (d: unknown): string => (d === undefined || d === null ? "" : typeof d === "object" ? JSON.stringify(d) : String(d));
  return { kind: "text", text: format === "tsv" ? tsvCell : (d) => visible(text(d)) };
}

function asTable<T>(data: T, view: View<T>, paint: Paint, note: (text: string) => void): string {
  switch (view.kind) {
    case "text":
      return view.text(data);
    case "record": {
      const fields = view.fields(data);
      const labels = fields.map(([k]) => `${visible(k)}:`);
      const width = Math.max(0, ...labels.map(displayWidth)) + 1;
      const body = fields
        .map(([, v, style], i) => {
          const label = labels[i] ?? "";
          const text = visible(cell(v));
          return `${paint(label + " ".repeat(width - displayWidth(label)), "bold")}${style ? paint(text, style) : text}`;
        })
        .join("\n");
      const footer = view.footer?.(data);
      return footer ? `${body}\n${footer}` : body;
    }
    case "list": {
      const rows = view.rows(data);
      if (rows.length === 0) {
        if (view.empty) note(view.empty);
        return "";
      }
      const columns = view.columns as Column<unknown>[];
      const cells = rows.map((r) => columns.map((c) => visible(cell(c.value(r)))));
      return formatTable(
        columns.map((c) => c.header),
        cells,
        (text, padded, col, row) => {
          if (row < 0) return paint(padded, "bold");
          const style = columns[col]?.style?.(text);
          return style ? paint(padded, style) : padded;
        },
      );
    }
  }
}

function asTsv<T>(data: T, view: View<T>): string {
  switch (view.kind) {
    case "text":
      return view.text(data);
    case "record":
      return view.fields(data).map(([k, v]) => `${k}\t${tsvCell(v)}`).join("\n");
    case "list":
      return view
        .rows(data)
        .map((r) => (view.columns as Column<unknown>[]).map((c) => tsvCell(c.value(r))).join("\t"))
        .join("\n");
  }
}

/** Formats a command's result for stdout (with a trailing newline unless there is nothing to show). */
export async function render<T>(data: T, view: View<T> | undefined, options: RenderOptions): Promise<string> {
  const value: unknown = options.query ? options.query(data) : data;
  const chosen = (options.query || !view ? genericView(value, options.format) : view) as View<unknown>;
  let text: string;
  switch (options.format) {
    case "json":
      text = JSON.stringify(value ?? null, null, 2);
      break;
    case "yaml": {
      // yaml and ini are CommonJS: `default` is their module.exports both in Node and in the bundle.
      const { stringify } = (await import("yaml")).default;
      text = stringify(value ?? null).trimEnd();
      break;
    }
    case "tsv":
      text = asTsv(value, chosen);
      break;
    case "table":
      text = asTable(value, chosen, painter(options.color), options.note ?? (() => {}));
      break;
  }
  // In TSV a line is a record: a list of one empty record is still one (empty) line.
  const lines = options.format === "tsv" && Array.isArray(value) && value.length > 0;
  return text === "" && !lines ? "" : `${text}\n`;
}

