import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { buildOutputs, repoRoot } from "../scripts/outputs.mjs";

const root = repoRoot as string;

describe("generated files", () => {
  it("are exactly what `pnpm generate` makes from spec/ today", async () => {
    const outputs = (await buildOutputs()) as Record<string, string>;
    expect(Object.keys(outputs)).toContain("spec/OPERATIONS.md");
    for (const [name, content] of Object.entries(outputs)) {
      const committed = await readFile(path.join(root, name), "utf8");
      expect(committed, `${name} is stale: run pnpm generate`).toBe(content);
    }
  });

  it("carry a do-not-edit notice", async () => {
    for (const name of ["types.ts", "operations.ts", "openapi.yaml"]) {
      const text = await readFile(new URL(`../src/generated/${name}`, import.meta.url), "utf8");
      expect(text.split("\n")[0]).toMatch(/Do not edit/);
    }
    const json = JSON.parse(await readFile(new URL("../src/generated/openapi.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(json["x-generated"]).toMatch(/Do not edit/);
    const table = await readFile(path.join(root, "spec/OPERATIONS.md"), "utf8");
    expect(table.split("\n")[0]).toMatch(/^<!-- .*Do not edit/);
  });
});
