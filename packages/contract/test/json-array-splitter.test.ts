import { afterEach, describe, expect, it } from "vitest";
import { JsonStreamError, streamArrayAt } from "../src/traffic/json-array-splitter.js";
import { jsonErrorOffset } from "../src/traffic/json-error.js";
import { lines } from "../src/traffic/ndjson.js";

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, size: number, path = ["log", "entries"]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of streamArrayAt(chunked(text, size), path)) out.push(item);
  return out;
}

// Decoys: an `entries` key elsewhere, escaped quotes and brackets inside strings, unicode.
const entries = [
  { request: { url: 'https://x/"quoted"/{not}/[json]', note: "back\\slash \\\" ü 😀" }, "entries": [1, 2] },
  { response: { content: { text: JSON.stringify({ log: { entries: ["nested"] } }) } } },
  [{ odd: "but an array is fine" }],
];
const doc = JSON.stringify({
  "log": {
    "creator": { "entries": [{ "decoy": true }] },
    "pages": [{ "entries": [{ "decoy": true }] }],
    "comment": "\"entries\": [{\"decoy\": true}]",
    "entries": entries,
    "after": { "entries": [{ "decoy": true }] },
  },
  "entries": [{ "decoy": true }],
}, null, 1);

describe("streamArrayAt", () => {
  it.each([1, 2, 3, 7, 64, 100_000])("yields exactly the target array's elements with %i-character chunks", async (size) => {
    expect(await collect(doc, size)).toEqual(entries);
  });

  it("agrees with JSON.parse on random documents cut into random chunks", async () => {
    let seed = 11;
    const random = (n: number): number => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * n);
    // Backslashes and quotes at every place in strings and keys, and in runs.
    const texts = ["a", "log", "entries", 'q"u\\o"te', "\\", "\\\\", '\\"', "é😀", "}]{[", ",:", ""];
    const value = (depth: number): unknown => {
      const kind = random(depth > 3 ? 4 : 7);
      if (kind === 0) return texts[random(texts.length)];
      if (kind === 1) return random(100) - 50;
      if (kind === 2) return [true, false, null][random(3)];
      if (kind === 3) return 1.5e-3;
      if (kind < 6) return Object.fromEntries(Array.from({ length: random(4) }, () => [texts[random(texts.length)]!, value(depth + 1)]));
      return Array.from({ length: random(4) }, () => value(depth + 1));
    };
    for (let n = 0; n < 2000; n++) {
      const elements = Array.from({ length: random(5) }, () => (random(2) ? { request: value(1), entries: value(2) } : [value(1)]));
      const before = random(2) ? { pre: { log: { entries: [{ no: 1 }] } }, ['x"\\y']: "entries" } : {};
      const text = JSON.stringify({ ...before, log: { version: "1.2", entries: elements, after: value(1) }, post: value(1) }, null, random(2));
      const chunks: string[] = [];
      for (let i = 0; i < text.length; ) {
        const size = 1 + random(7);
        chunks.push(text.slice(i, i + size));
        i += size;
      }
      const out: unknown[] = [];
      for await (const item of streamArrayAt((async function* () { yield* chunks; })(), ["log", "entries"])) out.push(item);
      expect(out, text).toEqual(elements);
    }
  });

  it("keys with escapes are compared by their raw text", async () => {
    expect(await collect('{"lo\\"g":{"entries":[{}]},"log":{"entries":[{"a":1}]}}', 5)).toEqual([{ a: 1 }]);
  });

  it.each([
    ["is cut short", doc.slice(0, doc.length - 40), /ends too early/],
    ["has no such array", JSON.stringify({ log: { entries: { not: "an array" } } }), /no log\.entries array/],
    ["holds primitives", JSON.stringify({ log: { entries: [1] } }), /element 0 of log\.entries is not an object or array/],
    ["holds strings", JSON.stringify({ log: { entries: [{}, "x"] } }), /element 1 of log\.entries is not an object or array/],
    ["holds an element that is not JSON", '{"log":{"entries":[{"a":tru}]}}', /^element 0 is not valid JSON \(offset 27 of the document\)$/],
    ["holds an element that is not JSON later on", '{"log":{"entries":[{},\n {"a":"secret-token",]}]}}', /^element 1 is not valid JSON \(offset 44 of the document\)$/],
  ])("throws JsonStreamError when the document %s", async (_name, text, message) => {
    await expect(collect(text, 4)).rejects.toThrow(JsonStreamError);
    await expect(collect(text, 4)).rejects.toThrow(message);
  });
});

// No test times anything: the splitter's work is counted instead, as the characters of the strings
// that String methods walk. These are the methods whose cost grows with the string they run on.
const SCANNING = ["split", "indexOf", "lastIndexOf", "includes", "search", "match", "matchAll", "replace", "replaceAll", "slice", "substring", "substr", "concat", "trim", "trimStart", "trimEnd", "startsWith", "endsWith", "padEnd", "repeat"] as const;
const originals = new Map<string, unknown>();

/** Counts the characters of every string of at least `min` characters a String method is called on. */
function countScanning(min: number): { chars: number } {
  const seen = { chars: 0 };
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of SCANNING) {
    const original = proto[name]!;
    originals.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      if (this.length >= min) seen.chars += this.length;
      return original.apply(this, args);
    };
  }
  return seen;
}

function restoreStringMethods(): void {
  for (const [name, original] of originals) (String.prototype as unknown as Record<string, unknown>)[name] = original;
  originals.clear();
}

afterEach(restoreStringMethods);

describe("streamArrayAt's work", () => {
  it("looks for backslashes once per chunk when there are none, not once per string", async () => {
    // A HAR without escaped text (base64 bodies, plain headers): many strings, no backslash.
    const entry = { request: { method: "GET", headers: Array.from({ length: 20 }, (_, i) => ({ name: `X-H${i}`, value: `v${i}` })) }, response: { status: 200, content: { text: "eyJpbWFnZXMiOltdfQ==", encoding: "base64" } } };
    const text = JSON.stringify({ log: { entries: Array.from({ length: 200 }, () => entry) } });
    const size = 1 << 16;
    const proto = String.prototype as unknown as { indexOf: (search: string, from?: number) => number };
    const original = proto.indexOf;
    let scanned = 0;
    // Characters indexOf walks over looking for a backslash.
    proto.indexOf = function (this: string, search: string, from = 0) {
      const at = original.call(this, search, from);
      if (search === "\\") scanned += (at === -1 ? this.length : at) - from;
      return at;
    };
    const out: unknown[] = [];
    try {
      for await (const item of streamArrayAt(chunked(text, size), ["log", "entries"])) out.push(item);
    } finally {
      proto.indexOf = original;
    }
    expect(out).toHaveLength(200);
    // Looking again from each string to the chunk's end went over the text about 3,700 times.
    expect(scanned).toBeLessThanOrEqual(text.length);
  });
});

describe("lines", () => {
  it("goes over a line spread across many chunks a bounded number of times, not once per chunk", async () => {
    const chunk = "x".repeat(1024);
    const count = 500;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < count; i++) yield chunk;
      yield "\n";
    }
    const seen = countScanning(chunk.length);
    const out: string[] = [];
    for await (const line of lines(source())) out.push(line);
    const scanned = seen.chars;
    restoreStringMethods();
    expect(out).toHaveLength(1);
    expect(out[0]!.length).toBe(count * chunk.length);
    // Splitting `rest + chunk` went over the growing line once per chunk: about count / 2 times its length.
    expect(scanned).toBeLessThanOrEqual(3 * count * chunk.length);
  });

  it("splits across chunk boundaries and keeps a last line without a newline", async () => {
    const out: string[] = [];
    for await (const line of lines(chunked('{"a":1}\n\n{"b":\n2}\n{"c":3}', 3))) out.push(line);
    expect(out).toEqual(['{"a":1}', "", '{"b":', "2}", '{"c":3}']);
  });
});

describe("jsonErrorOffset", () => {
  const samples = [
    { log: { entries: [{ request: { method: "GET", headers: [{ name: "X-Auth-Token", value: "MIIsecret\"\\\u0001" }] }, n: -1.5e-3 }] } },
    [true, false, null, 0, "", [], {}, [[{ a: [1, { b: "ü😀" }] }]]],
  ].map((v, i) => JSON.stringify(v, null, i));

  it("agrees with JSON.parse on what is JSON and where it stops, over many broken variants", () => {
    let seed = 7;
    // The high bits of the LCG: its low bits repeat too soon to reach every kind of break.
    const random = (n: number): number => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * n);
    const pieces = ["", ",", ":", "]", "}", "[", "{", '"', "\\", "\\u0", "\t", "x", "1", "-", ".", "e", "E+", "tru", "fa", "nul", " "];
    // V8 names the position, or says the text ended too early; some "Unexpected token" messages give neither.
    const compared = new Set<string>();
    let checked = 0;
    for (const text of samples) {
      expect(jsonErrorOffset(text)).toBe(-1);
      for (let n = 0; n < 3000; n++) {
        const at = random(text.length + 1);
        const cut = random(4);
        // Cut 0 to 2 characters after the piece, or the whole rest, as a recording cut short would be.
        const broken = text.slice(0, at) + pieces[random(pieces.length)]! + (cut === 3 ? "" : text.slice(at + cut));
        let message: string | undefined;
        try {
          JSON.parse(broken);
        } catch (error) {
          message = (error as Error).message;
        }
        const offset = jsonErrorOffset(broken);
        expect(offset === -1, broken).toBe(message === undefined);
        checked++;
        if (message === undefined) continue;
        const position = /^(.*?) in JSON at position (\d+)/.exec(message);
        const ended = message === "Unexpected end of JSON input";
        if (!position && !ended) continue;
        expect(offset, `${broken}: ${message}`).toBe(position ? Number(position[2]) : broken.length);
        compared.add(position ? position[1]! : message);
      }
    }
    expect(checked).toBe(6000);
    // The cut-off and malformed tokens that once pointed at their start are among those compared.
    expect([...compared]).toEqual(
      expect.arrayContaining([
        "Unexpected end of JSON input",
        "No number after minus sign",
        "Unterminated fractional number",
        "Exponent part is missing a number",
        "Bad escaped character",
        "Bad Unicode escape",
        "Unexpected number",
        "Unexpected string",
      ]),
    );
  });

  it("gives the place where the text stops being JSON", () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a":"MIIsecret"x}')).toBe(16);
    expect(jsonErrorOffset("[1,")).toBe(3);
    expect(jsonErrorOffset("")).toBe(0);
    // A cut-off token points at the end of the text, a bad one at its first character that does not fit.
    expect(jsonErrorOffset('{"status":tru')).toBe(13);
    expect(jsonErrorOffset('{"status":trUe}')).toBe(12);
    expect(jsonErrorOffset('{"n":1.')).toBe(7);
    expect(jsonErrorOffset('{"n":1e+}')).toBe(8);
    expect(jsonErrorOffset('{"n":-x}')).toBe(6);
    expect(jsonErrorOffset('{"s":"\\u00')).toBe(10);
    expect(jsonErrorOffset('{"s":"\\u00g"}')).toBe(10);
    expect(jsonErrorOffset('{"s":"\\x"}')).toBe(7);
  });
});
