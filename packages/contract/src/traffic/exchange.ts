import type { HeadersLike } from "../http.js";

/** One recorded request/response pair, whatever file it came from. */
export interface Exchange {
  /** Where it was recorded: `traffic.har#3` (entry index) or `calls.ndjson:12` (line). */
  source: string;
  method: string;
  url: string;
  /** 0 when the recording has no answer (a cancelled or blocked request). */
  status: number;
  requestHeaders?: HeadersLike | undefined;
  requestText?: string | undefined;
  /** Whether the recording says what request body was sent (HAR does; NDJSON only with a `requestBody` that is not null). */
  requestBodyRecorded: boolean;
  responseHeaders?: HeadersLike | undefined;
  /** The parsed answer (NDJSON `body`). */
  responseBody?: unknown;
  /** The answer as text (HAR `content.text`). */
  responseText?: string | undefined;
}

/**
 * A recording, or one entry or line of it, that cannot be read; never quotes the input. The CLI
 * lists a bad entry or line in the report and goes on; it stops only when the file itself cannot
 * be read. Either way it exits 2.
 */
export class TrafficInputError extends Error {
  override name = "TrafficInputError";
  constructor(
    /** `file`, `file.har#3` (entry) or `file.ndjson:12` (line). */
    readonly source: string,
    /** What is wrong, without the source. */
    readonly detail: string,
  ) {
    super(`${source}: ${detail}`);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

/**
 * An exchange's method, url and status, checked alike for every format. Messages name the field
 * and echo a value only when it is a number: recordings hold credentials.
 */
export function checkedExchange(source: string, method: unknown, url: unknown, status: unknown, har: boolean): Exchange {
  const [request, response] = har ? ["request.", "response."] : ["", ""];
  if (typeof method !== "string" || !TOKEN.test(method)) throw new TrafficInputError(source, `${request}method must be an HTTP method such as GET`);
  if (typeof url !== "string" || url === "") throw new TrafficInputError(source, `${request}url must be a non-empty string`);
  if (typeof status !== "number" || !Number.isInteger(status) || (status !== 0 && (status < 100 || status > 599))) {
    const got = typeof status === "number" ? `, got ${status}` : "";
    throw new TrafficInputError(source, `${response}status must be 0 (no answer) or an HTTP status code from 100 to 599${got}`);
  }
  return { source, method, url, status, requestBodyRecorded: false };
}

/** What `make` returns, or the TrafficInputError it throws, for a reader to yield and go on. */
export function exchangeOrError(make: () => Exchange): Exchange | TrafficInputError {
  try {
    return make();
  } catch (error) {
    if (error instanceof TrafficInputError) return error;
    throw error;
  }
}

/**
 * Yields the exchanges of `items`; an item that is not one comes out as its TrafficInputError,
 * so that a caller can report it and go on. Readers built on this throw it instead.
 */
export async function* orThrow(items: AsyncIterable<Exchange | TrafficInputError>): AsyncGenerator<Exchange> {
  for await (const item of items) {
    if (item instanceof TrafficInputError) throw item;
    yield item;
  }
}
