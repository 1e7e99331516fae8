import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { buildOutputs } from "../scripts/outputs.mjs";

const generated = new URL("../src/generated/", import.meta.url);

describe("src/generated/", () => {
  it("is exactly what `pnpm generate` makes from today's bundled contract", async () => {
    const outputs = (await buildOutputs()) as Record<string, string>;
    expect((await readdir(generated)).sort()).toEqual(Object.keys(outputs).sort());
    for (const [name, content] of Object.entries(outputs)) {
      const committed = await readFile(new URL(name, generated), "utf8");
      expect(committed === content, `src/generated/${name} is stale: run pnpm generate`).toBe(true);
    }
  });

  it("carries a do-not-edit notice and never generates code at run time", async () => {
    for (const name of await readdir(generated)) {
      const text = await readFile(new URL(name, generated), "utf8");
      expect(text.split("\n")[0]).toMatch(/Do not edit/);
      expect(text).not.toMatch(/\bnew Function\b|\beval\(/);
      expect(text).not.toMatch(/require\(/);
    }
  });
});
