import { describe, expect, it } from "vitest";
import { listPackages, publicPackages, workspaceDependencies } from "../src/workspace.js";
import { FIXTURE } from "./support/fixture-repo.js";

describe("workspace", () => {
  it("lists every package of pnpm-workspace.yaml, private ones flagged", async () => {
    const all = await listPackages(FIXTURE);
    expect(all.map((p) => [p.name, p.relDir, p.private])).toEqual([
      ["@fixture/broken", "packages/broken", false],
      ["@fixture/good", "packages/good", false],
      ["@fixture/internal", "packages/internal", true],
      ["@fixture/uses-good", "packages/uses-good", false],
    ]);
    expect((await publicPackages(FIXTURE)).map((p) => p.name)).not.toContain("@fixture/internal");
  });

  it("finds workspace: dependencies in every dependency field", () => {
    expect(
      workspaceDependencies({
        name: "x",
        version: "1.0.0",
        dependencies: { a: "workspace:*", b: "^1.0.0" },
        devDependencies: { c: "workspace:^" },
        peerDependencies: { a: "workspace:*" },
      }),
    ).toEqual(["a", "c"]);
  });
});
