const inspect = Symbol.for("nodejs.util.inspect.custom");

/**
 * A credential value that cannot leak by accident: logging, `util.inspect`, `JSON.stringify`
 * and string conversion all show `[redacted]`; only `reveal()` gives the value.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return "[redacted]";
  }
  toString(): string {
    return "[redacted]";
  }
  [inspect](): string {
    return "Secret([redacted])";
  }
}

/** `abcd…wxyz` style hint for `ims configure list`, never more than the last four characters. */
export function maskHint(value: string): string {
  return value.length <= 8 ? "****" : `****${value.slice(-4)}`;
}
