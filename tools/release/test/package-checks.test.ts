// publint, attw and our own rules over the fixture packages, packed the way pnpm publishes them.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo } from "../src/copy.js";
import {
  assetSubpaths,
  attwProfile,
  checkPackages,
  dependencyFindings,
  engineFindings,
  importedPackages,
  opensWithExample,
  type PackageReport,
} from "../src/package-checks.js";
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
      "lib/index.js imports right-pad, which package.json does not declare",
      "dependency left-pad is imported by no published file (a devDependency?)",
      "package.json has no engines.node",
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

  it("reads every kind of import by package name, leaving out built-ins, relative paths and look-alike strings", () => {
    const source = [
      'import a from "@scope/a/sub/path.js";',
      'import type { B } from "b";',
      'export * from "c/deep";',
      'const d = await import("d");',
      'const e = require("e");',
      'import "node:fs"; import "fs/promises"; import "process"; import "./local.js"; import "../up.js";',
      '// import "commented-out";',
      'const text = "import \'in-a-string\'";',
    ].join("\n");
    expect(importedPackages(source).sort()).toEqual(["@scope/a", "b", "c", "d", "e"]);
  });

  it("wants each import declared and each dependency imported", () => {
    const manifest = {
      name: "@x/self",
      version: "1.0.0",
      dependencies: { used: "1", "types-only": "1", unused: "1" },
      peerDependencies: { peer: "1" },
      devDependencies: { "dev-only": "1" },
    };
    const modules = {
      "dist/index.js": 'import "used"; import "@x/self/sub"; const p = () => import("peer"); import "node:crypto";',
      "dist/index.d.ts": 'import type { T } from "types-only";',
      "bin/cli.js": 'import "dev-only";',
    };
    expect(dependencyFindings(manifest, modules).map((f) => f.message)).toEqual([
      "bin/cli.js imports dev-only, which package.json does not declare",
      "dependency unused is imported by no published file (a devDependency?)",
    ]);
  });

  it("wants engines.node, admitting no Node version that a dependency refuses", () => {
    const pkg = (node?: string) => ({ name: "a", version: "1.0.0", ...(node ? { engines: { node } } : {}) });
    const dep = (name: string, node?: string) => ({ name, version: "1.0.0", ...(node ? { engines: { node } } : {}) });
    expect(engineFindings(pkg(), []).map((f) => f.message)).toEqual(["package.json has no engines.node"]);
    expect(engineFindings(pkg(">=20.16"), [dep("b", ">=20"), dep("c", ">=20.16"), dep("d")])).toEqual([]);
    expect(engineFindings(pkg(">=20"), [dep("b", ">=20.16"), dep("ini", "^20.17.0 || >=22.9.0")]).map((f) => f.message)).toEqual([
      "engines.node >=20 admits Node versions that b (engines.node >=20.16) does not",
      "engines.node >=20 admits Node versions that ini (engines.node ^20.17.0 || >=22.9.0) does not",
    ]);
    expect(engineFindings(pkg("^20.17.0 || >=22.9.0"), [dep("ini", "^20.17.0 || >=22.9.0"), dep("commander", ">=20")])).toEqual([]);
  });

  it("wants a code block before the second heading of the README", () => {
    expect(opensWithExample("# x\n\n```ts\nrun()\n```\n\n## More\n")).toBe(true);
    expect(opensWithExample("# x\n\nText.\n\n## Usage\n\n```ts\nrun()\n```\n")).toBe(false);
    expect(opensWithExample("# x\n\nNo code at all.\n")).toBe(false);
  });
});
