import type { SignedHeaders } from "./types.js";

// The security token must be sent, so it stays an ordinary own header that Headers, fetch and
// spreading see. JSON.stringify and util.inspect find these hooks on the prototype instead, where
// header conversion (own keys only; undici even rejects own symbol keys) never looks; a method is
// not enumerable, so for…in does not see it either, and symbol keys are never enumerated.

/** `new HeaderRecord()`: an empty header record whose serialised and inspected forms hide `X-Security-Token`. */
export const HeaderRecord = class {
  toJSON(this: SignedHeaders): SignedHeaders {
    const copy = { ...this };
    for (const name in copy) if (/^x-security-token$/i.test(name)) copy[name] = "[REDACTED]";
    return copy;
  }
  [Symbol.for("nodejs.util.inspect.custom")](this: { toJSON(): SignedHeaders }) {
    return this.toJSON();
  }
} as unknown as new () => SignedHeaders;
