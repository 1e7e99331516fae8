// A registry stand-in on 127.0.0.1 that knows no package, so `pnpm -r publish --dry-run` can ask
// whether a version exists without leaving the machine. It records what was asked.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRegistry {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function stubRegistry(): Promise<StubRegistry> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${decodeURIComponent(req.url ?? "")}`);
    res.writeHead(404, { "content-type": "application/json" }).end('{"error":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
