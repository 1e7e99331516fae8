import type { SignedHeaders } from "./types.js";

function redacted(this: SignedHeaders): SignedHeaders {
  const copy: SignedHeaders = {};
  for (const name of Object.keys(this)) copy[name] = /^x-security-token$/i.test(name) ? "[REDACTED]" : (this[name] as string);
  return copy;
}

// The security token must be sent, so it stays an ordinary own header that Headers, fetch and
// spreading see. JSON.stringify and util.inspect find these hooks on the prototype instead, where
// header conversion (own keys only; undici even rejects own symbol keys) never looks.
const proto: object = Object.create(Object.prototype, {
  toJSON: { value: redacted },
  [Symbol.for("nodejs.util.inspect.custom")]: { value: redacted },
});

/** An empty header record whose serialised and inspected forms hide `X-Security-Token`. */
export const headerRecord = (): SignedHeaders => Object.create(proto) as SignedHeaders;
