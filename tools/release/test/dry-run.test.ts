// release:dry on the fixture workspace: versions from the pending changesets, tarball contents
// from pnpm, a stale build file flagged, packed code that reports another version flagged, and
// the working tree left alone.
import { mkdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseDry } from "../src/dry-run.js";
import { addChangeset, fixtureRepo, git } from "./support/fixture-repo.js";
import { stubRegistry, type StubRegistry } from "./support/registry.js";

let registry: StubRegistry;
const repos: string[] = [];
beforeAll(async () => {
  registry = await stubRegistry();
});
afterAll(async () => {
  await registry.close();
  await Promise.all(repos.map((d) => rm(d, { recursive: true, force: true })));
});

async function repo(): Promise<string> {
  const dir = await fixtureRepo();
  repos.push(dir);
  return dir;
}

describe("releaseDry", () => {
  it("prints the versions the changesets make and what each public package would publish", async () => {
    const dir = await repo();
    await addChangeset(dir, "good-minor", { "@fixture/good": "minor" });
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(path.join(dir, "packages/broken/lib/leftover.js"), anHourAgo, anHourAgo);

    const result = await releaseDry({ root: dir, registry: registry.url });

    const byName = new Map(result.packages.map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual(["@fixture/broken", "@fixture/good", "@fixture/uses-good"]);
    expect(byName.get("@fixture/good")).toMatchObject({ from: "1.0.0", to: "1.1.0", stale: [] });
    expect(byName.get("@fixture/good")?.tarball?.files.map((f) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "lib/index.d.ts",
      "lib/index.js",
      "lib/schema.yaml",
      "package.json",
    ]);
    // `workspace:^` still accepts 1.1.0, so changesets leaves the dependent alone.
    expect(byName.get("@fixture/uses-good")).toMatchObject({ from: "1.0.0", to: "1.0.0" });
    expect(byName.get("@fixture/broken")).toMatchObject({ from: "0.3.0", to: "0.3.0", stale: ["lib/leftover.js"] });
    expect(registry.requests.some((r) => r.startsWith("GET /@fixture/good"))).toBe(true);

    // Everything happened on the copy.
    expect(JSON.parse(await readFile(path.join(dir, "packages/good/package.json"), "utf8")).version).toBe("1.0.0");
    expect(await git(dir, "status", "--porcelain")).toBe("?? .changeset/good-minor.md");
  });

  it("fails, naming the step, when changeset version cannot apply a changeset", async () => {
    const dir = await repo();
    await addChangeset(dir, "ghost", { "@fixture/ghost": "major" });
    await expect(releaseDry({ root: dir, registry: registry.url })).rejects.toThrow(/changeset version exited with 1/);
  });

  it("fails a package whose packed code reports the version before the bump, until the build generates it", async () => {
    const dir = await repo();
    const good = path.join(dir, "packages/good");
    // Like the client and the CLI: a version module generated from package.json, compiled to lib/,
    // and a bin that prints it; built for 1.0.0.
    const manifest = JSON.parse(await readFile(path.join(good, "package.json"), "utf8")) as Record<string, unknown>;
    await writeFile(path.join(good, "package.json"), JSON.stringify({ ...manifest, bin: { good: "./lib/bin.js" } }, null, 2));
    await mkdir(path.join(good, "src/generated"));
    await mkdir(path.join(good, "lib/generated"));
    await writeFile(path.join(good, "src/generated/version.ts"), 'export const VERSION: string = "1.0.0";\n');
    await writeFile(path.join(good, "lib/generated/version.js"), 'export const VERSION = "1.0.0";\n');
    await writeFile(path.join(good, "lib/bin.js"), 'import { VERSION } from "./generated/version.js";\nconsole.log(VERSION);\n');
    await addChangeset(dir, "good-minor", { "@fixture/good": "minor" });

    const before = new Map((await releaseDry({ root: dir, registry: registry.url })).packages.map((p) => [p.name, p]));
    expect(before.get("@fixture/good")).toMatchObject({ to: "1.1.0", versions: ['lib/generated/version.js says VERSION = "1.0.0", package.json 1.1.0', "good --version prints 1.0.0, package.json 1.1.0"] });
    expect(before.get("@fixture/uses-good")).toMatchObject({ versions: [] });

    // A root build, as this repository's: generate the version module from package.json (with the
    // repository's own generator), then compile it.
    const generator = fileURLToPath(new URL("../scripts/version-module.mjs", import.meta.url));
    await writeFile(
      path.join(dir, "build.mjs"),
      `import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
execFileSync(process.execPath, [${JSON.stringify(generator)}, "packages/good"]);
writeFileSync("packages/good/lib/generated/version.js", readFileSync("packages/good/src/generated/version.ts", "utf8").replace(": string", ""));
`,
    );
    const root = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as Record<string, unknown>;
    await writeFile(path.join(dir, "package.json"), JSON.stringify({ ...root, scripts: { build: "node build.mjs" } }));

    const after = new Map((await releaseDry({ root: dir, registry: registry.url })).packages.map((p) => [p.name, p]));
    expect(after.get("@fixture/good")).toMatchObject({ to: "1.1.0", versions: [] });
    // Only the copy was built.
    expect(await readFile(path.join(good, "lib/generated/version.js"), "utf8")).toContain('"1.0.0"');
  });
});
