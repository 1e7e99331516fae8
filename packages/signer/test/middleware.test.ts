import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as browser from "../src/browser/index.js";
import { createSignerMiddleware, signSync } from "../src/index.js";
import { captureServer, type Captured } from "./support/capture-server.js";

interface paths {
  "/v2/cloudimages": {
    get: {
      parameters: { query?: { name?: string; tag?: string[]; limit?: number } };
      responses: { 200: { content: { "application/json": object } } };
    };
  };
  "/v2/cloudimages/action": {
    post: {
      requestBody: { content: { "application/json": { name: string; instance_id: string; description?: string } } };
      responses: { 200: { content: { "application/json": object } } };
    };
  };
  "/v2/images/{image_id}": {
    patch: {
      parameters: { path: { image_id: string } };
      requestBody: { content: { "application/openstack-images-v2.1-json-patch": { op: string; path: string; value: string }[] } };
      responses: { 200: { content: { "application/json": object } } };
    };
  };
  "/redirect": {
    get: {
      parameters: { query: { status: number; to: string } };
      responses: { 302: { content: never } };
    };
  };
  "/v2/{project_id}/images/{image_id}/tags/{key}": {
    delete: {
      parameters: { path: { project_id: string; image_id: string; key: string } };
      responses: { 200: { content: { "application/json": object } } };
    };
  };
}

const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-example-0123456789abcdefghijklmnopqrstuv", securityToken: "temporary-token" };

/**
 * Recomputes the signature from the request as it arrived: target, the signed headers' received
 * values, the received body bytes. Equal means the signature covers exactly what went on the wire.
 */
function verifyFromWire(origin: string, got: Captured) {
  const authorization = String(got.headers.authorization);
  const names = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(";") ?? [];
  const headers: Record<string, string> = {};
  for (const name of names) if (name !== "host" && name !== "x-sdk-date") headers[name] = String(got.headers[name]);
  const stamp = String(got.headers["x-sdk-date"]).replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z");
  const recomputed = signSync(
    { method: got.method, url: origin + got.target, headers, body: new Uint8Array(got.body) },
    { ak: credentials.ak, sk: credentials.sk },
    { date: new Date(stamp), signedHeaders: names },
  );
  expect(got.headers.host).toBe(new URL(origin).host);
  expect(recomputed.Authorization).toBe(authorization);
}

// Each entry writes its own middleware around its own signer: both are run against the same requests
// (the browser entry's on Node's Web Crypto here, and in Chromium by browser.test.ts).
describe.each([
  ["main entry", createSignerMiddleware],
  ["browser entry", browser.createSignerMiddleware],
])("createSignerMiddleware with openapi-fetch (%s)", (_, createSignerMiddleware) => {
  let server: Awaited<ReturnType<typeof captureServer>>;
  beforeAll(async () => {
    server = await captureServer();
  });
  afterAll(() => server?.close());

  const client = () => {
    const c = createClient<paths>({ baseUrl: server.origin });
    c.use(createSignerMiddleware(credentials));
    return c;
  };

  it("signs a JSON body as the bytes sent, with the token and content type", async () => {
    const { error } = await client().POST("/v2/cloudimages/action", {
      body: { name: "镜像 ✓ \"quoted\"", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a", description: "a+b=c&d" },
    });
    expect(error).toBeUndefined();
    const got = server.received.at(-1) as Captured;
    expect(JSON.parse(got.body.toString("utf8"))).toMatchObject({ name: "镜像 ✓ \"quoted\"" });
    expect(got.headers["x-security-token"]).toBe("temporary-token");
    expect(String(got.headers.authorization)).toMatch(/SignedHeaders=content-type;host;x-sdk-date;x-security-token,/);
    verifyFromWire(server.origin, got);
  });

  it("signs a query as serialised by openapi-fetch: unicode, reserved characters, repeated keys", async () => {
    await client().GET("/v2/cloudimages", { params: { query: { name: "名 a+b&c=d", tag: ["k.v", "a b"], limit: 5 } }, headers: { "X-Name": "caf\u00e9" } });
    const got = server.received.at(-1) as Captured;
    expect(got.target).toContain("tag=");
    verifyFromWire(server.origin, got);
  });

  it("signs a vendor JSON PATCH and a percent-encoded path parameter", async () => {
    await client().PATCH("/v2/images/{image_id}", {
      params: { path: { image_id: "1bed4c6e-5bd3-4e58-9b2b-8d4d9e0b1f4a" } },
      body: [{ op: "replace", path: "/name", value: "новое имя" }],
      headers: { "Content-Type": "application/openstack-images-v2.1-json-patch" },
    });
    await client().DELETE("/v2/{project_id}/images/{image_id}/tags/{key}", {
      params: { path: { project_id: "0b1e494e2660441a957313163095fe5c", image_id: "1bed4c6e-5bd3-4e58-9b2b-8d4d9e0b1f4a", key: "env:prod/ü" } },
    });
    const [patch, del] = server.received.slice(-2) as [Captured, Captured];
    expect(patch.method).toBe("PATCH");
    expect(del.target).toContain("env%3Aprod%2F%C3%BC");
    verifyFromWire(server.origin, patch);
    verifyFromWire(server.origin, del);
  });

  it("signs a streamed body by its bytes and leaves the caller's request readable", async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13]);
    const original = new Request(`${server.origin}/v2/images/x/file`, {
      method: "PUT",
      body: new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }),
      headers: { "Content-Type": "application/octet-stream" },
      duplex: "half",
    } as RequestInit);
    const signed = await createSignerMiddleware(credentials).onRequest({ request: original });
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(bytes);
    await fetch(signed);
    verifyFromWire(server.origin, server.received.at(-1) as Captured);
  });

  it("signs the body sent where a Request has no body getter (Firefox; Chrome before 105), an empty one too", async () => {
    for (const [method, body] of [["POST", '{"name":"img"}'], ["POST", ""], ["PUT", "\u0000\u00ff"], ["GET", undefined]] as const) {
      for (const hidden of [true, false]) {
        const request = new Request(`${server.origin}/v2/cloudimages/action`, { method, body, headers: { "Content-Type": "application/json" } });
        // What such a browser exposes: `request.body` reads undefined whatever the body is.
        if (hidden) Object.defineProperty(request, "body", { get: () => undefined });
        await fetch(await createSignerMiddleware(credentials).onRequest({ request }));
        const got = server.received.at(-1) as Captured;
        expect(got.method).toBe(method);
        expect(got.body.toString()).toBe(body ?? "");
        verifyFromWire(server.origin, got);
      }
    }
  });

  it("returns a redirect to the caller instead of following it with headers signed for another URL", async () => {
    const before = server.received.length;
    // Another origin on the same server: fetch would send X-Security-Token there (it drops only
    // Authorization), and a same-origin Location would get a signature made for another target.
    const elsewhere = server.origin.replace("127.0.0.1", "localhost") + "/v2/cloudimages";
    const { response } = await client().GET("/redirect", { params: { query: { status: 302, to: elsewhere } } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(elsewhere);
    for (const [method, status, to] of [["GET", 302, "/v2/cloudimages"], ["POST", 307, "/v2/cloudimages/action"]] as const) {
      const request = new Request(`${server.origin}/redirect?status=${status}&to=${encodeURIComponent(to)}`, { method, body: method === "POST" ? "{}" : null });
      const answer = await fetch(await createSignerMiddleware(credentials).onRequest({ request }));
      expect(answer.status).toBe(status);
      expect(answer.headers.get("location")).toBe(to);
    }
    // Only the three requests sent: no redirect followed.
    expect(server.received.slice(before).map((got) => got.target.split("?")[0])).toEqual(["/redirect", "/redirect", "/redirect"]);
    verifyFromWire(server.origin, server.received.at(-1) as Captured);
  });
});

describe("createSignerMiddleware given a Request whose body was already read", () => {
  it.each([
    ["main entry", createSignerMiddleware],
    ["browser entry", browser.createSignerMiddleware],
  ])("refuses it as INVALID_REQUEST on body (%s)", async (_, createSignerMiddleware) => {
    const request = new Request("https://ims.example.com/v2/cloudimages/action", { method: "POST", body: "{}" });
    await request.text();
    await expect(createSignerMiddleware(credentials).onRequest({ request })).rejects.toMatchObject({
      name: "SignerError",
      code: "INVALID_REQUEST",
      field: "body",
      message: "body has an unsupported type",
    });
  });
});
