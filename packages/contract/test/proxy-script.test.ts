import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const script = new URL("../scripts/proxy.mjs", import.meta.url).pathname;
const upstream = createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  // Two violations on the list; the quota answer is what the contract says.
  if (req.url?.startsWith("/v2/cloudimages")) res.end(JSON.stringify({ images: [{ id: "x", name: 5 }] }));
  else res.end(JSON.stringify({ quotas: { resources: [{ type: "image", used: 1, quota: 100, min: 1, max: 100 }] } }));
});
let upstreamUrl: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => upstream.close(resolve)));

/** `pnpm contract:proxy`, then a call through it, then Prism killed as the OOM killer would. */
async function prismDiesAfter(path: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [script, "--upstream", upstreamUrl, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  try {
    await vi.waitFor(() => expect(out).toMatch(/contract proxy \(Prism\) at/), { timeout: 30_000 });
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
    await (await fetch(`${url}${path}`, { headers: { "X-Auth-Token": "t" } })).arrayBuffer();
    // Prism logs what it saw after it answered.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const prism = Number(execFileSync("ps", ["-o", "pid=", "--ppid", String(child.pid)], { encoding: "utf8" }).trim());
    process.kill(prism, "SIGKILL");
    return { code: await exited, out, err };
  } finally {
    child.kill("SIGKILL");
  }
}

describe("contract:proxy when Prism dies under it", () => {
  it("prints the count and exits 1 when there were violations", async () => {
    const run = await prismDiesAfter("/v2/cloudimages");
    expect(run.code).toBe(1);
    expect(run.err).toBe("contract:proxy: Prism exited unexpectedly (signal SIGKILL); the proxy is down.\n");
    expect(run.out).toMatch(/\n2 violation\(s\) in 1 call\(s\)\n$/);
  }, 60_000);

  it("exits 3 when there were none", async () => {
    const run = await prismDiesAfter("/v1/cloudimages/quota");
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/\n0 violation\(s\) in 0 call\(s\)\n$/);
  }, 60_000);
});

describe("contract:proxy --port", () => {
  it.each([
    ["--port 0x10", ["--port", "0x10"], {}],
    ["--port 1e3", ["--port", "1e3"], {}],
    ["an empty --port", ["--port", ""], {}],
    ["IMS_PROXY_PORT=abc", [], { IMS_PROXY_PORT: "abc" }],
  ])("refuses %s before starting Prism, as pnpm mock refuses such an IMS_MOCK_PORT", (_name, args, env) => {
    // Number() took hex and exponents (a proxy on port 16 or 1000) and "" as 0, a random port.
    const run = spawnSync(process.execPath, [script, "--upstream", upstreamUrl, ...args], {
      encoding: "utf8",
      env: { ...process.env, IMS_PROXY_PORT: undefined, ...env },
      timeout: 15_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^contract:proxy: --port \(or IMS_PROXY_PORT\) must be a port number from 0 to 65535 \(0: any free port\), got "/);
    expect(run.stdout).toBe("");
  }, 20_000);
});
