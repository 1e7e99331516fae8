import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error: plain ESM script without types
import { parseLocation, startContractProxy } from "../scripts/prism-proxy.mjs";

interface ProxyViolation {
  call: string;
  direction: string;
  location: string;
  pointer: string;
  message: string;
}
interface Proxy {
  url: string;
  pid: number;
  violations: ProxyViolation[];
  stop(): Promise<void>;
}

// The upstream stands in for IMS on loopback and answers with shapes the contract forbids.
let upstream: Server;
let upstreamUrl: string;
let proxy: Proxy;
const seenTokens: string[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seenTokens.push(String(req.headers["x-auth-token"]));
    res.setHeader("content-type", "application/json");
    if (req.url?.startsWith("/v2/cloudimages")) res.end(JSON.stringify({ images: [{ id: "x", name: 5 }] }));
    else {
      res.statusCode = 202;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  proxy = (await startContractProxy({ upstream: upstreamUrl })) as Proxy;
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe("contract proxy (Prism proxy mode)", () => {
  it("passes the upstream answer through and reports its violations", async () => {
    const res = await fetch(`${proxy.url}/v2/cloudimages?limit=2`, { headers: { "X-Auth-Token": "t0ken" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ images: [{ id: "x", name: 5 }] });
    expect(seenTokens).toContain("t0ken");
    await vi.waitFor(() => expect(proxy.violations.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    expect(proxy.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ call: "GET /v2/cloudimages", direction: "response", location: "body", pointer: "/images/0" }),
        expect.objectContaining({ call: "GET /v2/cloudimages", direction: "response", location: "body", pointer: "/images/0/name" }),
      ]),
    );
  }, 30_000);

  it("reports an undocumented status", async () => {
    const res = await fetch(`${proxy.url}/v1/cloudimages/job/abc`, { headers: { "X-Auth-Token": "t0ken" } });
    expect(res.status).toBe(202);
    await vi.waitFor(() => expect(proxy.violations.some((v) => v.call === "GET /v1/cloudimages/job/abc")).toBe(true), { timeout: 10_000 });
    expect(proxy.violations.find((v) => v.call === "GET /v1/cloudimages/job/abc")!.message).toMatch(/Unable to match the returned status code/);
  }, 30_000);

  it("binds loopback only and maps Prism locations to pointers", async () => {
    await expect(startContractProxy({ upstream: upstreamUrl, host: "0.0.0.0" })).rejects.toThrow(/loopback/);
    await expect(startContractProxy({ upstream: "ftp://x" })).rejects.toThrow(/http\(s\) URL/);
    expect(parseLocation("request.query.limit")).toEqual({ direction: "request", location: "query", pointer: "/limit" });
  });

  it("records every violation when Prism's output reaches us in reads that cut lines", async () => {
    // 1,800 violation lines, 150-odd bytes each. The server below holds this process busy while
    // Prism logs them: its pipe fills, and each read then ends wherever 64 KiB did.
    const images = Array.from({ length: 300 }, (_, i) => ({ id: i, name: 42, status: 7, visibility: false, __imagetype: 1, min_disk: "x" }));
    const busy = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ images }), () => {
        const until = Date.now() + 2000;
        while (Date.now() < until);
      });
    });
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const lines: string[] = [];
    const heavy = (await startContractProxy({ upstream: `http://127.0.0.1:${(busy.address() as AddressInfo).port}`, onLog: (line: string) => lines.push(line) })) as Proxy;
    try {
      const started = lines.length;
      await (await fetch(`${heavy.url}/v2/cloudimages`, { headers: { "X-Auth-Token": "t" } })).arrayBuffer();
      await vi.waitFor(() => expect(lines.filter((line) => line.includes("Violation:")).length).toBeGreaterThanOrEqual(1800), { timeout: 20_000 });
      expect(heavy.violations).toHaveLength(1800);
      // Every line is one of Prism's, whole: none starts anywhere but at its timestamp.
      expect(lines.slice(started).filter((line) => !line.startsWith("["))).toEqual([]);
    } finally {
      await heavy.stop();
      await new Promise((resolve) => busy.close(resolve));
    }
  }, 60_000);

  it("leaves no Prism behind", async () => {
    const extra = (await startContractProxy({ upstream: upstreamUrl })) as Proxy;
    await extra.stop();
    expect(() => process.kill(extra.pid, 0)).toThrow();
  }, 60_000);
});
