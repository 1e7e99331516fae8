import { InvalidArgumentError } from "commander";

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("must be a whole number (0 or more)");
  return n;
}

/**
 * Seconds as given on the command line (fractions allowed), returned in milliseconds. At least one:
 * 0 ms polls without a pause, and the waiter's back-off (doubling the pause) never grows from 0.
 */
export function seconds(value: string): number {
  const ms = Math.round(Number(value) * 1000);
  if (value.trim() === "" || !Number.isFinite(ms) || ms < 1) throw new InvalidArgumentError("must be a number of seconds, at least 0.001");
  return ms;
}

/** `key=value`, collected into a list (for repeatable flags such as `--tag`). */
export function keyValue(value: string, previous: { key: string; value: string }[] = []): { key: string; value: string }[] {
  const at = value.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError(`"${value}" is not key=value`);
  return [...previous, { key: value.slice(0, at), value: value.slice(at + 1) }];
}

/** Repeatable plain values, e.g. `--project p1 --project p2` or `--project p1,p2`. */
export function list(value: string, previous: string[] = []): string[] {
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError("must not be empty");
  return [...previous, ...items];
}

/** "true"/"false" as IMS's string flags take them. */
export function boolString(value: string): "true" | "false" {
  if (value !== "true" && value !== "false") throw new InvalidArgumentError('must be "true" or "false"');
  return value;
}

/** An ID or name that must be there when the flag is given: `--instance-id "$UNSET"` is a mistake. */
export function nonBlank(value: string): string {
  if (value.trim() === "") throw new InvalidArgumentError("must not be empty");
  return value;
}
