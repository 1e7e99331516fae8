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

// A `throwOnError: false` client types `error` as the union of an operation's error bodies. On the
// OpenStack calls that union was Glance's tolerant OpenStackError: the gateway's 429, 502 and 504
// through the IMS ImsError schema added `{error: {code, message}}` to it, and `error.message` (or
// the gateway's own `error.error_msg`) stopped compiling after the usual narrowing.
describe("the gateway's answers keep each operation's error body", () => {
  const components = (spec as unknown as { components: { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } }).components;
  const bodyOf = (op: Op, status: string): string | undefined => {
    const response = op.responses[status] as { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
    const resolved = response?.$ref ? components.responses[response.$ref.split("/").at(-1)!] : response;
    return resolved?.content?.["application/json"]?.schema?.$ref;
  };

  it.each(ops.map((o) => o.operationId))("%s: 429, 502 and 504 carry the body its 401 and 500 carry", (id) => {
    const op = specOp(id);
    const own = bodyOf(op, "500") ?? bodyOf(op, "401");
    expect(own, "its own error body").toBeDefined();
    expect([bodyOf(op, "429"), bodyOf(op, "502"), bodyOf(op, "504")]).toEqual([own, own, own]);
  });
});

// Prism answers `Prefer: code=502` with the first example of the 502's response: one component
// shared by 502 and 504 answered a 502 with the 504's "Backend timeout.".
describe("the gateway's examples fit their status (API signing guide, error codes)", () => {
  const components = (spec as unknown as { components: { responses: Record<string, { content?: Record<string, { examples?: Record<string, { value?: { error_msg?: string } }> }> }> } }).components;
  const messages = (op: Op, status: string): string[] => {
    const ref = (op.responses[status] as { $ref?: string } | undefined)?.$ref;
    const examples = components.responses[ref?.split("/").at(-1) ?? ""]?.content?.["application/json"]?.examples ?? {};
    return Object.values(examples).map((e) => e.value?.error_msg ?? "");
  };

  it.each(ops.map((o) => o.operationId))("%s: 502 is Backend unavailable, 504 Backend timeout", (id) => {
    const op = specOp(id);
    expect(messages(op, "502")).toEqual([expect.stringMatching(/^Backend unavailable/)]);
    expect(messages(op, "504")).toEqual([expect.stringMatching(/^Backend timeout/)]);
  });
});

describe("the rendered reference's labels", () => {
  // Redoc labels the branches of an anyOf/oneOf by their titles, else "object", "object (2)": a
  // reader could not tell IMS's error body from API Gateway's.
  it("come from a title on every inline object branch of a component's anyOf or oneOf", () => {
    const components = (spec as unknown as { components: { schemas: Record<string, Record<string, unknown>> } }).components.schemas;
    const untitled: string[] = [];
    const branched = Object.entries(components).filter(([, schema]) => ["anyOf", "oneOf"].some((k) => Array.isArray(schema[k])));
    for (const [name, schema] of branched) {
      for (const k of ["anyOf", "oneOf"] as const) {
        (schema[k] as Record<string, unknown>[] | undefined)?.forEach((branch, i) => {
          if (branch.type === "object" && !branch.$ref && typeof branch.title !== "string") untitled.push(`${name}.${k}[${i}]`);
        });
      }
    }
    expect(branched.map(([name]) => name)).toContain("ImsError");
    expect(untitled).toEqual([]);
  });
});
