import { describe, expect, it } from "vitest";
import { backoffDelay, isIdempotent, parseRetryAfter, resolveRetry, RETRY_DEFAULTS } from "../src/retry.js";

describe("backoff with full jitter", () => {
  const policy = resolveRetry({ baseDelayMs: 100, maxDelayMs: 1_000 });

  it("waits between 0 and base·2^(n−1), capped at maxDelayMs", () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(0);
    expect(backoffDelay(policy, 1, () => 0.999999)).toBe(99);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(200);
    expect(backoffDelay(policy, 10, () => 0.999999)).toBe(999);
  });

  it("spreads real waits over the whole range", () => {
    const waits = Array.from({ length: 2_000 }, () => backoffDelay(policy, 4));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(800);
    expect(waits.filter((w) => w < 400).length).toBeGreaterThan(500);
    expect(waits.filter((w) => w >= 400).length).toBeGreaterThan(500);
  });
});

describe("Retry-After", () => {
  it("reads seconds and HTTP dates, and ignores what it cannot read", () => {
    expect(parseRetryAfter("3")).toBe(3_000);
    expect(parseRetryAfter(" 1.5 ")).toBe(1_500);
    const now = Date.parse("2026-11-27T10:00:00Z");
    expect(parseRetryAfter("Fri, 27 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    // Date.parse reads these as years (-5, -1): no wait at all.
    expect(parseRetryAfter("-5")).toBeUndefined();
    expect(parseRetryAfter("-1.5")).toBeUndefined();
    expect(parseRetryAfter("-0")).toBe(0);
  });
});

describe("policy", () => {
  it("has the documented defaults", () => {
    const p = resolveRetry(undefined);
    expect(p).toMatchObject({ maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 20_000, maxRetryAfterMs: 60_000, retryNonIdempotent: false });
    expect([...p.statuses]).toEqual([...RETRY_DEFAULTS.statuses]);
    expect(resolveRetry(false).maxAttempts).toBe(1);
  });

  it("treats only POST and PATCH as non-idempotent", () => {
    expect(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"].every(isIdempotent)).toBe(true);
    expect(["POST", "PATCH"].some(isIdempotent)).toBe(false);
  });

  it("rejects bad values naming the field", () => {
    expect(() => resolveRetry({ maxAttempts: 1.5 })).toThrow(/retry\.maxAttempts/);
    expect(() => resolveRetry({ maxDelayMs: -1 })).toThrow(/retry\.maxDelayMs/);
    expect(() => resolveRetry({ statuses: ["500" as never] })).toThrow(/retry\.statuses/);
    expect(() => resolveRetry("often" as never)).toThrow(/^retry: /);
  });
});
