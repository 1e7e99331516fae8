import { readFile } from "node:fs/promises";
import path from "node:path";
// @ts-expect-error: js-yaml ships no types
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
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

  // YAML 1.1 readers (js-yaml's default schema, PyYAML, SnakeYAML) read unquoted timestamps as dates
  // and yes/no/on/off as booleans: the published YAML must mean the same as the JSON to them too.
  it("mean the same in openapi.yaml to YAML 1.1 and 1.2 readers as in openapi.json", async () => {
    const { "x-generated": notice, ...json } = JSON.parse(await readFile(new URL("../src/generated/openapi.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(notice).toBeDefined();
    const text = await readFile(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8");
    expect((jsYaml as { load: (t: string) => unknown }).load(text)).toStrictEqual(json);
    expect(YAML.parse(text, { version: "1.1" })).toStrictEqual(json);
    expect(YAML.parse(text)).toStrictEqual(json);
  });
});
