// The transport reuses an attempt's AbortController once that attempt's body has been read (a fresh
// signal per call costs Node's fetch a WeakRef and a finalizer). Reuse must never reach a response
// whose body is still being read, and a reused controller aborting later must not touch a finished call.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createImsClient, ImsTimeoutError } from "../src/index.js";

const big = JSON.stringify({ images: Array.from({ length: 2000 }, (_, i) => ({ id: `image-${i}` })) });
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const limit = new URL(req.url ?? "/", "http://x").searchParams.get("limit");
    if (limit === "1") {
      // A body that arrives in two parts, the second well after the call has returned.
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(big) });
      res.write(big.slice(0, 1000));
      setTimeout(() => res.end(big.slice(1000)), 400);
    } else if (limit === "2") {
      // Never answers within the client's attempt timeout.
      const timer = setTimeout(() => res.end("{}"), 5000);
      res.on("close", () => clearTimeout(timer));
    } else {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"images":[]}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const newClient = () => createImsClient({ endpoint, timeoutMs: 150, retry: false });

it("a streamed body still being read survives a later call on the same client timing out", async () => {
  const client = newClient();
  // Calls whose bodies were read fill the pool of reusable controllers.
  for (let i = 0; i < 5; i++) expect((await client.GET("/v2/cloudimages")).data).toEqual({ images: [] });
  const { data: stream } = await client.GET("/v2/cloudimages", { params: { query: { limit: 1 } }, parseAs: "stream" });
  const timedOut = await client.GET("/v2/cloudimages", { params: { query: { limit: 2 } } }).catch((error: unknown) => error);
  expect(timedOut).toBeInstanceOf(ImsTimeoutError);
  expect(await new Response(stream as unknown as ReadableStream).text()).toBe(big);
});

it("a finished call keeps its result when a later call reusing its controller times out", async () => {
  const client = newClient();
  const first = await client.GET("/v2/cloudimages");
  await expect(client.GET("/v2/cloudimages", { params: { query: { limit: 2 } } })).rejects.toBeInstanceOf(ImsTimeoutError);
  const third = await client.GET("/v2/cloudimages");
  expect(first.data).toEqual({ images: [] });
  expect(third.data).toEqual({ images: [] });
  expect(first.response.bodyUsed).toBe(true);
});
