import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error: js-yaml ships no types
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
// @ts-expect-error: plain ESM build script without types
import { buildOutputs, generatedDir, repoRoot } from "../scripts/outputs.mjs";
// @ts-expect-error: plain ESM build script without types
import { syncOutputs } from "../scripts/sync.mjs";

const root = repoRoot as string;

describe("generated files", () => {
  it("are exactly what `pnpm generate` makes from spec/ today", async () => {
    const outputs = (await buildOutputs()) as Record<string, string>;
    expect(Object.keys(outputs)).toContain("spec/OPERATIONS.md");
    for (const [name, content] of Object.entries(outputs)) {
      const committed = await readFile(path.join(root, name), "utf8");
      expect(committed, `${name} is stale: run pnpm generate`).toBe(content);
    }
    const made = Object.keys(outputs).filter((name) => name.startsWith(`${generatedDir}/`));
    const present = (await readdir(path.join(root, generatedDir as string))).map((entry) => `${generatedDir}/${entry}`);
    expect(present.sort(), "src/generated/ holds a file `pnpm generate` does not make").toEqual(made.sort());
  });

  it("count a file `pnpm generate` does not make as stale, and remove it when writing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "imsjs-openapi-sync-"));
    type Sync = (root: string, outputs: Record<string, string>, options: { generatedDir: string | null; check: boolean }) => Promise<{ stale: string[]; extra: string[] }>;
    const sync = syncOutputs as Sync;
    try {
      const outputs = { "gen/a.ts": "a", "gen/b.json": "b", "docs/TABLE.md": "t" };
      await mkdir(path.join(dir, "gen/old"), { recursive: true });
      await mkdir(path.join(dir, "docs"));
      await writeFile(path.join(dir, "gen/a.ts"), "a");
      await writeFile(path.join(dir, "gen/b.json"), "stale");
      await writeFile(path.join(dir, "gen/renamed.ts"), "x");
      await writeFile(path.join(dir, "docs/TABLE.md"), "t");
      await writeFile(path.join(dir, "docs/hand-written.md"), "h");
      expect(await sync(dir, outputs, { generatedDir: "gen", check: true })).toEqual({ stale: ["gen/b.json"], extra: ["gen/old", "gen/renamed.ts"] });
      expect((await readdir(path.join(dir, "gen"))).sort()).toEqual(["a.ts", "b.json", "old", "renamed.ts"]);
      // `--only` leaves files it was not asked about alone.
      expect(await sync(dir, { "gen/a.ts": "a" }, { generatedDir: null, check: true })).toEqual({ stale: [], extra: [] });
      await sync(dir, outputs, { generatedDir: "gen", check: false });
      expect((await readdir(path.join(dir, "gen"))).sort()).toEqual(["a.ts", "b.json"]);
      expect(await readFile(path.join(dir, "gen/b.json"), "utf8")).toBe("b");
      expect((await readdir(path.join(dir, "docs"))).sort()).toEqual(["TABLE.md", "hand-written.md"]);
      expect(await sync(dir, outputs, { generatedDir: "gen", check: true })).toEqual({ stale: [], extra: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // They are compared byte for byte: a checkout that turned LF into CRLF (core.autocrlf=true on
  // Windows) would make every one of them stale.
  it("are checked out with LF line ends whatever core.autocrlf says", async () => {
    const names = Object.keys((await buildOutputs()) as Record<string, string>);
    const attrs = execFileSync("git", ["check-attr", "eol", "--", ...names], { cwd: root, encoding: "utf8" });
    expect(attrs.trim().split("\n").sort()).toEqual(names.map((name) => `${name}: eol: lf`).sort());
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
