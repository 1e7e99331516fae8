import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The contract's options and inputs as a consumer with `exactOptionalPropertyTypes` compiles them:
// `logger: debug ? console : undefined` or headers that may be undefined must not need a spread.
describe("the contract's types under exactOptionalPropertyTypes", () => {
  it("take undefined wherever an option or input may be left out, and still refuse unknown ones", () => {
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
