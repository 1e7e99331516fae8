// publint, attw and our own rules over the fixture packages, packed the way pnpm publishes them.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo } from "../src/copy.js";
import { assetSubpaths, attwProfile, checkPackages, opensWithExample, type PackageReport } from "../src/package-checks.js";
import { fixtureRepo } from "./support/fixture-repo.js";

let repo = "";
let copy = "";
let reports: Map<string, PackageReport>;

beforeAll(async () => {
  repo = await fixtureRepo();
  // The copy links `workspace:` dependencies, which `pnpm pack` needs to rewrite them.
  copy = await copyRepo(repo);
  reports = new Map((await checkPackages(copy)).map((r) => [r.name, r]));
}, 120000);

afterAll(() => Promise.all([repo, copy].map((d) => rm(d, { recursive: true, force: true }))));

const errorsOf = (name: string) => reports.get(name)?.findings.filter((f) => f.severity === "error") ?? [];

describe("checkPackages", () => {
  it("checks every public package and skips private ones", () => {
    expect([...reports.keys()]).toEqual(["@fixture/broken", "@fixture/good", "@fixture/uses-good"]);
  });

  it("passes a well-formed ESM package with attw's esm-only profile", () => {
    expect(reports.get("@fixture/good")).toMatchObject({ profile: "esm-only", tarball: "fixture-good-1.0.0.tgz" });
    expect(errorsOf("@fixture/good")).toEqual([]);
    expect(errorsOf("@fixture/uses-good")).toEqual([]);
  });

  it("reports publint errors, attw problems and missing LICENSE or example", () => {
    const errors = errorsOf("@fixture/broken");
    const by = (tool: string) => errors.filter((f) => f.tool === tool).map((f) => f.message);
    expect(by("publint")).toEqual(
      expect.arrayContaining([expect.stringMatching(/types.*should be the first/i), expect.stringMatching(/lib\/missing\.js.*does not exist/i)]),
    );
    expect(by("attw").length).toBeGreaterThan(0);
    expect(by("imsjs")).toEqual([
      "no LICENSE file in the tarball",
      "README.md does not start with a runnable example (a code block before the second heading)",
    ]);
  });
});

describe("rules", () => {
  it("picks attw's strict profile only for packages that offer require", () => {
    expect(attwProfile({ name: "a", version: "1.0.0", exports: { ".": { types: "./a.d.ts", default: "./a.js" } } })).toBe("esm-only");
    expect(attwProfile({ name: "a", version: "1.0.0", exports: { ".": { import: "./a.js", require: "./a.cjs" } } })).toBe("strict");
  });

  it("leaves non-module subpaths (YAML, package.json is JSON) out of attw", () => {
    const exports = { ".": { types: "./i.d.ts", default: "./i.js" }, "./spec.yaml": "./s.yaml", "./package.json": "./package.json" };
    expect(assetSubpaths({ name: "a", version: "1.0.0", exports })).toEqual(["./spec.yaml"]);
  });

  it("wants a code block before the second heading of the README", () => {
    expect(opensWithExample("# x\n\n```ts\nrun()\n```\n\n## More\n")).toBe(true);
    expect(opensWithExample("# x\n\nText.\n\n## Usage\n\n```ts\nrun()\n```\n")).toBe(false);
    expect(opensWithExample("# x\n\nNo code at all.\n")).toBe(false);
  });
});
