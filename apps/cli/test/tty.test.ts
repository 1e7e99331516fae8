import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { baseEnv, ims } from "./support/run.js";
import { inPty } from "./support/pty.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SK = "SK-TYPED-SECRET-998877";

describe("on a real terminal", () => {
  it("ims configure asks for each setting and does not echo the secret key", async () => {
    const env = baseEnv();
    const r = await inPty(["configure"], env, [
      ["Region (e.g. ap-southeast-1): ", "ap-southeast-1"],
      ["Project ID: ", "0b1e494e2660441a957313163095fe5c"],
      ["Access key (AK): ", "HPUAEXAMPLE"],
      ["Secret key (SK): ", SK],
    ]);
    expect(r.code).toBe(0);
    expect(r.output).toContain("Region (e.g. ap-southeast-1): ap-southeast-1");
    expect(r.output).toContain("Access key (AK): HPUAEXAMPLE");
    expect(r.output).not.toContain(SK);
    expect(readFileSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"), "utf8")).toContain(`secret_key = ${SK}`);
  });

  it("Ctrl-C at a question of ims configure writes nothing and exits 130", async () => {
    const env = baseEnv();
    expect((await ims(["configure", "set", "region", "ap-southeast-1"], { env })).code).toBe(0);
    const before = readFileSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"), "utf8");
    const r = await inPty(["configure"], env, [
      ["Region (e.g. ap-southeast-1) [ap-southeast-1]: ", "cn-typo-9"],
      ["Project ID: ", { key: "\x03" }],
    ]);
    expect(r.code).toBe(130);
    expect(r.output).toMatch(/Project ID: \r?\nStopped; profile "default" was not saved\./);
    expect(readFileSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"), "utf8")).toBe(before);
  });

  it("Ctrl-C at the hidden secret key question writes nothing either", async () => {
    const env = baseEnv();
    const r = await inPty(["configure"], env, [
      ["Region (e.g. ap-southeast-1): ", "ap-southeast-1"],
      ["Project ID: ", "p1"],
      ["Access key (AK): ", "HPUAEXAMPLE"],
      ["Secret key (SK): ", { key: "\x03" }],
    ]);
    expect(r.code).toBe(130);
    expect(existsSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"))).toBe(false);
  });

  it("Ctrl-D (end of input) before the last question of ims configure writes nothing either", async () => {
    const env = baseEnv();
    expect((await ims(["configure", "set", "region", "ap-southeast-1"], { env })).code).toBe(0);
    const before = readFileSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"), "utf8");
    const r = await inPty(["configure"], env, [
      ["Region (e.g. ap-southeast-1) [ap-southeast-1]: ", "cn-typo-9"],
      ["Project ID: ", { key: "\x04" }],
    ]);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/Project ID: \r?\n.*ims: error:.* cancelled; profile "default" was not saved/);
    expect(readFileSync(join(env["XDG_CONFIG_HOME"]!, "imsjs", "config"), "utf8")).toBe(before);
  });

  it("Ctrl-C at a confirmation exits 130 and sends nothing", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const env = baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-tty-1234" });
    const r = await inPty(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], env, [["[y/N] ", { key: "\x03" }]]);
    expect(r.code).toBe(130);
    expect(r.output).toContain("Stopped; nothing was changed.");
    expect(server.requests).toHaveLength(0);
  });

  // readline leaves the terminal in raw mode when it pauses, where Ctrl-C is a key no one reads:
  // after a question, Ctrl-C did nothing until IMS answered (up to the client's 120 s).
  it("Ctrl-C after a question is answered still stops the command (exit 130) while IMS has not answered", async () => {
    server = await fakeIms(() => new Promise(() => undefined));
    const env = baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-tty-1234" });
    const started = Date.now();
    const r = await inPty(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--debug"], env, [
      ["[y/N] ", "y"],
      ["debug: > DELETE", { key: "\x03" }],
    ]);
    expect(r.output).toContain("debug: > DELETE");
    expect(r.code).toBe(130);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("a destructive command asks, and a no sends nothing", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const env = baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-tty-1234" });
    const r = await inPty(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], env, [["[y/N] ", "n"]]);
    expect(r.code).toBe(1);
    expect(r.output).toContain("Delete image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d? [y/N] n");
    expect(r.output).toContain("cancelled; nothing was changed");
    expect(server.requests).toHaveLength(0);
  });

  it("prints a coloured table by default", async () => {
    server = await fakeIms(() => ({ body: { images: [{ id: "i-1", name: "web", status: "active" }] } }));
    const r = await inPty(["images", "list"], baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-tty-1234" }), []);
    expect(r.code).toBe(0);
    expect(r.output).toContain("\u001b[1mID");
    expect(r.output).toContain("\u001b[32mactive");
  });
});
