import type * as NodeCrypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { typeErrors } from "@imsjs/browser-testing";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { nodeCrypto } from "../src/sign-sync.js";

// The published .d.ts, as the package is imported by name (its `types` condition, which browser
// bundlers use too): a browser or Workers project has no @types/node, and must not need it. A whole
// program is checked: seconds, not milliseconds.
describe("the published types", () => {
  it("type-check in a browser project without @types/node", () => {
    expect(typeErrors(fileURLToPath(new URL("./support/as-published.mjs", import.meta.url)))).toEqual([]);
  }, 30_000);

  it("take undefined wherever an option may be left out, under exactOptionalPropertyTypes", () => {
    const consumer = fileURLToPath(new URL("./support/exact-optional.ts", import.meta.url));
    expect(typeErrors(consumer, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 30_000);

  it("describe node:crypto as it is (checked by tsc, with @types/node)", () => {
    expectTypeOf<typeof NodeCrypto>().toExtend<NonNullable<ReturnType<typeof nodeCrypto>>>();
  });
});
