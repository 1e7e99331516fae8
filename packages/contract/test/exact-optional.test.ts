import { fileURLToPath } from "node:url";
import { typeErrors } from "@imsjs/browser-testing";
import { describe, expect, it } from "vitest";

// The contract's options and inputs as a consumer with `exactOptionalPropertyTypes` compiles them:
// `logger: debug ? console : undefined` or headers that may be undefined must not need a spread.
describe("the contract's types under exactOptionalPropertyTypes", () => {
  it("take undefined wherever an option or input may be left out, and still refuse unknown ones", () => {
    const consumer = fileURLToPath(new URL("./support/exact-optional.ts", import.meta.url));
    expect(typeErrors(consumer, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 30_000);
});
