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

/**
 * A value a view shows to people one way and to scripts another: `40 GB` in a table, `40` in TSV, so
 * that `cut` and `awk` get numbers without units, booleans as true/false and IDs rather than prose.
 */
export class Shown {
  constructor(
    readonly text: string,
    readonly raw: unknown,
  ) {}
}

/** `text` in a table, `raw` in TSV; nothing at all (`-`, an empty cell) when `raw` is missing. */
export const shown = (raw: unknown, text: (raw: unknown) => string): Shown | undefined =>
  raw === undefined || raw === null ? undefined : new Shown(text(raw), raw);

/** A cell as text: `-` for nothing, JSON for structures. */
export function cell(v: unknown): string {
  if (v instanceof Shown) return v.text;
  if (v === undefined || v === null || v === "") return "-";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what follows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text for a terminal: a control character in a value from IMS (a newline or an escape sequence in an
 * image name) is shown as an escape, so that it can neither break a table's rows nor drive the terminal.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}
