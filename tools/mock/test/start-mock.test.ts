import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MockStartError, mockableSpec, startMock, startProxy } from "../src/index.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe("startMock", () => {
  it("serves the IMS spec on a free loopback port and stops cleanly", async () => {
    const mock = await startMock();
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.port).toBeGreaterThan(0);
      expect(existsSync(mock.spec)).toBe(true);
      const res = await fetch(`${mock.url}/v2/cloudimages`, { headers: { "X-Auth-Token": "t" } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { images: unknown[] };
      expect(Array.isArray(body.images)).toBe(true);
      // Prism enforces the spec's security: no credential, no answer.
      const anon = await fetch(`${mock.url}/v2/cloudimages`);
      expect(anon.status).toBe(401);
    } finally {
      await mock.stop();
    }
    await expect(fetch(`${mock.url}/v2/cloudimages`)).rejects.toThrow();
    expect(existsSync(mock.spec)).toBe(false);
    await mock.stop();
  });

  it("two mocks run side by side on different ports", async () => {
    const [a, b] = await Promise.all([startMock(), startMock()]);
    try {
      expect(a.port).not.toBe(b.port);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("refuses non-loopback hosts and bad ports before starting anything", async () => {
    await expect(startMock({ host: "0.0.0.0" })).rejects.toBeInstanceOf(MockStartError);
    await expect(startMock({ port: 70000 })).rejects.toThrow(/port/);
  });

  it("reports a broken spec with Prism's own words", async () => {
    const err = await startMock({ spec: new URL("./fixtures/broken.json", import.meta.url).pathname }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MockStartError);
    expect((err as MockStartError).log.join("\n")).toMatch(/does not exist/);
  });

  it("leaves no Prism and no spec copy behind when its parent is killed outright", async () => {
    const dist = new URL("../dist/index.js", import.meta.url).pathname;
    const script = `const { startMock } = await import(${JSON.stringify(dist)}); const m = await startMock(); console.log("PRISM " + m.pid + " " + JSON.stringify(m.spec)); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    const [prismPid, spec] = await new Promise<[number, string]>((resolve, reject) => {
      parent.stdout.on("data", (chunk: Buffer) => {
        const m = /PRISM (\d+) (".*")/.exec(chunk.toString());
        if (m) resolve([Number(m[1]), JSON.parse(m[2]!) as string]);
      });
      parent.once("exit", () => reject(new Error("parent exited before Prism was ready")));
    });
    expect(alive(prismPid)).toBe(true);
    expect(existsSync(spec)).toBe(true);
    // SIGKILL: no exit handler of the parent can run, only the watchdog inside Prism.
    parent.kill("SIGKILL");
    expect(await waitUntil(() => !alive(prismPid), 5000)).toBe(true);
    expect(existsSync(spec)).toBe(false);
  });
});

describe("startProxy", () => {
  it("forwards to a loopback upstream and stops cleanly", async () => {
    const mock = await startMock();
    const proxy = await startProxy({ upstream: mock.url });
    try {
      const res = await fetch(`${proxy.url}/v2/cloudimages`, { headers: { "X-Auth-Token": "t" } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { images: unknown[] }).images.length).toBeGreaterThan(0);
    } finally {
      await proxy.stop();
      await mock.stop();
    }
    expect(alive(proxy.pid)).toBe(false);
  });

  it("refuses an upstream that is not an http(s) URL", async () => {
    await expect(startProxy({ upstream: "ftp://example" })).rejects.toBeInstanceOf(MockStartError);
    await expect(startProxy({ upstream: "nowhere" })).rejects.toThrow(/absolute http\(s\) URL/);
  });
});

describe("mockableSpec", () => {
  it("lets Prism read vendor JSON-patch bodies as JSON, leaving the original untouched", () => {
    const doc = {
      paths: {
        "/v2/images/{image_id}": {
          patch: { requestBody: { content: { "application/openstack-images-v2.1-json-patch": { schema: { type: "array" } } } } },
        },
      },
    };
    const copy = mockableSpec(doc) as typeof doc & { paths: Record<string, { patch: { requestBody: { content: Record<string, unknown> } } }> };
    const content = copy.paths["/v2/images/{image_id}"]!.patch.requestBody.content;
    expect(Object.keys(content)).toEqual(["application/openstack-images-v2.1-json-patch", "application/json"]);
    expect(Object.keys(doc.paths["/v2/images/{image_id}"].patch.requestBody.content)).toHaveLength(1);
  });
});
