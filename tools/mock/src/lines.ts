import type { Readable } from "node:stream";

/**
 * Calls `onLine` with each line of `stream`, without its line ending. A pipe read ends wherever
 * the pipe's buffer did, often inside a line or a multi-byte character: the decoder keeps the
 * partial character and `pending` the partial line until the rest arrives.
 */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  stream.setEncoding("utf8");
  let pending = "";
  stream.on("data", (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
  });
  stream.once("end", () => {
    if (pending) onLine(pending);
    pending = "";
  });
}
