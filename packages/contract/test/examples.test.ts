import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse, type OperationId, type ValidationResult } from "../src/index.js";
import { specExamples, type SpecExample } from "./support/contract.js";
import { mutations } from "./support/mutate.js";

function check(example: SpecExample, body: unknown): ValidationResult {
  const ref = { operationId: example.operationId as OperationId };
  const headers = { "content-type": example.media };
  return example.side === "request"
    ? validateRequest(ref, { headers, body })
    : validateResponse(ref, { status: example.status ?? 200, headers, body });
}

const label = (e: SpecExample): string => `${e.operationId} ${e.side}${e.status ? ` ${e.status}` : ""} ${e.media} "${e.name}"`;

describe("the contract's own examples", () => {
  it("exist for requests and responses", () => {
    expect(specExamples.some((e) => e.side === "request")).toBe(true);
    expect(specExamples.some((e) => e.side === "response")).toBe(true);
  });

  it.each(specExamples.map((e) => [label(e), e] as const))("%s is valid", (_label, example) => {
    const result = check(example, example.value);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, operationId: example.operationId });
  });
});

describe("mutated examples are reported at the right pointer", () => {
  const cases = specExamples.flatMap((e) => mutations(e.value, e.schema, e.side).map((m) => [`${label(e)}: ${m.description}`, e, m] as const));

  it("cover removed members, wrong types, wrong enums, refused members and tolerated changes", () => {
    const keywords = new Set(cases.map(([, , m]) => m.keyword));
    for (const k of ["required", "type", "enum", "false schema", null]) expect(keywords, String(k)).toContain(k);
  });

  it.each(cases)("%s", (_label, example, mutation) => {
    const result = check(example, mutation.value);
    if (mutation.keyword === null) {
      expect(result.errors).toEqual([]);
      return;
    }
    expect(result.valid).toBe(false);
    const hit = result.errors.find((v) => v.pointer === mutation.pointer && v.keyword === mutation.keyword);
    expect(hit, JSON.stringify(result.errors, null, 2)).toBeDefined();
    expect(hit!.location).toBe("body");
    expect(hit!.message).toContain(mutation.pointer || "(root)");
    if (mutation.alternative !== undefined) {
      const alternatives = hit!.expected as string[];
      expect(alternatives.some((a) => a.startsWith(mutation.alternative!)), `${mutation.alternative} in ${JSON.stringify(alternatives)}`).toBe(true);
    }
  });
});
