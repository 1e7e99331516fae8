import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Captured {
  method: string;
  /** Path and query exactly as received. */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A loopback server that records each request as it arrived on the wire and answers `{}`, or, for
 * a target under `/redirect` (`/redirect?status=302&to=<Location>`), that status and `Location`
 * with no body.
 */
export async function captureServer() {
  const received: Captured[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", target: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      const query = new URL(req.url ?? "/", "http://x").searchParams;
      if (req.url?.startsWith("/redirect?")) res.writeHead(Number(query.get("status")), { location: query.get("to") ?? "/" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
