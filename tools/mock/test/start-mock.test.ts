import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockStartError, mockableSpec, startMock, startProxy } from "../src/index.js";
import { alive, childrenOf, scratchTmp, waitUntil } from "./support.js";

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** process.env.TMPDIR = value, where undefined must delete it rather than set "undefined". */
function setTmpdir(value: string | undefined): void {
  if (value === undefined) delete process.env["TMPDIR"];
  else process.env["TMPDIR"] = value;
}

/** A loopback server holding a port, as a second `pnpm mock` would. */
async function holdPort(host = "127.0.0.1"): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, host, resolve));
  return { server, port: (server.address() as { port: number }).port };
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

  it("refuses a ready timeout that is not a usable number of milliseconds, before starting anything", async () => {
    // setTimeout fires at once for NaN, Infinity or more than 2^31 - 1 ms: "did not start within NaN ms".
    const tmp = scratchTmp();
    const before = process.env["TMPDIR"];
    setTmpdir(tmp.dir);
    try {
      for (const readyTimeoutMs of [NaN, 0, -1, Infinity, 2 ** 31, "30000"]) {
        const err = await startMock({ readyTimeoutMs: readyTimeoutMs as number }).catch((e: unknown) => e);
        expect(err, String(readyTimeoutMs)).toBeInstanceOf(MockStartError);
        expect(err).toMatchObject({ code: "BAD_OPTION", message: expect.stringMatching(/^readyTimeoutMs must be a number of milliseconds from 1 to 2147483647, got /) });
      }
      expect(tmp.leftovers()).toEqual([]);
    } finally {
      setTmpdir(before);
      tmp.remove();
    }
  });

  it("says in a MockStartError that the temporary directory cannot be written, and starts nothing", async () => {
    const before = process.env["TMPDIR"];
    setTmpdir("/nonexistent-imsjs-tmp");
    try {
      const err = await startMock().then(async (mock) => (await mock.stop(), mock), (e: unknown) => e);
      // It was fs's own ENOENT error: no code to act on, and a stack from `pnpm mock`.
      expect(err).toBeInstanceOf(MockStartError);
      expect(err).toMatchObject({
        code: "TMPDIR_UNWRITABLE",
        message: expect.stringMatching(/^cannot write the spec copy under \/nonexistent-imsjs-tmp \(ENOENT: .*\); set TMPDIR to a writable directory$/),
      });
    } finally {
      setTmpdir(before);
    }
  });

  it("reports a broken spec with Prism's own words, in one line", async () => {
    const err = await startMock({ spec: fixture("broken.json") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MockStartError);
    expect((err as MockStartError).code).toBe("PRISM_FAILED");
    expect((err as MockStartError).message).toMatch(/^Prism refused to start: .*"#\/components\/responses\/Missing" does not exist$/);
    expect((err as MockStartError).log.join("\n")).toMatch(/does not exist/);
  });

  it("reports Prism dying on its own through `exited`, and removes the spec copy", async () => {
    const mock = await startMock();
    process.kill(mock.pid, "SIGKILL");
    expect(await mock.exited).toEqual({ code: null, signal: "SIGKILL", stopped: false });
    expect(existsSync(mock.spec)).toBe(false);
    const other = await startMock();
    await other.stop();
    expect(await other.exited).toMatchObject({ stopped: true });
  });

  it("serves on IPv6 loopback with a bracketed URL where the machine has one", async () => {
    const ipv6 = await holdPort("::1").then(
      ({ server }) => new Promise<boolean>((resolve) => server.close(() => resolve(true))),
      () => false,
    );
    const tmp = scratchTmp();
    const saved = process.env["TMPDIR"];
    setTmpdir(tmp.dir);
    try {
      const started = await startMock({ host: "::1" }).catch((e: unknown) => e);
      if (ipv6) {
        const mock = started as Awaited<ReturnType<typeof startMock>>;
        try {
          expect(mock.url).toBe(`http://[::1]:${mock.port}`);
          expect((await fetch(`${mock.url}/v2/cloudimages`, { headers: { "X-Auth-Token": "t" } })).status).toBe(200);
        } finally {
          await mock.stop();
        }
      } else {
        expect(started).toBeInstanceOf(MockStartError);
      }
      expect(tmp.leftovers()).toEqual([]);
    } finally {
      setTmpdir(saved);
      tmp.remove();
    }
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

  // Prism is still starting then, and its next log line meets a closed pipe.
  it.each(["SIGKILL", "SIGTERM"] as const)("leaves nothing behind when its parent gets %s while Prism starts", async (signal) => {
    const tmp = scratchTmp();
    try {
      const dist = new URL("../dist/index.js", import.meta.url).pathname;
      const parent = spawn(process.execPath, ["--input-type=module", "-e", `await (await import(${JSON.stringify(dist)})).startMock();`], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, TMPDIR: tmp.dir },
      });
      expect(await waitUntil(() => childrenOf(parent.pid!).length > 0 && tmp.leftovers().length > 0, 10000)).toBe(true);
      const [prismPid] = childrenOf(parent.pid!);
      parent.kill(signal);
      expect(await waitUntil(() => !alive(prismPid!) && tmp.leftovers().length === 0, 8000)).toBe(true);
    } finally {
      tmp.remove();
    }
  });
});

describe("start-up failures", () => {
  let tmp: ReturnType<typeof scratchTmp>;
  const saved = process.env["TMPDIR"];
  beforeEach(() => {
    tmp = scratchTmp();
    setTmpdir(tmp.dir);
  });
  afterEach(() => {
    setTmpdir(saved);
    tmp.remove();
  });

  async function refusal(start: Promise<unknown>): Promise<MockStartError> {
    const err = await start.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MockStartError);
    // One line: the cause; Prism's output stays on the error.
    expect((err as MockStartError).message).not.toContain("\n");
    // Whatever failed, nothing is left: no spec copy, no Prism.
    expect(tmp.leftovers()).toEqual([]);
    return err as MockStartError;
  }

  it("refuses a spec split over files, which the copy it would serve cannot reach, and says to bundle it", async () => {
    // Prism read the copy in a temporary directory and said "Error opening file /tmp/imsjs-mock-…/paths/things.yaml".
    const err = await refusal(startMock({ spec: fixture("multi-file/openapi.yaml") }));
    expect(err.code).toBe("SPEC_INVALID");
    expect(err.message).toBe(
      `spec ${fixture("multi-file/openapi.yaml")} refers to other files ($ref "./paths/things.yaml"); serve it bundled into one file, as @imsjs/openapi/openapi.json is (pnpm generate)`,
    );
  });

  it("names a spec that does not exist", async () => {
    const err = await refusal(startMock({ spec: fixture("nowhere.json") }));
    expect(err.code).toBe("SPEC_UNREADABLE");
    expect(err.message).toBe(`spec ${fixture("nowhere.json")} does not exist`);
  });

  it("says a .json spec is not JSON, and that YAML needs its own name", async () => {
    const err = await refusal(startMock({ spec: fixture("yaml-named-json.json") }));
    expect(err.code).toBe("SPEC_INVALID");
    expect(err.message).toMatch(/is not valid JSON: .*\(a YAML spec needs a \.yaml or \.yml name\)$/);
  });

  it("serves a YAML spec, as Prism would", async () => {
    const mock = await startMock({ spec: createRequire(import.meta.url).resolve("@imsjs/openapi/openapi.yaml") });
    try {
      expect((await fetch(`${mock.url}/v2/cloudimages`, { headers: { "X-Auth-Token": "t" } })).status).toBe(200);
    } finally {
      await mock.stop();
    }
    expect(tmp.leftovers()).toEqual([]);
  });

  it("names the port and the cause when the port is taken", async () => {
    const { server, port } = await holdPort();
    try {
      const err = await refusal(startMock({ port }));
      expect(err.code).toBe("PORT_IN_USE");
      expect(err.message).toBe(`port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`);
      expect(err.log.join("\n")).toContain("EADDRINUSE");
    } finally {
      server.close();
    }
  });

  it("says to run pnpm install when Prism is not installed", async () => {
    // The launcher, copied where no node_modules can be found.
    const lone = path.join(tmp.dir, "lone");
    mkdirSync(lone);
    for (const file of ["index.js", "lines.js"]) copyFileSync(new URL(`../dist/${file}`, import.meta.url), path.join(lone, file));
    const script = `try { await (await import(${JSON.stringify(path.join(lone, "index.js"))})).startMock({ spec: ${JSON.stringify(fixture("broken.json"))} }); } catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message })); }`;
    // Without NODE_PATH, which pnpm's bin shims point at the store's hoisted packages.
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp.dir };
    delete env["NODE_PATH"];
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"], env });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.once("close", resolve));
    expect(JSON.parse(out)).toEqual({ name: "MockStartError", code: "PRISM_MISSING", message: "Prism (@stoplight/prism-cli) is not installed; run `pnpm install`" });
    expect(tmp.leftovers()).toEqual([]);
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

  it("checks a Glance JSON patch as JSON and forwards it under its own media type", async () => {
    const mock = await startMock();
    const proxy = await startProxy({ upstream: mock.url });
    try {
      // The upstream mock answers 200 only to the vendor type, so a 200 means it arrived as sent.
      const res = await fetch(`${proxy.url}/v2/images/33ad552d-1149-471c-8190-ff6776174a00`, {
        method: "PATCH",
        headers: { "X-Auth-Token": "t", "Content-Type": "application/openstack-images-v2.1-json-patch" },
        body: JSON.stringify([{ op: "replace", path: "/name", value: "test01" }]),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("sl-violations")).toBeNull();
    } finally {
      await proxy.stop();
      await mock.stop();
    }
  });

  it("refuses an upstream that is not an http(s) URL", async () => {
    await expect(startProxy({ upstream: "ftp://example" })).rejects.toBeInstanceOf(MockStartError);
    await expect(startProxy({ upstream: "nowhere" })).rejects.toThrow(/absolute http\(s\) URL/);
  });
});

describe("startProxy and credentials in the upstream URL", () => {
  it("refuses user:password@ in the upstream, and never repeats the password", async () => {
    // Prism puts the upstream in its command line and in a log line for every call it forwards.
    for (const upstream of [
      "https://user:S3CRET-pw@ims.ap-southeast-1.myhuaweicloud.com",
      "ftp://user:S3CRET-pw@example",
      "http://user:S3CRET-pw@exa mple",
      // Not URLs with a password once parsed, so only the text says where the password is.
      "http://user:S3CRET/pw@127.0.0.1:1/",
      "http://user:S3CRET?pw@127.0.0.1:1/",
      "http://user:S3CRET#pw@127.0.0.1:1/",
      "user:S3CRET-pw@host",
      "http://user:S3CRET@pw@127.0.0.1:1/",
      // A line break before the password: the text is still no URL, and still holds it.
      "x\nuser:S3CRET-pw@host",
      "http://h\nuser:S3CRET-pw@127.0.0.1:1/",
    ]) {
      // A proxy that did start is stopped at once, so that a failure here leaves no Prism behind.
      const err = await startProxy({ upstream }).then(async (proxy) => (await proxy.stop(), proxy), (e: unknown) => e);
      expect(err, upstream).toBeInstanceOf(MockStartError);
      expect(err).toMatchObject({ code: "BAD_OPTION" });
      expect((err as Error).message).not.toContain("S3CRET");
    }
    const err = await startProxy({ upstream: "https://user:S3CRET-pw@ims.example.com" }).then(async (proxy) => (await proxy.stop(), proxy), (e: unknown) => e);
    expect((err as Error).message).toMatch(/^upstream must not carry a user name or password/);
  });
});

describe("Glance's JSON-patch media types", () => {
  // IMS takes PATCH /v2/images/{image_id} only as a vendor JSON patch and refuses a plain JSON
  // body with 415: the mock must answer the same, or code written against it sends the wrong type.
  const at = "/v2/images/33ad552d-1149-471c-8190-ff6776174a00";
  const patch = (url: string, type: string, body: unknown): Promise<Response> =>
    fetch(`${url}${at}`, { method: "PATCH", headers: { "X-Auth-Token": "t", "Content-Type": type }, body: JSON.stringify(body) });
  const v21 = [{ op: "replace", path: "/name", value: "test01" }];
  const v20 = [{ replace: "/name", value: "test01" }];
  const spec = createRequire(import.meta.url)("@imsjs/openapi/openapi.json") as { components: { examples: Record<string, { value: unknown }> } };
  const renamed = spec.components.examples["glanceUpdateImage_renamed"]!.value;

  it("answers each vendor type with its documented 200, refuses application/json with 415, and checks the patch", async () => {
    const mock = await startMock();
    try {
      for (const [type, body] of [["application/openstack-images-v2.1-json-patch", v21], ["application/openstack-images-v2.0-json-patch", v20]] as const) {
        const res = await patch(mock.url, type, body);
        expect(res.status, `${type}: ${res.headers.get("sl-violations")}`).toBe(200);
        expect(await res.json()).toEqual(renamed);
      }
      const plain = await patch(mock.url, "application/json", v21);
      expect(plain.status).toBe(415);
      expect(plain.headers.get("sl-violations")).toContain("Supported content types: application/openstack-images-v2.1-json-patch,application/openstack-images-v2.0-json-patch");
      // Each body is still held to its own schema: a v2.0 item is no v2.1 operation, a bad op is named.
      const crossed = await patch(mock.url, "application/openstack-images-v2.1-json-patch", v20);
      expect(crossed.status).toBe(400);
      const badOp = await patch(mock.url, "application/openstack-images-v2.1-json-patch", [{ op: "move", path: "/name", value: "x" }]);
      expect(badOp.status).toBe(400);
      expect(badOp.headers.get("sl-violations")).toMatch(/op must be equal to one of the allowed values/);
      const notJson = await fetch(`${mock.url}${at}`, { method: "PATCH", headers: { "X-Auth-Token": "t", "Content-Type": "application/openstack-images-v2.1-json-patch" }, body: "[{" });
      expect(notJson.status).toBe(400);
    } finally {
      await mock.stop();
    }
  });
});

describe("mockableSpec", () => {
  it("documents a 415 only where no body is JSON and none is documented, leaving the original untouched", () => {
    const op = (types: string[], responses: Record<string, unknown> = { "400": {} }) => ({
      requestBody: { content: Object.fromEntries(types.map((t) => [t, {}])) },
      responses: { ...responses },
    });
    const doc = {
      paths: {
        "/patch": { parameters: [], patch: op(["application/openstack-images-v2.1-json-patch", "application/openstack-images-v2.0-json-patch"]) },
        "/file": { put: op(["application/octet-stream"]), get: { responses: { "200": {} } } },
        "/json": { post: op(["application/json"]) },
        "/own": { put: op(["application/octet-stream"], { "415": { description: "theirs" } }) },
      },
    };
    type Paths = Record<string, Record<string, { responses: Record<string, { description?: string }> }>>;
    const copy = (mockableSpec(doc) as { paths: Paths }).paths;
    expect(Object.keys(copy["/patch"]!["patch"]!.responses)).toEqual(["400", "415"]);
    expect(Object.keys(copy["/file"]!["put"]!.responses)).toEqual(["400", "415"]);
    expect(Object.keys(copy["/file"]!["get"]!.responses)).toEqual(["200"]);
    expect(Object.keys(copy["/json"]!["post"]!.responses)).toEqual(["400"]);
    expect(copy["/own"]!["put"]!.responses["415"]!.description).toBe("theirs");
    expect(Object.keys(doc.paths["/patch"].patch.responses)).toEqual(["400"]);
  });
});
