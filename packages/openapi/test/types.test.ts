import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../src/index.js";

// Compile-time checks: `pnpm typecheck` (tsc) fails if an expected type is wrong.
type S = components["schemas"];

describe("generated types", () => {
  it("type free-form objects by what they hold, never as Record<string, never>", () => {
    // The v1 custom attributes are strings, as the docs say.
    expectTypeOf<NonNullable<S["GlanceV1Image"]["properties"]>>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<NonNullable<S["GlanceV1Image"]["properties"]>["__os_version"]>().toEqualTypeOf<string>();
    // Objects whose members the spec does not describe are unknown, to be narrowed by the reader.
    expectTypeOf<NonNullable<S["GlanceImage"]["properties"]>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<NonNullable<S["SchemaDocument"]["properties"]>[string]>().toEqualTypeOf<Record<string, unknown>>();
  });
});
