import { fileURLToPath } from "node:url";
import { typeErrors } from "@imsjs/browser-testing";
import { describe, expect, it } from "vitest";

// The client's options as a consumer with `exactOptionalPropertyTypes` compiles them:
// `projectId: env.PROJECT_ID` or `logger: debug ? console : undefined` must not need a spread.
describe("the client's types under exactOptionalPropertyTypes", () => {
  it("take undefined wherever an option may be left out, and still refuse misspelt ones", () => {
    const consumer = fileURLToPath(new URL("./support/exact-optional.ts", import.meta.url));
    expect(typeErrors(consumer, { exactOptionalPropertyTypes: true })).toEqual([]);
  }, 30_000);
});
