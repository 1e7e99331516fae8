import type { HeadersLike } from "../http.js";

/** One recorded request/response pair, whatever file it came from. */
export interface Exchange {
  /** Where it was recorded: `traffic.har#3` (entry index) or `calls.ndjson:12` (line). */
  source: string;
  method: string;
  url: string;
  /** 0 when the recording has no answer (a cancelled or blocked request). */
  status: number;
  requestHeaders?: HeadersLike;
  requestText?: string;
  /** Whether the recording says what request body was sent (HAR does; NDJSON only with `requestBody`). */
  requestBodyRecorded: boolean;
  responseHeaders?: HeadersLike;
  /** The parsed answer (NDJSON `body`). */
  responseBody?: unknown;
  /** The answer as text (HAR `content.text`). */
  responseText?: string;
}

/** A recording that cannot be read: the CLI exits 2. */
export class TrafficInputError extends Error {
  override name = "TrafficInputError";
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
