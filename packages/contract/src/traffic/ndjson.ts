import { checkedExchange, exchangeOrError, isRecord, orThrow, TrafficInputError, type Exchange } from "./exchange.js";
import { jsonErrorOffset } from "./json-error.js";
import type { HeadersLike } from "../http.js";

/**
 * Splits text chunks into lines without holding more than one line. A line longer than a chunk is
 * kept as its pieces and joined once: splitting `rest + chunk` copied the growing line again for
 * every chunk, quadratic in its length (10.7 s instead of 0.3 s for one 53 MB line).
 */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pieces: string[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      const tail = chunk.slice(start, end);
      start = end + 1;
      if (pieces.length === 0) {
        yield tail;
      } else {
        pieces.push(tail);
        const line = pieces.join("");
        pieces = [];
        yield line;
      }
    }
    if (start < chunk.length) pieces.push(start === 0 ? chunk : chunk.slice(start));
  }
  if (pieces.length > 0) yield pieces.join("");
}

const isHeaderValue = (v: unknown): boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function lineToExchange(value: unknown, source: string): Exchange {
  if (!isRecord(value)) throw new TrafficInputError(source, "each line must be an object { method, url, status, headers?, body }");
  const { method, url, status, headers, body, requestHeaders, requestBody } = value;
  const exchange = checkedExchange(source, method, url, status, false);
  // Recorders write `null` for what they did not see ("body": null for a 204): absent, not sent.
  // Node's own header objects hold numbers (content-length) and lists (set-cookie): as validateResponse takes them.
  for (const [name, h] of [["headers", headers], ["requestHeaders", requestHeaders]] as const) {
    if (h != null && (!isRecord(h) || !Object.values(h).every((v) => v === null || isHeaderValue(v) || (Array.isArray(v) && v.every(isHeaderValue))))) {
      throw new TrafficInputError(source, `${name} must be an object of strings, numbers or lists of them (or nulls)`);
    }
  }
  exchange.requestBodyRecorded = requestBody != null;
  if (headers != null) exchange.responseHeaders = headers as HeadersLike;
  if (body != null) exchange.responseBody = body;
  if (requestHeaders != null) exchange.requestHeaders = requestHeaders as HeadersLike;
  if (requestBody != null) exchange.requestText = JSON.stringify(requestBody);
  return exchange;
}

/**
 * The exchanges of NDJSON lines; a line that is JSON but not an exchange comes out as its
 * TrafficInputError. Throws TrafficInputError at a line that is not JSON: the file is then not
 * NDJSON traffic (a wrong file, a binary, a cut-off write).
 */
export async function* ndjsonExchanges(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange | TrafficInputError> {
  let number = 0;
  for await (const raw of lines(chunks)) {
    number++;
    const line = raw.trim();
    if (line === "") continue;
    const source = `${file}:${number}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // Never JSON.parse's message: it quotes the input, and recorded headers carry credentials.
      const offset = jsonErrorOffset(line);
      throw new TrafficInputError(source, `not JSON${offset < 0 ? "" : ` (column ${raw.length - raw.trimStart().length + offset + 1})`}`);
    }
    yield exchangeOrError(() => lineToExchange(value, source));
  }
}

/**
 * Streams NDJSON lines `{ method, url, status, headers?, body, requestHeaders?, requestBody? }`;
 * blank lines are ignored. Throws TrafficInputError at the first bad line.
 */
export function readNdjson(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange> {
  return orThrow(ndjsonExchanges(chunks, file));
}
