// API snapshots on the fixture workspace: missing and stale snapshots fail, and a snapshot that
// changed since the base ref needs a changeset for its package.
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { apiCheck } from "../src/api-check.js";
import { apiEntries, reportName } from "../src/api-report.js";
import { publicPackages } from "../src/workspace.js";
import { addChangeset, fixtureRepo, git } from "./support/fixture-repo.js";

const repos: string[] = [];
afterAll(() => Promise.all(repos.map((d) => rm(d, { recursive: true, force: true }))));

const snapshots = "api";

describe("apiCheck", () => {
  it("walks a public API change from stale snapshot to changeset", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);

    const missing = await apiCheck({ root: dir, snapshots });
    expect(missing.failures).toHaveLength(3);
    expect(missing.failures[0]).toContain("@fixture/broken has no API snapshot api/fixture-broken.api.md");

    const created = await apiCheck({ root: dir, snapshots, update: true });
    expect(created.results.map((r) => [r.file, r.status])).toEqual([
      ["fixture-broken.api.md", "new"],
      ["fixture-good.api.md", "new"],
      ["fixture-uses-good.api.md", "new"],
    ]);
    const good = await readFile(path.join(dir, "api/fixture-good.api.md"), "utf8");
    expect(good).toContain("export function greet(name: string): string;");
    await git(dir, "add", ".");
    await git(dir, "commit", "-qm", "snapshots");
    expect((await apiCheck({ root: dir, snapshots })).failures).toEqual([]);

    await appendFile(path.join(dir, "packages/good/lib/index.d.ts"), "export declare const version: string;\n");
    const stale = await apiCheck({ root: dir, snapshots });
    expect(stale.results.find((r) => r.file === "fixture-good.api.md")?.status).toBe("changed");
    expect(stale.failures).toEqual([expect.stringContaining("the public API of @fixture/good differs from api/fixture-good.api.md")]);
    // The lines that differ, so a reviewer sees what changed without running api:update first.
    expect(stale.failures[0]).toContain("\n  + export const version: string;");

    await apiCheck({ root: dir, snapshots, update: true });
    expect(await readFile(path.join(dir, "api/fixture-good.api.md"), "utf8")).toContain("export const version: string;");
    const unreleased = await apiCheck({ root: dir, snapshots });
    expect(unreleased.base).toBe("main");
    expect(unreleased.failures).toEqual([
      "the public API of @fixture/good changed since main (api/fixture-good.api.md) but no pending changeset releases it: run `pnpm changeset`.",
    ]);

    await addChangeset(dir, "other", { "@fixture/uses-good": "patch" });
    expect((await apiCheck({ root: dir, snapshots })).failures).toHaveLength(1);
    await addChangeset(dir, "good", { "@fixture/good": "minor" });
    expect((await apiCheck({ root: dir, snapshots })).failures).toEqual([]);
  });

  it("compares snapshots with where the branch forked, so an API change released on main since needs no changeset here", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);
    await apiCheck({ root: dir, snapshots, update: true });
    await git(dir, "add", ".");
    await git(dir, "commit", "-qm", "snapshots");
    await git(dir, "checkout", "-q", "-b", "work");
    await git(dir, "checkout", "-q", "main");
    await appendFile(path.join(dir, "packages/good/lib/index.d.ts"), "export declare const version: string;\n");
    await apiCheck({ root: dir, snapshots, update: true });
    await git(dir, "add", ".");
    await git(dir, "commit", "-qm", "main: good gains version (released with its changeset)");
    await git(dir, "checkout", "-q", "work");

    const behind = await apiCheck({ root: dir, snapshots });
    expect(behind.base).toBe("main");
    expect(behind.failures).toEqual([]);
  });

  // CONTRIBUTING says both gates say so when they fall back to the base itself; spec:diff did, this one
  // compared with the base in silence.
  it("says so when HEAD shares no history with the base (a shallow clone), and compares with the base itself", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);
    await apiCheck({ root: dir, snapshots, update: true });
    await git(dir, "add", ".");
    await git(dir, "commit", "-qm", "snapshots");
    await git(dir, "checkout", "-q", "--orphan", "unrelated");
    await git(dir, "commit", "-qm", "no common history");
    const r = await apiCheck({ root: dir, snapshots });
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual([expect.stringMatching(/^HEAD shares no history with main \(a shallow clone\?\), so snapshots are compared with main itself/)]);
  });

  it("refuses an explicit base ref that does not exist instead of skipping the changeset rule", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);
    await apiCheck({ root: dir, snapshots, update: true });
    await expect(apiCheck({ root: dir, snapshots, base: "origin/mian" })).rejects.toThrow('base ref "origin/mian" does not exist');
  });

  it("flags a snapshot that belongs to no package, and update removes it", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);
    await apiCheck({ root: dir, snapshots, update: true });
    await writeFile(path.join(dir, "api/fixture-gone.api.md"), "old\n");
    expect((await apiCheck({ root: dir, snapshots })).failures).toEqual([
      "api/fixture-gone.api.md belongs to no public package: run `pnpm api:update`.",
    ]);
    await apiCheck({ root: dir, snapshots, update: true });
    await expect(readFile(path.join(dir, "api/fixture-gone.api.md"))).rejects.toThrow();
  });
});

describe("apiEntries", () => {
  it("makes one report per export subpath with types, named after the package", async () => {
    const dir = await fixtureRepo();
    repos.push(dir);
    const good = (await publicPackages(dir)).find((p) => p.name === "@fixture/good")!;
    expect(apiEntries(good).map((e) => [e.subpath, path.relative(dir, e.typesFile), e.reportName])).toEqual([
      [".", "packages/good/lib/index.d.ts", "fixture-good"],
    ]);
    expect(reportName("@imsjs/client", "./errors")).toBe("imsjs-client.errors");
  });
});
