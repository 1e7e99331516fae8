import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { forEachLine } from "../src/lines.js";

describe("forEachLine", () => {
  it("joins lines and characters that pipe reads cut in two", async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    forEachLine(stream, (line) => lines.push(line));
    const text = Buffer.from("[1] Violation: images.0.name 名前 must be string\r\n[2] ✖ second\n[3] last, no newline");
    // Cut inside the first line, inside 名 (three bytes in UTF-8), inside ✖ and between \r and \n.
    const cuts = [5, text.indexOf("名") + 1, text.indexOf("\r") + 1, text.indexOf("✖") + 2, text.length];
    let from = 0;
    for (const cut of cuts) {
      stream.write(text.subarray(from, cut));
      from = cut;
    }
    stream.end();
    await new Promise((resolve) => stream.once("end", resolve));
    expect(lines).toEqual(["[1] Violation: images.0.name 名前 must be string", "[2] ✖ second", "[3] last, no newline"]);
  });
});
