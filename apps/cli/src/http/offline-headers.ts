// A Fetch-standard Headers for `--dry-run`, so a dry run never makes Node 20 load undici (as long
// again as node's own start-up). It keeps what the client and the signer observe identical to
// undici's Headers: lower-cased names, trimmed values, sorted iteration, duplicates joined by ", ".

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Fetch strips leading and trailing HTTP whitespace (tab, LF, CR, space) from every value.
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// After trimming, a value may hold any byte but NUL, LF and CR; WebIDL's ByteString refuses > U+00FF.
const BAD_VALUE = /[\0\n\r\u0100-\uffff]/;

export type OfflineHeadersInit = Iterable<readonly [string, string]> | Record<string, string> | { forEach(cb: (value: string, name: string) => void): void };

function checkName(name: unknown): string {
  const text = String(name);
  if (!TOKEN.test(text)) throw new TypeError(`Headers: invalid header name "${text}"`);
  return text.toLowerCase();
}

function checkValue(name: string, value: unknown): string {
  const text = String(value).replace(EDGE_WHITESPACE, "");
  if (BAD_VALUE.test(text)) throw new TypeError(`Headers: invalid value for header "${name}"`);
  return text;
}

export class OfflineHeaders {
  // Lower-cased name → its values in the order they were appended.
  readonly #map = new Map<string, string[]>();

  constructor(init?: OfflineHeadersInit | null) {
    if (init === undefined || init === null) return;
    if (typeof init !== "object") throw new TypeError("Headers: init must be an object");
    if (init instanceof OfflineHeaders) {
      for (const [name, values] of init.#map) this.#map.set(name, [...values]);
    } else if (Symbol.iterator in init) {
      for (const pair of init as Iterable<readonly [string, string]>) {
        if (pair.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
        this.append(pair[0], pair[1]);
      }
    } else {
      for (const name of Object.keys(init)) this.append(name, (init as Record<string, string>)[name] as string);
    }
  }

  append(name: string, value: string): void {
    const key = checkName(name);
    const v = checkValue(key, value);
    const values = this.#map.get(key);
    if (values) values.push(v);
    else this.#map.set(key, [v]);
  }

  set(name: string, value: string): void {
    const key = checkName(name);
    this.#map.set(key, [checkValue(key, value)]);
  }

  delete(name: string): void {
    this.#map.delete(checkName(name));
  }

  has(name: string): boolean {
    return this.#map.has(checkName(name));
  }

  get(name: string): string | null {
    return this.#map.get(checkName(name))?.join(", ") ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.#map.get("set-cookie") ?? [])];
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.#map.keys()].sort()) {
      const values = this.#map.get(name) as string[];
      // Set-Cookie is the one header that is never joined.
      if (name === "set-cookie") for (const v of values) yield [name, v];
      else yield [name, values.join(", ")];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, headers: this) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  get [Symbol.toStringTag](): string {
    return "Headers";
  }
}
