import { REDACTED } from "./logger.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Marks the given keys of an object we hand out as secret: `JSON.stringify` and `util.inspect`
 * show `[REDACTED]` for them, while code can still read them.
 */
export function hideSecrets<T extends object>(target: T, keys: readonly string[]): T {
  const view = (): Record<string, unknown> =>
    Object.fromEntries(Object.entries(target).map(([k, v]) => [k, keys.includes(k) ? REDACTED : v]));
  Object.defineProperty(target, "toJSON", { value: view, enumerable: false });
  Object.defineProperty(target, INSPECT, { value: view, enumerable: false });
  return target;
}
