import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, baseEnv, tempHome } from "./support/run.js";

// dist/cli/ims.js loads the bundled CLI from V8 code cache made at build time (scripts/ims-loader.cjs);
// the cache is an optimisation only: without it, or with one V8 refuses, the CLI behaves the same.

const DIST = dirname(BIN);

function runNode(args: string[]) {
  const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "tok-SECRET-0123" });
  return spawnSync(process.execPath, args, { env, encoding: "utf8" });
}

const COMMANDS = [["--help"], ["images", "list", "--type", "private", "--dry-run"], ["-o", "json", "images", "create", "--name", "w", "--instance-id", "i", "--dry-run"], ["images", "list", "--output", "bogus"]];

describe("the ims binary", () => {
  it("runs its bundles from the build's code cache, which this Node accepts", () => {
    const probe = `const { load, scripts } = require(${JSON.stringify(BIN)});
      load("main.cjs"); load("client.cjs");
      console.log(JSON.stringify([...scripts].map(([f, s]) => [require("node:path").basename(f), s.cachedDataRejected])));`;
    const r = runNode(["-e", probe]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      ["main.cjs", false],
      ["client.cjs", false],
    ]);
  });

  it("loads a library bundle once, through the same cache, when a command first needs it", () => {
    const probe = `const { load, scripts } = require(${JSON.stringify(BIN)});
      const a = load("client.cjs"); const b = load("client.cjs");
      console.log(a === b, typeof a.createImsClient, scripts.size);`;
    const r = runNode(["-e", probe]);
    expect(r.stdout.trim()).toBe("true function 1");
  });

  it.each([
    ["no code cache", (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".cache")).forEach((f) => rmSync(join(dir, f)))],
    ["a code cache V8 refuses", (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".cache")).forEach((f) => writeFileSync(join(dir, f), "not a code cache"))],
  ])("with %s, every command gives the same output and exit code", (_, spoil) => {
    const copy = join(tempHome(), "cli");
    cpSync(DIST, copy, { recursive: true });
    spoil(copy);
    for (const args of COMMANDS) {
      const want = runNode([BIN, ...args]);
      const got = runNode([join(copy, "ims.js"), ...args]);
      expect(got.status, args.join(" ")).toBe(want.status);
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
    }
  });
});
