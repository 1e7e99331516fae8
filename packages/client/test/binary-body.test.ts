// The Glance file upload (`PUT /v2/images/{image_id}/file`, application/octet-stream) carries bytes:
// they must reach the server exactly as given, whichever form fetch takes them in.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createImsClient, type ImsClientOptions } from "../src/index.js";

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer };
let server: Server;
let endpoint: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      if (req.method === "PUT") res.writeHead(204).end();
      else res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

// Every byte value, and a qcow2 header (not UTF-8), so no text round trip can pass by chance.
const bytes = new Uint8Array([0x51, 0x46, 0x49, 0xfb, ...Array.from({ length: 256 }, (_, i) => i)]);
const octet = { "Content-Type": "application/octet-stream" } as const;
const client = (extra: Partial<ImsClientOptions> = {}) => createImsClient({ endpoint, projectId: "p1", credentials: { token: "t0ken" }, retry: false, ...extra });
const upload = async (body: Blob | ArrayBuffer | ArrayBufferView, extra?: Partial<ImsClientOptions>): Promise<Seen> => {
  seen.length = 0;
  const { response } = await client(extra).PUT("/v2/images/{image_id}/file", { params: { path: { image_id: "img" } }, body, headers: octet });
  expect(response.status).toBe(204);
  expect(seen).toHaveLength(1);
  return seen[0]!;
};

describe("binary request bodies", () => {
  it("send a Uint8Array, a Blob, an ArrayBuffer and a DataView byte for byte, with the Content-Type given", async () => {
    for (const body of [bytes, new Blob([bytes]), bytes.slice().buffer, new DataView(bytes.slice().buffer)]) {
      const got = await upload(body);
      expect(got.method).toBe("PUT");
      expect(got.url).toBe("/v2/images/img/file");
      expect(got.headers["content-type"]).toBe("application/octet-stream");
      expect(got.headers["content-length"]).toBe(String(bytes.length));
      expect(new Uint8Array(got.body)).toEqual(bytes);
    }
  });

  it("send only the viewed bytes of a view into a larger buffer", async () => {
    const larger = new Uint8Array(bytes.length + 8);
    larger.set(bytes, 4);
    const got = await upload(larger.subarray(4, 4 + bytes.length));
    expect(new Uint8Array(got.body)).toEqual(bytes);
  });

  it("send the same bytes through a middleware, which gets a real Request", async () => {
    let type: string | null = null;
    const got = await upload(bytes, { middleware: [{ onRequest: ({ request }) => void (type = request.headers.get("content-type")) }] });
    expect(type).toBe("application/octet-stream");
    expect(new Uint8Array(got.body)).toEqual(bytes);
  });

  it("are signed over the bytes sent (AK/SK)", async () => {
    const got = await upload(bytes, { credentials: { ak: "AKEXAMPLE", sk: "sk-example" } });
    expect(got.headers["authorization"]).toMatch(/^SDK-HMAC-SHA256 /);
    expect(new Uint8Array(got.body)).toEqual(bytes);
  });

  it("leave JSON bodies JSON", async () => {
    seen.length = 0;
    await client().POST("/v2/cloudimages/action", { body: { name: "web", instance_id: "i" } });
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]!.body.toString("utf8"))).toEqual({ name: "web", instance_id: "i" });
  });

  it("are typed as bytes, not text (compile-time)", () => {
    const c = client();
    const calls = () => {
      const at = { params: { path: { image_id: "img" } }, headers: octet };
      void c.PUT("/v2/images/{image_id}/file", { ...at, body: bytes });
      void c.PUT("/v2/images/{image_id}/file", { ...at, body: new Blob([bytes]) });
      void c.PUT("/v2/images/{image_id}/file", { ...at, body: bytes.buffer });
      // @ts-expect-error a string is text, which cannot hold an image file's bytes
      void c.PUT("/v2/images/{image_id}/file", { ...at, body: "QFI\xfb" });
      // @ts-expect-error the upload has a body
      void c.PUT("/v2/images/{image_id}/file", at);
    };
    expectTypeOf(calls).toBeFunction();
  });
});
