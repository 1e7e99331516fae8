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

/**
 * Returns a function that deep-copies a value with every occurrence of a current secret replaced
 * by `[REDACTED]`: for log fields and for error bodies a gateway may have echoed a token into.
 * An AK/SK signature is redacted too: a 401 body can echo the Authorization header, and the
 * signature is per request, so no list of secrets could hold every one still in flight.
 */
export function createScrubber(secrets: () => readonly string[]): (value: unknown) => unknown {
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") {
      let s = value.replace(/(?<=Signature=)\w+/g, REDACTED);
      for (const secret of secrets()) if (secret.length >= 4) s = s.replaceAll(secret, REDACTED);
      return s;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value instanceof Error) return scrub(`${value.name}: ${value.message}`);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    return value;
  };
  return scrub;
}
