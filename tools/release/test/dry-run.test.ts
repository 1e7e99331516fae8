// release:dry on the fixture workspace: versions from the pending changesets, tarball contents
// from pnpm, a stale build file flagged, and the working tree left alone.
import { readFile, rm, utimes } from "node:fs/promises";
import path from "node:path";
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
});
