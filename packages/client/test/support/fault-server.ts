import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Fault = (res: ServerResponse, req: IncomingMessage) => void;

/**
 * A scripted HTTP server on 127.0.0.1: the n-th request gets the n-th fault of the script (the last
 * one repeats), and every request is recorded. For retry, timeout and error-path tests.
 */
export async function startFaultServer() {
  const requests: SeenRequest[] = [];
  let script: Fault[] = [json(200, { images: [] })];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const fault = script[Math.min(requests.length - 1, script.length - 1)]!;
      fault(res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...faults: Fault[]) {
      script = faults;
      requests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Fault {
  return (res) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Fault {
  return (res) => {
    res.writeHead(status, { "content-length": Buffer.byteLength(body), ...headers });
    res.end(body);
  };
}

/** Drops the connection without any answer. */
export const reset: Fault = (_res, req) => {
  req.socket.destroy();
};

/** Promises a body of `length` bytes, sends half of it, then drops the connection. */
export function truncated(body: string): Fault {
  return (res, req) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.write(body.slice(0, Math.floor(body.length / 2)));
    setTimeout(() => req.socket.destroy(), 10);
  };
}

/** Answers only after `ms` (headers and body). */
export function slow(ms: number, then: Fault = json(200, { images: [] })): Fault {
  return (res, req) => {
    const timer = setTimeout(() => then(res, req), ms);
    res.on("close", () => clearTimeout(timer));
  };
}

/** Sends headers at once and the body only after `ms`. */
export function slowBody(ms: number, body: unknown): Fault {
  return (res) => {
    const text = JSON.stringify(body);
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.flushHeaders();
    const timer = setTimeout(() => res.end(text), ms);
    res.on("close", () => clearTimeout(timer));
  };
}
