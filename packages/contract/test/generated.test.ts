import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { buildOutputs, contractSchemas, loadContract, newAjv } from "../scripts/outputs.mjs";
import { operations } from "../src/generated/operations.js";
import * as validators from "../src/generated/validators.js";
import { specExamples, type Json } from "./support/contract.js";
import { mutations } from "./support/mutate.js";

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

// The generator rewrites Ajv's standalone code (errors pushed through shared helpers, to save
// bundle bytes): the rewritten validators must still say exactly what Ajv says.
describe("the precompiled validators", () => {
  it("give the verdicts and errors of Ajv compiling the contract at run time", async () => {
    const fresh = contractSchemas(await loadContract());
    const ajv = newAjv(fresh.keywords, false, fresh.tracking);
    for (const root of Object.values(fresh.roots)) ajv.addSchema(root);
    const compiled = new Map<string, (data: unknown) => boolean>();
    for (const [schema, , assign] of fresh.inlined) {
      const key = JSON.stringify(schema);
      if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
      assign(key);
    }
    // Both tables have the same shape: where ours names `v3`, the fresh one holds the schema.
    const pairs = new Map<string, (data: unknown) => boolean>();
    (function pair(ours: unknown, theirs: unknown): void {
      if (typeof ours === "string" && typeof theirs === "string" && compiled.has(theirs)) pairs.set(ours, compiled.get(theirs)!);
      else if (ours && typeof ours === "object") for (const [k, v] of Object.entries(ours)) pair(v, (theirs as Record<string, unknown>)[k]);
    })(operations, fresh.operations);
    expect([...pairs.keys()].sort()).toEqual(Object.keys(validators).sort());

    const values: unknown[] = [null, true, 0, 1.5, "", "x", [], {}, [1, "a", null], { a: 1 }];
    for (const e of specExamples) values.push(e.value, ...mutations(e.value as Json, e.schema, e.side).map((m) => m.value));
    let failing = 0;
    for (const [name, runtime] of pairs) {
      const ours = (validators as unknown as Record<string, ((data: unknown) => boolean) & { errors?: unknown }>)[name]!;
      for (const value of values) {
        const verdict = ours(value);
        expect(verdict, `${name} ${JSON.stringify(value)}`).toBe(runtime(value));
        expect(JSON.stringify(ours.errors), name).toBe(JSON.stringify((runtime as typeof ours).errors));
        if (!verdict) failing++;
      }
    }
    expect(failing).toBeGreaterThan(values.length);
  }, 120_000);
});
