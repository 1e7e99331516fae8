import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { operationIndex, type OperationId } from "../src/index.js";

type Op = { operationId?: string; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
const spec = JSON.parse(await readFile(new URL("../src/generated/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, Op>>;
};
const ops = Object.values(operationIndex);
const specOp = (id: OperationId): Op => {
  const info = operationIndex[id];
  return spec.paths[info.path]![info.method.toLowerCase()]!;
};

describe("operationIndex", () => {
  it("lists every operation of the bundled spec once", () => {
    const inSpec = Object.values(spec.paths).flatMap((item) => Object.values(item).flatMap((op) => (op.operationId ? [op.operationId] : [])));
    expect(new Set(inSpec).size).toBe(inSpec.length);
    expect(Object.keys(operationIndex).sort()).toEqual([...inSpec].sort());
  });

  it("names, for each deprecated operation, replacements that exist and are current", () => {
    const deprecated = ops.filter((o) => o.deprecated);
    expect(deprecated.length).toBeGreaterThan(0);
    for (const o of deprecated) {
      expect(o.replacedBy.length, o.operationId).toBeGreaterThan(0);
      for (const r of o.replacedBy) {
        const replacement = operationIndex[r as OperationId];
        expect(replacement, `${o.operationId} → ${r}`).toBeDefined();
        expect(replacement.deprecated, `${o.operationId} → ${r} is deprecated too`).toBe(false);
      }
    }
    for (const o of ops.filter((o) => !o.deprecated)) expect(o.replacedBy, o.operationId).toEqual([]);
  });

  it("marks as async exactly the operations whose success answer is a job", () => {
    for (const o of ops) {
      const answer = Object.entries(specOp(o.operationId).responses).find(([s]) => s.startsWith("2"))?.[1];
      const isJob = answer?.content?.["application/json"]?.schema?.$ref === "#/components/schemas/JobIdResponse";
      expect(isJob, o.operationId).toBe(o.async);
    }
  });
});
