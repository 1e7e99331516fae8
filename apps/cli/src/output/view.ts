import type { Style } from "./color.js";

/** One column of a list view; `style` colours the cell (states, for instance). */
export interface Column<R> {
  header: string;
  value: (row: R) => unknown;
  style?: (text: string) => Style | undefined;
}

/**
 * How a command's data looks as a table or TSV. JSON and YAML always print the data itself, and
 * `--query` results are shown generically, because their shape is the user's.
 */
export type View<T> =
  | { kind: "list"; rows: (data: T) => unknown[]; columns: Column<never>[]; empty: string }
  | { kind: "record"; fields: (data: T) => [label: string, value: unknown, style?: Style][]; footer?: (data: T) => string | undefined }
  | { kind: "text"; text: (data: T) => string };

export function listView<T, R>(rows: (data: T) => R[], columns: Column<R>[], empty: string): View<T> {
  return { kind: "list", rows, columns: columns as Column<never>[], empty };
}

/** A cell as text: `-` for nothing, JSON for structures. */
export function cell(v: unknown): string {
  if (v === undefined || v === null || v === "") return "-";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
