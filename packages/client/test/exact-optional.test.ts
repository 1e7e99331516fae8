import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The client's options as a consumer with `exactOptionalPropertyTypes` compiles them:
// `projectId: env.PROJECT_ID` or `logger: debug ? console : undefined` must not need a spread.
describe("the client's types under exactOptionalPropertyTypes", () => {
  it("take undefined wherever an option may be left out, and still refuse misspelt ones", () => {
    const consumer = fileURLToPath(new URL("./support/exact-optional.ts", import.meta.url));
    const program = ts.createProgram([consumer], {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      types: [],
      noEmit: true,
      skipLibCheck: true,
    });
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" };
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim())).toEqual([]);
  }, 30_000);
});
