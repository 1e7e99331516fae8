// Streams the elements of one array inside a large JSON document (HAR's `log.entries`) without
// holding the document: it scans structure only, jumps over strings with indexOf, and hands
// each element's text to the native JSON.parse. json-stream-es, the maintained streaming
// parser that declares Node 20, ran at about 4 MB/s on a 54 MB HAR; this is many times faster
// (figures in the package README).

import { jsonErrorOffset } from "./json-error.js";

export class JsonStreamError extends Error {
  override name = "JsonStreamError";
}

const QUOTE = 34;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COLON = 58;
const COMMA = 44;

/**
 * Yields each element of the array found at `path` (object keys from the root), parsed; the
 * elements must be objects or arrays. Throws JsonStreamError when the document is cut short,
 * an element is not JSON, or there is no such array.
 */
export async function* streamArrayAt(chunks: AsyncIterable<string>, path: readonly string[]): AsyncGenerator<unknown> {
  const stack: number[] = []; // OPEN_OBJECT or OPEN_ARRAY per open container
  const keys: (string | undefined)[] = []; // the key being valued, per level
  const target = path.length; // the array's own level in `stack`
  let expectingKey = false;
  let inString = false;
  let escaped = false;
  let key: string[] | undefined; // captured only above the array, where keys matter
  let found = false;
  let element: string[] | undefined;
  let index = 0;
  let before = 0; // characters in the chunks before this one
  let elementAt = 0;

  const onPath = (): boolean => {
    for (let d = 0; d < target; d++) if (stack[d] !== OPEN_OBJECT || keys[d] !== path[d]) return false;
    return true;
  };
  const inTargetArray = (): boolean => stack.length === target + 1 && stack[target] === OPEN_ARRAY && onPath();

  for await (const chunk of chunks) {
    let start = element ? 0 : -1;
    let i = 0;
    // The next backslash at or after `i`, found once: looking again for every string went to the
    // end of a chunk without one each time, and split HARs without escapes 3 times more slowly.
    // `>>> 0` makes "none" (-1) 2^32 - 1, past the end of any string.
    let slash = -1;
    while (i < chunk.length) {
      if (inString) {
        if (escaped) {
          escaped = false;
          key?.push(chunk.charAt(i));
          i++;
          continue;
        }
        const quote = chunk.indexOf('"', i);
        if (slash < i) slash = chunk.indexOf("\\", i) >>> 0;
        if (slash < (quote >>> 0)) {
          key?.push(chunk.slice(i, slash + 1));
          escaped = true;
          i = slash + 1;
          continue;
        }
        if (quote === -1) {
          key?.push(chunk.slice(i));
          break;
        }
        key?.push(chunk.slice(i, quote));
        if (key) keys[stack.length - 1] = key.join("");
        key = undefined;
        inString = false;
        i = quote + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        if (!element && inTargetArray()) throw new JsonStreamError(`element ${index} of ${path.join(".")} is not an object or array`);
        inString = true;
        if (expectingKey && stack.length <= target) key = [];
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (!element && inTargetArray()) {
          element = [];
          start = i;
          elementAt = before + i;
        }
        if (c === OPEN_ARRAY && stack.length === target && onPath()) found = true;
        stack.push(c);
        keys.push(undefined);
        expectingKey = c === OPEN_OBJECT;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        stack.pop();
        keys.pop();
        expectingKey = false;
        if (element && stack.length === target + 1) {
          element.push(chunk.slice(start, i + 1));
          const text = element.join("");
          element = undefined;
          start = -1;
          yield parseElement(text, index++, elementAt);
        }
      } else if (c === COLON) {
        expectingKey = false;
      } else if (c === COMMA) {
        expectingKey = stack[stack.length - 1] === OPEN_OBJECT;
      } else if (c > 32 && !element && inTargetArray()) {
        throw new JsonStreamError(`element ${index} of ${path.join(".")} is not an object or array`);
      }
      i++;
    }
    if (element && start >= 0) element.push(chunk.slice(start));
    before += chunk.length;
  }
  if (inString || stack.length > 0) throw new JsonStreamError("the JSON document ends too early (cut short?)");
  if (!found) throw new JsonStreamError(`no ${path.join(".")} array in the document`);
}

function parseElement(text: string, index: number, at: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Never JSON.parse's message: it quotes the input, and HAR headers carry credentials.
    const offset = jsonErrorOffset(text);
    throw new JsonStreamError(`element ${index} is not valid JSON${offset < 0 ? "" : ` (offset ${at + offset} of the document)`}`);
  }
}
