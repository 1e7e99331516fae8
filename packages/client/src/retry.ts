import { check, numberOption, objectOption } from "./option-checks.js";

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retries off. */
  maxAttempts?: number | undefined;
  /** Backoff base: attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs·2^(n-1))]. Default 200 ms. */
  baseDelayMs?: number | undefined;
  /** Upper bound of one backoff wait. Default 20 000 ms. */
  maxDelayMs?: number | undefined;
  /** A `Retry-After` longer than this is not waited for: the error is returned at once. Default 60 000 ms. */
  maxRetryAfterMs?: number | undefined;
  /** HTTP statuses worth another attempt. Default 429, 500, 502, 503, 504. */
  statuses?: readonly number[] | undefined;
  /**
   * Also retry POST/PATCH, and operations that start a job whatever their method (`registerImage`,
   * `batchUpdateMembers`, `batchDeleteMembers`), after an answer or failure that may have come after
   * the server acted. Default false: a create-image POST is never sent twice unless it surely did not arrive.
   */
  retryNonIdempotent?: boolean | undefined;
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

export function isIdempotent(method: string): boolean {
  return /^(GET|HEAD|OPTIONS|PUT|DELETE|TRACE)$/i.test(method);
}

export function resolveRetry(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options === false ? { maxAttempts: 1 } : objectOption("retry", options);
  const d = RETRY_DEFAULTS;
  const statuses = o.statuses ?? d.statuses;
  check(Array.isArray(statuses) && statuses.every(Number.isInteger), "retry.statuses", "must be a list of HTTP status codes");
  return {
    maxAttempts: numberOption("retry.maxAttempts", o.maxAttempts, d.maxAttempts, 1, true),
    baseDelayMs: numberOption("retry.baseDelayMs", o.baseDelayMs, d.baseDelayMs, 0),
    maxDelayMs: numberOption("retry.maxDelayMs", o.maxDelayMs, d.maxDelayMs, 0),
    maxRetryAfterMs: numberOption("retry.maxRetryAfterMs", o.maxRetryAfterMs, d.maxRetryAfterMs, 0),
    statuses: new Set(statuses),
    retryNonIdempotent: o.retryNonIdempotent === true,
  };
}

/** Exponential backoff with full jitter (the AWS architecture blog's recommendation for contended APIs). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const seconds = Number(value);
  // A negative number is unreadable, not a date: Date.parse("-5") reads it as the year -5.
  const ms = !value?.trim() || seconds < 0 ? NaN : seconds >= 0 ? seconds * 1000 : Date.parse(value) - now;
  return isNaN(ms) ? undefined : Math.max(0, Math.round(ms));
}
