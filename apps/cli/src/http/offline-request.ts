import { OfflineHeaders, type OfflineHeadersInit } from "./offline-headers.js";

// The Fetch-standard Request for `--dry-run` (see offline-headers.ts for why): the URL, method,
// headers and body bytes come out exactly as undici's Request would make them, so the printed
// request is the one a real call sends. Only bodies the client can produce are supported.

const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export interface OfflineRequestInit {
  method?: string;
  headers?: OfflineHeadersInit | null;
  body?: string | ArrayBuffer | ArrayBufferView | URLSearchParams | null;
  signal?: AbortSignal | null;
  redirect?: "follow" | "error" | "manual";
}

function normalizeMethod(method: string): string {
  if (!METHOD_TOKEN.test(method)) throw new TypeError(`Request: "${method}" is not a valid HTTP method`);
  const upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.has(upper)) throw new TypeError(`Request: "${method}" HTTP method is unsupported`);
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

/** The body's bytes and the Content-Type that Fetch adds when the caller set none. */
function extractBody(body: NonNullable<OfflineRequestInit["body"]>): { bytes: Uint8Array; type: string | undefined } {
  if (typeof body === "string") return { bytes: new TextEncoder().encode(body), type: "text/plain;charset=UTF-8" };
  if (body instanceof URLSearchParams) return { bytes: new TextEncoder().encode(body.toString()), type: "application/x-www-form-urlencoded;charset=UTF-8" };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), type: undefined };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: undefined };
  throw new TypeError(`Request: a dry run cannot show a body of type ${Object.prototype.toString.call(body)}`);
}

export class OfflineRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: OfflineHeaders;
  readonly signal: AbortSignal;
  readonly redirect: "follow" | "error" | "manual";
  #bytes: Uint8Array | null;
  #used = false;
  #stream: ReadableStream<Uint8Array> | undefined;

  constructor(input: string | URL | OfflineRequest, init: OfflineRequestInit = {}) {
    const from = input instanceof OfflineRequest ? input : undefined;
    const url = new URL(from ? from.url : String(input));
    if (url.username || url.password) throw new TypeError(`Request: ${url.href} includes credentials`);
    this.url = url.href;
    this.method = init.method !== undefined ? normalizeMethod(String(init.method)) : (from?.method ?? "GET");
    this.headers = new OfflineHeaders(init.headers !== undefined && init.headers !== null ? init.headers : from?.headers);
    this.signal = init.signal ?? from?.signal ?? new AbortController().signal;
    this.redirect = init.redirect ?? from?.redirect ?? "follow";
    const body = init.body ?? null;
    if (body !== null && (this.method === "GET" || this.method === "HEAD")) throw new TypeError("Request with GET/HEAD method cannot have body.");
    if (body !== null) {
      const { bytes, type } = extractBody(body);
      this.#bytes = bytes;
      if (type !== undefined && !this.headers.has("content-type")) this.headers.append("content-type", type);
    } else {
      this.#bytes = from ? from.#take() : null;
    }
  }

  /** Null without a body; a stream of the bytes otherwise (made only when asked for). */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.#bytes === null) return null;
    const bytes = this.#bytes;
    this.#stream ??= new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice());
        controller.close();
      },
    });
    return this.#stream;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  #take(): Uint8Array | null {
    if (this.#bytes === null) return null;
    if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    return this.#bytes.slice();
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#take();
    return bytes === null ? new ArrayBuffer(0) : (bytes.buffer as ArrayBuffer);
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  clone(): OfflineRequest {
    if (this.#used) throw new TypeError("Request.clone: Body has already been consumed.");
    const copy = new OfflineRequest(this.url, { method: this.method, headers: this.headers, signal: this.signal, redirect: this.redirect });
    copy.#bytes = this.#bytes === null ? null : this.#bytes.slice();
    return copy;
  }

  get [Symbol.toStringTag](): string {
    return "Request";
  }
}
