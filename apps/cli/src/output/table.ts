// Code points that take no column (combining marks, zero-width joiners, variation selectors) or two
// (East Asian wide and fullwidth, emoji shown as pictures), as terminals draw them.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060]/u;
const WIDE =
  /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

// An emoji sequence (joined by U+200D, asking for a picture with U+FE0F, or a flag's two regional
// indicators) is drawn as one two-column picture, however many code points it has.
const PICTURE = /^(?=.*\p{Extended_Pictographic}).*(?:\u200d|\ufe0f)|\p{Regional_Indicator}{2}/su;
let graphemes: Intl.Segmenter | undefined;

/** The columns `text` takes on a terminal: not its length in UTF-16 code units. */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter()).segment(text)) {
    if (PICTURE.test(segment)) width += 2;
    else for (const ch of segment) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/**
 * Plain aligned columns, like kubectl: readable in a terminal, greppable in a pipe. `paint` colours a
 * cell after padding, so escape codes never upset the alignment.
 */
export function formatTable(
  headers: string[],
  rows: string[][],
  paint: (cell: string, padded: string, column: number, row: number) => string = (_c, padded) => padded,
): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: string[], row: number): string =>
    cells
      .map((c, i) => paint(c, i === cells.length - 1 ? c : c + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c))), i, row))
      .join("  ")
      .trimEnd();
  return [line(headers, -1), ...rows.map((r, i) => line(r, i))].join("\n");
}
