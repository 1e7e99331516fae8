import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { typeErrors } from "@imsjs/browser-testing";
import { describe, expect, it } from "vitest";

// The built .d.ts, as consumers' TypeScript sees them (after `pnpm build`, as in `pnpm test`). A
// whole program is checked each time: seconds, not milliseconds.
describe("the published types", () => {
  it("type-check in a browser project without @types/node, the signer's and @imsjs/openapi's included", () => {
    expect(typeErrors(fileURLToPath(new URL("./support/as-published.mjs", import.meta.url)))).toEqual([]);
  }, 30_000);

  it("make the README's quick start strict TypeScript as it stands: `data` needs no `!`", () => {
    const quickStart = fileURLToPath(new URL("../examples/quick-start.mjs", import.meta.url));
    expect(typeErrors(quickStart, { types: ["node"], skipLibCheck: true })).toEqual([]);
  }, 30_000);

  it("type a returned `error` as the runtime returns it, an object, on every operation: Glance's text/plain errors come back as the ImsError", () => {
    // With `string` in the union, `"error_code" in error` did not compile and `if (error)` left `data` possibly undefined.
    const returnedError = fileURLToPath(new URL("./support/returned-error.ts", import.meta.url));
    expect(typeErrors(returnedError, { skipLibCheck: true })).toEqual([]);
  }, 30_000);
});

// Every TypeScript block of the READMEs that show the client (and the contract and mock beside it),
// checked as a user would paste it into a strict ES-module project. A block may use names its
// section has introduced (`ims`, `image_id`, `jobId`, `readFile`, `ImsError`): those it does not declare
// itself are declared first, `ims` made with `throwOnError: false` where the block says so.
describe("the READMEs' TypeScript examples", () => {
  const readmes = { "README.md": "../../../README.md", "packages/client/README.md": "../README.md", "packages/contract/README.md": "../../contract/README.md", "tools/mock/README.md": "../../../tools/mock/README.md" };
  const blocks = Object.entries(readmes).flatMap(([name, readme]) =>
    [...readFileSync(new URL(readme, import.meta.url), "utf8").matchAll(/^( *)```ts\n([\s\S]*?)^ *```$/gm)].map((m, i) => ({
      name: `${name} #${i + 1}`,
      code: m[2]!.split("\n").map((line) => line.slice(m[1]!.length)).join("\n"),
    })),
  );
  const declares = (code: string, name: string): boolean => new RegExp(`\\b(?:const|let|function)\\s+(?:\\{[^}]*\\b)?${name}\\b|^import\\b[^;]*\\b${name}\\b`, "m").test(code);
  const prelude = (code: string): string =>
    [
      !declares(code, "ImsError") && /\bImsError\b/.test(code) && 'import { ImsError } from "@imsjs/client";',
      !declares(code, "readFile") && /\breadFile\b/.test(code) && 'import { readFile } from "node:fs/promises";',
      !declares(code, "ims") &&
        /\bims\b/.test(code) &&
        `const ims = (await import("@imsjs/client")).createImsClient({ endpoint: "http://127.0.0.1:1"${/throwOnError: false/.test(code) ? ", throwOnError: false" : ""} });`,
      !declares(code, "image_id") && /\bimage_id\b(?!:)/.test(code) && 'const image_id = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";',
      !declares(code, "jobId") && /\bjobId\b/.test(code) && 'const jobId = "ff8080814dbd65d7014dc7b5e2350000";',
    ]
      .filter(Boolean)
      .join("\n");

  it("are found", () => {
    expect(blocks.map((b) => b.name)).toEqual(expect.arrayContaining(["README.md #1", "packages/client/README.md #3", "packages/contract/README.md #2", "tools/mock/README.md #1"]));
  });

  it("type-check in strict mode as they stand", () => {
    // Inside the package, so that `@imsjs/client` and its neighbours resolve as they do for a user.
    const dir = mkdtempSync(fileURLToPath(new URL("./.readme-", import.meta.url)));
    try {
      // One program for every block (each its own module), which is one type-check instead of one per block.
      blocks.forEach((block, i) => writeFileSync(join(dir, `block${i}.mts`), `${prelude(block.code)}\n${block.code}\nexport {};\n`));
      writeFileSync(join(dir, "all.mts"), blocks.map((_, i) => `import "./block${i}.mjs";\n`).join(""));
      const errors = typeErrors(join(dir, "all.mts"), { types: ["node"], skipLibCheck: true });
      expect(errors.map((e) => e.replace(/^.*block(\d+)\.mts/, (_, i: string) => blocks[Number(i)]!.name))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
