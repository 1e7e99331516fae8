import { ImsConfigError } from "./errors.js";

/** Throws an ImsConfigError naming `field` unless `ok`. */
export function check(ok: unknown, field: string, message: string): asserts ok {
  if (!ok) throw new ImsConfigError(field, message);
}

/**
 * A numeric option: `fallback` when absent, otherwise a finite number ≥ `min` (a whole one when
 * `whole`). One checker for every retry and timeout limit, so each limit is a line, not a function.
 */
export function numberOption(field: string, value: unknown, fallback: number, min: number, whole?: boolean): number {
  if (value === undefined) return fallback;
  // At most 2e9 (ms: 23 days), within the longest timer (2^31 − 1 ms): a longer one fires at once,
  // which made a timeout meant as "as long as it takes" end every call before it was sent.
  check(typeof value === "number" && value >= min && value <= 2e9 && (!whole || Number.isInteger(value)), field, `must be a ${whole ? "whole " : ""}number from ${min} to 2e9`);
  return value;
}

/** An options object, or undefined; anything else is an error naming the field. */
export function objectOption<T>(field: string, value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  check(typeof value === "object" && value, field, "must be an object");
  return value;
}
