// What fetch (undici) puts on the wire must verify: each request is signed, sent to a loopback server
// and its signature recomputed from what the server read, with plain node:crypto and the guide's
// rules written out here (the test URLs need no percent-encoding), not with this package.
import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as browser from "../src/browser/index.js";
import { signSync, type SignRequest } from "../src/index.js";
import { captureServer, type Captured } from "./support/capture-server.js";

const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-example-0123456789abcdefghijklmnopqrstuv" };
const date = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));

function verifies(got: Captured): boolean {
  const authorization = String(got.headers.authorization);
  const names = (/SignedHeaders=([^,]+)/.exec(authorization)?.[1] ?? "").split(";");
  const [path = "", query = ""] = got.target.split("?");
  const canonical = [
    got.method,
    path.endsWith("/") ? path : path + "/",
    query.split("&").filter(Boolean).sort().join("&"),
    ...names.map((name) => `${name}:${got.headers[name] as string}`),
    "",
    names.join(";"),
    createHash("sha256").update(got.body).digest("hex"),
  ].join("\n");
  const stringToSign = `SDK-HMAC-SHA256\n${got.headers["x-sdk-date"] as string}\n${createHash("sha256").update(canonical, "latin1").digest("hex")}`;
  return authorization.endsWith(`Signature=${createHmac("sha256", credentials.sk).update(stringToSign).digest("hex")}`);
}

describe("the signature verifies against what fetch sends", () => {
  let server: Awaited<ReturnType<typeof captureServer>>;
  beforeAll(async () => {
    server = await captureServer();
  });
  afterAll(() => server.close());

  const cases: [string, (origin: string) => SignRequest][] = [
    // Sent as one line "X-A: a, ", which the server reads as "a,".
    ["a repeated header whose last value is empty", (origin) => ({ method: "GET", url: origin + "/v1/x?b=1&a=2", headers: { "X-A": "a", "x-a": "" } })],
    ["the same as a Headers object", (origin) => ({ method: "GET", url: origin + "/v1/x", headers: new Headers([["X-A", "a"], ["X-A", " "], ["X-B", ""], ["X-B", "b"]]) })],
  ];
  const send = async (request: SignRequest, headers: Record<string, string>) => {
    server.received.length = 0;
    await (await fetch(request.url, { method: request.method, headers, body: request.body as string | undefined })).arrayBuffer();
    return server.received[0] as Captured;
  };

  it.each(cases)("%s, from both entries", async (_, make) => {
    for (const signer of [signSync, browser.sign]) {
      const request = make(server.origin);
      const got = await send(request, await signer(request, credentials, { date }));
      expect(verifies(got)).toBe(true);
    }
  });

  it("a Set-Cookie given twice in a Headers object: the main entry returns it joined, as signed", async () => {
    // Headers lists each set-cookie apart (forEach, iteration) and joins them only in get().
    const request: SignRequest = { method: "GET", url: server.origin + "/v1/x", headers: new Headers([["Set-Cookie", "a=1"], ["X-A", "x"], ["Set-Cookie", "b=2"], ["set-cookie", ""]]) };
    const headers = signSync(request, credentials, { date });
    expect(headers["set-cookie"]).toBe("a=1, b=2, ");
    expect(verifies(await send(request, headers))).toBe(true);
  });

  it("a Host other than the URL's: fetch sends the URL's, which the browser entry signs (the main entry refuses it)", async () => {
    const request: SignRequest = { method: "POST", url: server.origin + "/v1/x", headers: { Host: "ims.example.com", "Content-Type": "application/json" }, body: "{}" };
    expect(() => signSync(request, credentials, { date })).toThrow(/^headers\.Host /);
    const headers = await browser.sign(request, credentials, { date });
    expect(headers.Host).toBe("ims.example.com");
    const got = await send(request, headers);
    expect(got.headers.host).toBe(new URL(server.origin).host);
    expect(verifies(got)).toBe(true);
  });
});
