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
});
