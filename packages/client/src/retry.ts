import { ImsConfigError } from "./errors.js";

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retries off. */
  maxAttempts?: number;
  /** Backoff base: attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs·2^(n-1))]. Default 200 ms. */
  baseDelayMs?: number;
  /** Upper bound of one backoff wait. Default 20 000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is returned at once. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** HTTP statuses worth another attempt. Default 429, 500, 502, 503, 504. */
  statuses?: readonly number[];
  /**
   * Also retry POST/PATCH after an answer or failure that may have come after the server acted.
   * Default false: a create-image POST is never sent twice unless it surely did not arrive.
   */
  retryNonIdempotent?: boolean;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  statuses: ReadonlySet<number>;
  retryNonIdempotent: boolean;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  statuses: [429, 500, 502, 503, 504],
  retryNonIdempotent: false,
} as const;

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

export function resolveRetry(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return resolveRetry({ maxAttempts: 1 });
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new ImsConfigError("retry", "must be an object or false");
  }
  const merged = { ...RETRY_DEFAULTS, ...options };
  for (const key of ["maxAttempts", "baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    const v = merged[key];
    const min = key === "maxAttempts" ? 1 : 0;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || (min && !Number.isInteger(v))) {
      throw new ImsConfigError(`retry.${key}`, `must be a ${min ? "whole " : ""}number ≥ ${min}`);
    }
  }
  if (!Array.isArray(merged.statuses) || !merged.statuses.every(Number.isInteger)) {
    throw new ImsConfigError("retry.statuses", "must be a list of HTTP status codes");
  }
  return { ...merged, statuses: new Set(merged.statuses), retryNonIdempotent: merged.retryNonIdempotent === true };
}

/** Exponential backoff with full jitter (the AWS architecture blog's recommendation for contended APIs). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
