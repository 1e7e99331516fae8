import { isRecord, TrafficInputError, type Exchange } from "./exchange.js";

/** Splits text chunks into lines without holding more than one line. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    yield* parts;
  }
  if (rest !== "") yield rest;
}

function lineToExchange(line: string, source: string): Exchange {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new TrafficInputError(source, `not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) throw new TrafficInputError(source, "each line must be an object { method, url, status, headers?, body }");
  const { method, url, status, headers, body, requestHeaders, requestBody } = value;
  if (typeof method !== "string" || method === "") throw new TrafficInputError(source, "method must be a non-empty string");
  if (typeof url !== "string" || url === "") throw new TrafficInputError(source, "url must be a non-empty string");
  if (typeof status !== "number" || !Number.isInteger(status)) throw new TrafficInputError(source, "status must be an integer");
  for (const [name, h] of [["headers", headers], ["requestHeaders", requestHeaders]] as const) {
    if (h !== undefined && (!isRecord(h) || !Object.values(h).every((v) => typeof v === "string"))) {
      throw new TrafficInputError(source, `${name} must be an object of strings`);
    }
  }
  const exchange: Exchange = { source, method, url, status, requestBodyRecorded: requestBody !== undefined };
  if (headers !== undefined) exchange.responseHeaders = headers as Record<string, string>;
  if (body !== undefined) exchange.responseBody = body;
  if (requestHeaders !== undefined) exchange.requestHeaders = requestHeaders as Record<string, string>;
  if (requestBody !== undefined) exchange.requestText = JSON.stringify(requestBody);
  return exchange;
}

/**
 * Streams NDJSON lines `{ method, url, status, headers?, body, requestHeaders?, requestBody? }`;
 * blank lines are ignored.
 */
export async function* readNdjson(chunks: AsyncIterable<string>, file: string): AsyncGenerator<Exchange> {
  let number = 0;
  for await (const raw of lines(chunks)) {
    number++;
    const line = raw.trim();
    if (line === "") continue;
    yield lineToExchange(line, `${file}:${number}`);
  }
}
