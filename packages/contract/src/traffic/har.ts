import { checkedExchange, exchangeOrError, isRecord, orThrow, TrafficInputError, type Exchange } from "./exchange.js";
import { JsonStreamError, streamArrayAt } from "./json-array-splitter.js";

type HarHeaders = { name: string; value: string }[];

function headers(value: unknown, where: string): HarHeaders | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((h) => isRecord(h) && typeof h["name"] === "string" && typeof h["value"] === "string")) {
    throw new TrafficInputError(where, "headers must be a list of { name, value }");
  }
  return value as HarHeaders;
}

function decodeBase64(text: string, source: string): string {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new TrafficInputError(source, "response.content.text is not valid base64 (encoding: base64)");
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/** One HAR 1.2 entry as an exchange; throws TrafficInputError naming the entry when it is malformed. */
export function harEntryToExchange(entry: unknown, source: string): Exchange {
  if (!isRecord(entry) || !isRecord(entry["request"]) || !isRecord(entry["response"])) {
    throw new TrafficInputError(source, "a HAR entry needs request and response objects");
  }
  const { request, response } = entry as { request: Record<string, unknown>; response: Record<string, unknown> };
  const exchange = checkedExchange(source, request["method"], request["url"], response["status"], true);
  exchange.requestBodyRecorded = true;
  const requestHeaders = headers(request["headers"], source);
  const responseHeaders = headers(response["headers"], source);
  if (requestHeaders) exchange.requestHeaders = requestHeaders;
  if (responseHeaders) exchange.responseHeaders = responseHeaders;
  const postData = request["postData"];
  if (isRecord(postData) && typeof postData["text"] === "string") exchange.requestText = postData["text"];
  const content = response["content"];
  if (isRecord(content) && typeof content["text"] === "string") {
    exchange.responseText = content["encoding"] === "base64" ? decodeBase64(content["text"], source) : content["text"];
  }
  return exchange;
}

/**
 * The entries of a HAR 1.2 document, one at a time; an entry that is not an exchange comes out as
 * its TrafficInputError. Throws TrafficInputError when the document itself cannot be read.
 */
export async function* harExchanges(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange | TrafficInputError> {
  let index = 0;
  try {
    for await (const entry of streamArrayAt(chunks, ["log", "entries"])) {
      const source = `${file}#${index++}`;
      yield exchangeOrError(() => harEntryToExchange(entry, source));
    }
  } catch (error) {
    if (error instanceof JsonStreamError) throw new TrafficInputError(file, `not a readable HAR file: ${error.message}`);
    throw error;
  }
}

/** Streams the entries of a HAR 1.2 document, one at a time; throws TrafficInputError at the first bad one. */
export function readHar(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange> {
  return orThrow(harExchanges(chunks, file));
}
