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

// ims_03_0617, ims_03_0902: a tag added has a key of at most 36 characters and a value of at most 43,
// and an image has at most 10 tags. Characters as IMS counts them (a CJK character is one).
export const TAG_LIMITS = { key: 36, value: 43, tags: 10 } as const;
export const characters = (text: string): number => [...text].length;

/** A repeatable `--tag key=value` for a new image, within IMS's limits, each key once. */
export function imageTag(value: string, previous: { key: string; value: string }[] = []): { key: string; value: string }[] {
  const tags = keyValue(value, previous);
  const tag = tags[tags.length - 1]!;
  if (tag.key.trim() === "") throw new InvalidArgumentError("the key is blank");
  if (characters(tag.key) > TAG_LIMITS.key) throw new InvalidArgumentError(`the key has ${characters(tag.key)} characters; at most ${TAG_LIMITS.key}`);
  if (characters(tag.value) > TAG_LIMITS.value) throw new InvalidArgumentError(`the value has ${characters(tag.value)} characters; at most ${TAG_LIMITS.value}`);
  if (previous.some((t) => t.key === tag.key)) throw new InvalidArgumentError(`the key "${tag.key}" is given twice: each key once`);
  if (tags.length > TAG_LIMITS.tags) throw new InvalidArgumentError(`more than ${TAG_LIMITS.tags} tags: an image has at most ${TAG_LIMITS.tags}`);
  return tags;
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
