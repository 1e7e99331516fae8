import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, baseEnv, tempHome } from "./support/run.js";

// dist/cli/ims.js loads the bundled CLI through V8 code cache that its first runs write to the user's
// cache directory (scripts/ims-loader.cjs); the cache is an optimisation only: without it, or with
// one V8 refuses, the CLI behaves the same.

const DIST = dirname(BIN);

function runNode(args: string[], extra: Record<string, string> = {}) {
  const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "tok-SECRET-0123", ...extra });
  return spawnSync(process.execPath, args, { env, encoding: "utf8" });
}

/** Which bundles a process took from the cache in `cacheHome` (false) or compiled (undefined: none given, true: refused). */
function cacheUse(cacheHome: string, bin = BIN): [string, boolean | undefined][] {
  const probe = `const { load, scripts } = require(${JSON.stringify(bin)});
    load("main.cjs"); load("client.cjs");
    console.log(JSON.stringify([...scripts].map(([f, s]) => [require("node:path").basename(f), s.cachedDataRejected ?? null])));`;
  const r = runNode(["-e", probe], { XDG_CACHE_HOME: cacheHome });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as [string, boolean | null][]).map(([f, rejected]) => [f, rejected ?? undefined]);
}

/** Every cache file under a cache home. */
function cacheFiles(cacheHome: string): string[] {
  const root = join(cacheHome, "imsjs", "code-cache");
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((f) => join(root, f))
    .filter((f) => f.endsWith(".cache"));
}

const COMMANDS = [["--help"], ["images", "list", "--type", "private", "--dry-run"], ["-o", "json", "images", "create", "--name", "w", "--instance-id", "i", "--dry-run"], ["images", "list", "--output", "bogus"]];

describe("the ims binary", () => {
  it("ships no code cache: its first run writes one, only the user can read it, and later runs take it", () => {
    expect(readdirSync(DIST).filter((f) => f.endsWith(".cache"))).toEqual([]);
    const cacheHome = tempHome();
    expect(cacheUse(cacheHome)).toEqual([
      ["main.cjs", undefined],
      ["client.cjs", undefined],
    ]);
    const files = cacheFiles(cacheHome);
    expect(files.map((f) => f.split("/").pop()!.split(".")[0])).toEqual(expect.arrayContaining(["main", "client"]));
    for (const file of files) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    }
    expect(cacheUse(cacheHome)).toEqual([
      ["main.cjs", false],
      ["client.cjs", false],
    ]);
  });

  it("takes no cache that someone else could have written", () => {
    const cacheHome = tempHome();
    cacheUse(cacheHome);
    for (const file of cacheFiles(cacheHome)) chmodSync(file, 0o666);
    expect(cacheUse(cacheHome)).toEqual([
      ["main.cjs", undefined],
      ["client.cjs", undefined],
    ]);
    // …and replaces it with its own.
    expect(cacheUse(cacheHome)).toEqual([
      ["main.cjs", false],
      ["client.cjs", false],
    ]);
  });

  // The account lookup is replaced (node --require) so that no test writes to the real account's home.
  function runAsAccount(home: string | undefined, env: Record<string, string>, cwd: string) {
    const preload = join(tempHome(), "account.cjs");
    const lookup =
      home === undefined
        ? `() => { throw Object.assign(new Error("ENOENT: uv_os_get_passwd returned ENOENT"), { code: "ENOENT" }); }`
        : `() => ({ ...real(), homedir: ${JSON.stringify(home)} })`;
    writeFileSync(preload, `const os = require("node:os"); const real = os.userInfo; os.userInfo = ${lookup}; os.homedir = () => { throw new Error("uv_os_homedir returned ENOENT"); };\n`);
    const base = { PATH: process.env["PATH"] ?? "", IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "tok-SECRET-0123", XDG_CONFIG_HOME: join(cwd, "no-config") };
    return spawnSync(process.execPath, ["--require", preload, BIN, "images", "list", "--dry-run"], { cwd, env: { ...base, ...env }, encoding: "utf8" });
  }

  it("keeps no cache in the working directory: a relative XDG_CACHE_HOME or HOME gives way to the account's home", () => {
    const cwd = tempHome();
    const account = tempHome();
    for (const env of [{ HOME: "." }, { HOME: ".", XDG_CACHE_HOME: "cache" }, { HOME: "home" }] as Record<string, string>[]) {
      const r = runAsAccount(account, env, cwd);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("GET http://127.0.0.1:1/v2/cloudimages");
      expect(readdirSync(cwd), JSON.stringify(env)).toEqual([]);
    }
    expect(cacheFiles(join(account, ".cache")).length).toBeGreaterThan(0);
  });

  it("runs without a cache when there is no home at all", () => {
    const cwd = tempHome();
    for (const env of [{}, { HOME: "." }] as Record<string, string>[]) {
      const r = runAsAccount(undefined, env, cwd);
      expect([r.status, r.stderr], JSON.stringify(env)).toEqual([0, ""]);
      expect(r.stdout).toContain("GET http://127.0.0.1:1/v2/cloudimages");
      expect(readdirSync(cwd)).toEqual([]);
    }
  });

  it("loads a library bundle once, through the same cache, when a command first needs it", () => {
    const probe = `const { load, scripts } = require(${JSON.stringify(BIN)});
      const a = load("client.cjs"); const b = load("client.cjs");
      console.log(a === b, typeof a.createImsClient, scripts.size);`;
    const r = runNode(["-e", probe]);
    expect(r.stdout.trim()).toBe("true function 1");
  });

  it("names the files it runs from in stack traces, wherever it is installed, with and without a cache", () => {
    // Another place than the build's, as on a user's machine.
    const installed = join(tempHome(), "node_modules", "@imsjs", "cli", "dist", "cli");
    cpSync(DIST, installed, { recursive: true });
    const cacheHome = tempHome();
    for (const run of ["compiled", "from the cache"]) {
      const r = runNode([join(installed, "ims.js"), "--debug", "images", "list"], { XDG_CACHE_HOME: cacheHome });
      expect(r.status, run).toBe(1);
      const frames = [...r.stderr.matchAll(/^\s+at .*?\(?(\/[^():]+):\d+:\d+\)?$/gm)].map((m) => m[1]!);
      expect(frames.filter((f) => f.endsWith(".cjs")).length, `${run}:\n${r.stderr}`).toBeGreaterThan(2);
      for (const file of frames.filter((f) => !f.startsWith("node:"))) {
        expect(file.startsWith(`${installed}/`), `${run}: ${file}`).toBe(true);
        expect(existsSync(file), `${run}: ${file}`).toBe(true);
      }
    }
    expect(cacheUse(cacheHome, join(installed, "ims.js"))).toEqual([
      ["main.cjs", false],
      ["client.cjs", false],
    ]);
  });

  it.each([
    ["a cache directory it cannot write", (cacheHome: string) => writeFileSync(join(cacheHome, "imsjs"), "a file, not a directory")],
    ["a code cache V8 refuses", (cacheHome: string) => {
      cacheUse(cacheHome);
      for (const file of cacheFiles(cacheHome)) writeFileSync(file, "not a code cache", { mode: 0o600 });
    }],
  ])("with %s, every command gives the same output and exit code", (_, spoil) => {
    const cacheHome = tempHome();
    spoil(cacheHome);
    for (const args of COMMANDS) {
      const want = runNode([BIN, ...args]);
      const got = runNode([BIN, ...args], { XDG_CACHE_HOME: cacheHome });
      expect(got.status, args.join(" ")).toBe(want.status);
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
    }
  });

  it("never runs the cache of an earlier build installed in the same place, even one of the same length", () => {
    const installed = join(tempHome(), "cli");
    cpSync(DIST, installed, { recursive: true });
    const bin = join(installed, "ims.js");
    const cacheHome = tempHome();
    expect(runNode([bin, "--help"], { XDG_CACHE_HOME: cacheHome }).stdout).toContain("The command line for Huawei Cloud");
    // The next build: other text of the same length (all V8 checks), and its hash in ims.js.
    const main = join(installed, "main.cjs");
    writeFileSync(main, readFileSync(main, "utf8").replace("The command line for Huawei Cloud", "THE COMMAND LINE FOR HUAWEI CLOUD"));
    writeFileSync(bin, readFileSync(bin, "utf8").replace(/"main\.cjs":"[0-9a-f]+"/, '"main.cjs":"0123456789abcdef"'));
    expect(runNode([bin, "--help"], { XDG_CACHE_HOME: cacheHome }).stdout).toContain("THE COMMAND LINE FOR HUAWEI CLOUD");
    // The earlier build's cache is gone, the new one in its place.
    expect(cacheFiles(cacheHome).map((f) => basename(f)).filter((f) => f.startsWith("main."))).toEqual([`main.cjs.0123456789abcdef.${process.version}-${process.arch}.cache`]);
  });

  it("is bundled reproducibly: two builds give the same files, byte for byte", () => {
    const bundle = fileURLToPath(new URL("../scripts/bundle.mjs", import.meta.url));
    const [a, b] = [join(tempHome(), "a"), join(tempHome(), "b")];
    for (const dir of [a, b]) expect(spawnSync(process.execPath, [bundle, dir], { encoding: "utf8" }).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    expect(files).toEqual(readdirSync(DIST).sort());
    for (const file of files) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
  }, 120_000);
});
