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

/**
 * An endpoint URL for `ims configure list`, its user info (`https://user:pw@host`, which the client
 * refuses) masked: in an http(s) URL only the authority's, as the URL parser reads it, so that an `@`
 * in a path (`https://h/ims@v2`) stays. Text that does not parse as one is masked after any scheme up
 * to its last `@`: a password may hold an `@` or `/` (`http://u:se/cret@h` is no URL).
 */
export function maskEndpoint(text: string): string {
  const hidden = text.replace(/^([a-z][\w+.-]*:\/*)?[\s\S]*@/i, "$1****@");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return hidden;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return hidden;
  if (url.username === "" && url.password === "") return text;
  // In an http(s) URL the authority follows the scheme and any slashes, either way round, and ends
  // at the first / \ ? or #; the parser drops tabs and newlines anywhere. Its user info ends at its last `@`.
  const masked = text.replace(/^([\0- ]*[a-z][\w+.-]*:[\\/\t\n\r]*)[^\\/?#]*@/i, "$1****@");
  // Should the text still hold user info other than the mask, the sure way is taken.
  try {
    const shown = new URL(masked);
    if (shown.username === "****" && shown.password === "") return masked;
  } catch {
    // Falls through.
  }
  return hidden;
}
