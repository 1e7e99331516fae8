// What the packed code says its version is, against its package.json: the compiled version module
// and a bin's `--version` (release:dry and every package's prepublishOnly), and the generator that
// writes the version modules of the client and the CLI from package.json.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { prepublishProblems, versionProblems } from "../src/packed-version.js";
import { publicPackages, type Manifest } from "../src/workspace.js";

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const GENERATOR = path.join(ROOT, "tools/release/scripts/version-module.mjs");
const PREPUBLISH = fileURLToPath(new URL("../dist/cli/prepublish.js", import.meta.url));

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-release-version-"));
  dirs.push(dir);
  return dir;
}

/** A built package: a version module compiled to lib/, and a bin that prints its VERSION. */
async function builtPackage(manifestVersion: string, builtVersion: string): Promise<{ dir: string; manifest: Manifest }> {
  const dir = await tempDir();
  const manifest: Manifest = { name: "@fixture/tool", version: manifestVersion, type: "module", bin: { tool: "./bin/tool.js" }, files: ["lib", "bin"] };
  await writeFile(path.join(dir, "package.json"), JSON.stringify(manifest));
  await mkdir(path.join(dir, "src/generated"), { recursive: true });
  await mkdir(path.join(dir, "lib/generated"), { recursive: true });
  await mkdir(path.join(dir, "bin"));
  await writeFile(path.join(dir, "src/generated/version.ts"), `export const VERSION: string = "${manifestVersion}";\n`);
  await writeFile(path.join(dir, "lib/generated/version.js"), `export const VERSION = "${builtVersion}";\n`);
  await writeFile(path.join(dir, "bin/tool.js"), `import { VERSION } from "../lib/generated/version.js";\nconsole.log(process.argv[2] === "--version" ? VERSION : "usage: tool");\n`);
  return { dir, manifest };
}

async function exitCode(command: string, args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  return exec(command, args, { cwd }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
}

describe("versionProblems", () => {
  it("passes code built for the manifest's version", async () => {
    const { dir, manifest } = await builtPackage("1.1.0", "1.1.0");
    expect(await versionProblems(dir, manifest, ["lib/generated/version.js", "bin/tool.js", "package.json"])).toEqual([]);
  });

  it("names the version module and the bin of a build made before the bump", async () => {
    const { dir, manifest } = await builtPackage("1.1.0", "1.0.0");
    expect(await versionProblems(dir, manifest, ["lib/generated/version.js", "bin/tool.js", "package.json"])).toEqual([
      'lib/generated/version.js says VERSION = "1.0.0", package.json 1.1.0',
      "tool --version prints 1.0.0, package.json 1.1.0",
    ]);
  });

  it("fails a package whose version module would not be published, and ignores a bin that prints no version", async () => {
    const { dir, manifest } = await builtPackage("1.1.0", "1.0.0");
    await writeFile(path.join(dir, "bin/tool.js"), 'console.log("usage: tool"); process.exitCode = process.argv[2] === "--version" ? 2 : 0;\n');
    expect(await versionProblems(dir, manifest, ["bin/tool.js", "package.json"])).toEqual([
      "src/generated/version.ts is not built: no generated/version.js would be published",
    ]);
  });
});

describe("prepublishOnly", () => {
  it("refuses an unbuilt package and one built before the bump, and lets a current build through", async () => {
    const stale = await builtPackage("1.1.0", "1.0.0");
    const unbuilt = await builtPackage("1.1.0", "1.1.0");
    await rm(path.join(unbuilt.dir, "lib"), { recursive: true });
    const current = await builtPackage("1.1.0", "1.1.0");

    expect(await prepublishProblems(unbuilt.dir)).toEqual(["lib is missing: build first"]);
    expect(await prepublishProblems(stale.dir)).toHaveLength(2);
    expect(await prepublishProblems(current.dir)).toEqual([]);
    // The script every public package runs as prepublishOnly, in the package's directory.
    expect(await exitCode(process.execPath, [PREPUBLISH], stale.dir)).toMatchObject({ code: 1, stderr: expect.stringContaining("package.json 1.1.0") });
    expect(await exitCode(process.execPath, [PREPUBLISH], current.dir)).toMatchObject({ code: 0 });
  });

  it("is what every public package runs before it is published", async () => {
    for (const pkg of await publicPackages(ROOT)) {
      const scripts = pkg.manifest["scripts"] as Record<string, string>;
      expect(path.resolve(pkg.dir, scripts["prepublishOnly"]!.replace(/^node /, "")), pkg.name).toBe(PREPUBLISH);
    }
  });
});

describe("the version modules", () => {
  it("follow package.json when it is bumped: `pnpm generate --check` fails until they are generated again", async () => {
    const packages = (await publicPackages(ROOT)).filter((p) => p.name === "@imsjs/client" || p.name === "@imsjs/cli");
    expect(packages).toHaveLength(2);
    for (const pkg of packages) {
      // A copy of what the generator reads and writes: never the repository's own files.
      const copy = await tempDir();
      await cp(path.join(pkg.dir, "package.json"), path.join(copy, "package.json"));
      await cp(path.join(pkg.dir, "src/generated/version.ts"), path.join(copy, "src/generated/version.ts"));
      expect(await exitCode(process.execPath, [GENERATOR, "--check"], copy), pkg.name).toMatchObject({ code: 0 });

      // What `changeset version` does: package.json only.
      const manifest = JSON.parse(await readFile(path.join(copy, "package.json"), "utf8")) as Manifest;
      await writeFile(path.join(copy, "package.json"), JSON.stringify({ ...manifest, version: "9.8.7-next.1" }));
      expect(await exitCode(process.execPath, [GENERATOR, "--check"], copy), pkg.name).toMatchObject({ code: 1, stderr: expect.stringContaining("stale") });

      expect(await exitCode(process.execPath, [GENERATOR], copy)).toMatchObject({ code: 0 });
      expect(await readFile(path.join(copy, "src/generated/version.ts"), "utf8")).toContain('export const VERSION: string = "9.8.7-next.1";');
      expect(await exitCode(process.execPath, [GENERATOR, "--check"], copy)).toMatchObject({ code: 0 });
    }
  });

  it("are generated by each package's own `generate` script, which the build runs first", async () => {
    // turbo.json holds comments, which JSON.parse refuses and TypeScript's config reader takes.
    const { config, error } = ts.parseConfigFileTextToJson("turbo.json", await readFile(path.join(ROOT, "turbo.json"), "utf8"));
    expect(error).toBeUndefined();
    const turbo = config as { tasks: { build: { dependsOn: string[] } } };
    expect(turbo.tasks.build.dependsOn).toContain("generate");
    for (const dir of ["packages/client", "apps/cli"]) {
      // Run from a copy holding a bumped package.json, `generate --check` must see the version module as stale.
      const copy = await tempDir();
      const manifest = JSON.parse(await readFile(path.join(ROOT, dir, "package.json"), "utf8")) as Manifest & { scripts: Record<string, string> };
      await writeFile(path.join(copy, "package.json"), JSON.stringify({ ...manifest, version: "9.8.7-next.1" }));
      await mkdir(path.join(copy, "src/generated"), { recursive: true });
      await cp(path.join(ROOT, dir, "src/generated/version.ts"), path.join(copy, "src/generated/version.ts"));
      const [command, ...args] = manifest.scripts["generate"]!.split(" ");
      const resolved = args.map((a) => (a.endsWith(".mjs") ? path.resolve(ROOT, dir, a) : a));
      expect(command).toBe("node");
      const r = await exitCode(process.execPath, [...resolved, "--check"], copy);
      expect(r, dir).toMatchObject({ code: 1, stderr: expect.stringContaining("version.ts is stale") });
    }
  });
});
