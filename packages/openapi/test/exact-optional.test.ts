import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The generated types as a consumer with `exactOptionalPropertyTypes` compiles them: openapi-typescript
// types an optional parameter `name?: T`, which would refuse the `marker: lastId` of a page loop.
describe("generated types under exactOptionalPropertyTypes", () => {
  it("take undefined for optional query and header parameters, and still refuse unknown ones", () => {
    const consumer = fileURLToPath(new URL("./support/exact-optional.ts", import.meta.url));
    const program = ts.createProgram([consumer], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      types: [],
      noEmit: true,
    });
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" };
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim())).toEqual([]);
  }, 30_000);
});
