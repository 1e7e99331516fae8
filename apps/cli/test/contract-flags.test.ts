import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { IMAGE_FILTERS } from "../src/commands/image-filters.js";

type Param = { name: string; in: string; schema?: { enum?: string[]; type?: string | string[]; items?: { enum?: string[] } } };
const spec = createRequire(import.meta.url)("@imsjs/openapi/openapi.json") as {
  paths: Record<string, Record<string, { operationId?: string; parameters?: (Param | { $ref: string })[] }>>;
  components: { parameters?: Record<string, Param> };
};

function parametersOf(operationId: string): Param[] {
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === "object" && op.operationId === operationId) {
        return (op.parameters ?? []).map((p) => ("$ref" in p ? spec.components.parameters![p.$ref.split("/").pop()!]! : p));
      }
    }
  }
  throw new Error(`no ${operationId}`);
}

describe("images list flags follow the contract", () => {
  const query = parametersOf("listImages").filter((p) => p.in === "query");

  it("every filter flag maps to a listImages query parameter, with the same allowed values", () => {
    for (const f of IMAGE_FILTERS) {
      const p = query.find((q) => q.name === f.param);
      expect(p, `${f.flags}: listImages has no query parameter ${String(f.param)}; update apps/cli/src/commands/image-filters.ts`).toBeDefined();
      if (p?.schema?.enum) expect(f.choices, f.flags).toEqual(p.schema.enum);
      else expect(f.choices, f.flags).toBeUndefined();
    }
  });

  it("every listImages filter has a flag (paging has --limit/--marker/--all)", () => {
    const covered = new Set([...IMAGE_FILTERS.map((f) => f.param as string), "limit", "marker"]);
    const missing = query.map((q) => q.name).filter((n) => !covered.has(n));
    expect(missing, "give each new listImages filter a flag in apps/cli/src/commands/image-filters.ts").toEqual([]);
  });
});
