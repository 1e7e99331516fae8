import { isRecord, TrafficInputError, type Exchange } from "./exchange.js";
import { JsonStreamError, streamArrayAt } from "./json-array-splitter.js";

type HarHeaders = { name: string; value: string }[];

function headers(value: unknown, where: string): HarHeaders | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((h) => isRecord(h) && typeof h["name"] === "string" && typeof h["value"] === "string")) {
    throw new TrafficInputError(where, "headers must be a list of { name, value }");
  }
  return value as HarHeaders;
}

function decodeBase64(text: string): string {
  const bytes = Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** One HAR 1.2 entry as an exchange; throws TrafficInputError naming the entry when it is malformed. */
export function harEntryToExchange(entry: unknown, source: string): Exchange {
  if (!isRecord(entry) || !isRecord(entry["request"]) || !isRecord(entry["response"])) {
    throw new TrafficInputError(source, "a HAR entry needs request and response objects");
  }
  const { request, response } = entry as { request: Record<string, unknown>; response: Record<string, unknown> };
  if (typeof request["method"] !== "string" || typeof request["url"] !== "string") {
    throw new TrafficInputError(source, "request.method and request.url must be strings");
  }
  if (typeof response["status"] !== "number" || !Number.isInteger(response["status"])) {
    throw new TrafficInputError(source, "response.status must be an integer");
  }
  const exchange: Exchange = {
    source,
    method: request["method"],
    url: request["url"],
    status: response["status"],
    requestBodyRecorded: true,
  };
  const requestHeaders = headers(request["headers"], source);
  const responseHeaders = headers(response["headers"], source);
  if (requestHeaders) exchange.requestHeaders = requestHeaders;
  if (responseHeaders) exchange.responseHeaders = responseHeaders;
  const postData = request["postData"];
  if (isRecord(postData) && typeof postData["text"] === "string") exchange.requestText = postData["text"];
  const content = response["content"];
  if (isRecord(content) && typeof content["text"] === "string") {
    exchange.responseText = content["encoding"] === "base64" ? decodeBase64(content["text"]) : content["text"];
  }
  return exchange;
}

/** Streams the entries of a HAR 1.2 document, one at a time. */
export async function* readHar(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange> {
  let index = 0;
  try {
    for await (const entry of streamArrayAt(chunks, ["log", "entries"])) {
      yield harEntryToExchange(entry, `${file}#${index++}`);
    }
  } catch (error) {
    if (error instanceof JsonStreamError) throw new TrafficInputError(file, `not a readable HAR file: ${error.message}`);
    throw error;
  }
}
