const inspect = Symbol.for("nodejs.util.inspect.custom");

// Every credential value this process has seen, so that any text about to be printed (an error
// message echoing a token, say) can be scrubbed of them.
const known = new Set<string>();

/** The credential values seen so far (flags, environment and profile alike). */
export function knownSecrets(): string[] {
  return [...known];
}

/**
 * A credential value that cannot leak by accident: logging, `util.inspect`, `JSON.stringify`
 * and string conversion all show `[redacted]`; only `reveal()` gives the value.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
    known.add(value);
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
