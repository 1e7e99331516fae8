/**
 * Shaped like node-fetch's, the undici package's or a polyfill's Headers (or one from another
 * realm): the methods of the Fetch standard, but not an instance of this realm's Headers.
 */
export class ForeignHeaders {
  readonly #map = new Map<string, string>();
  constructor(init: Record<string, string>) {
    for (const [name, value] of Object.entries(init)) this.#map.set(name.toLowerCase(), value);
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  forEach(callback: (value: string, name: string) => void): void {
    this.#map.forEach((value, name) => callback(value, name));
  }
}
