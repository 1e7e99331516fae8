/**
 * Plain aligned columns, like kubectl: readable in a terminal, greppable in a pipe. `paint` colours a
 * cell after padding, so escape codes never upset the alignment.
 */
export function formatTable(
  headers: string[],
  rows: string[][],
  paint: (cell: string, padded: string, column: number, row: number) => string = (_c, padded) => padded,
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[], row: number): string =>
    cells
      .map((c, i) => paint(c, i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0), i, row))
      .join("  ")
      .trimEnd();
  return [line(headers, -1), ...rows.map((r, i) => line(r, i))].join("\n");
}
