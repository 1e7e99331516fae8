import { describe, expect, it } from "vitest";
import { coerceParams } from "../src/coerce.js";

describe("coerceParams", () => {
  it.each([
    ["integer", { types: ["integer"] }, "42", 42],
    ["negative number with exponent", { types: ["number"] }, "-1.5e3", -1500],
    ["boolean true", { types: ["boolean"] }, "true", true],
    ["boolean false", { types: ["boolean"] }, "false", false],
    ["a string that may stay a string", { types: ["string", "integer"] }, "42", "42"],
    ["a number that is not one", { types: ["integer"] }, "4x", "4x"],
    ["a leading zero (not JSON)", { types: ["integer"] }, "01", "01"],
    ["an empty value for a nullable", { types: ["integer", "null"] }, "", null],
    ["a single value for an array", { types: ["array"], items: ["integer"] }, "7", [7]],
    ["repeated values for an array", { types: ["array"], items: ["boolean"] }, ["true", "no"], [true, "no"]],
    ["a scalar given once as a list", { types: ["integer"] }, ["3"], 3],
    ["a scalar given twice", { types: ["integer"] }, ["3", "4"], ["3", "4"]],
    ["no declared type", { types: [] }, "x", "x"],
  ])("%s", (_name, plan, value, expected) => {
    expect(coerceParams({ p: value }, { p: plan })).toEqual({ p: expected });
  });

  it("leaves undeclared members alone and never changes its input", () => {
    const input = { limit: "5", other: "5" };
    expect(coerceParams(input, { limit: { types: ["integer"] } })).toEqual({ limit: 5, other: "5" });
    expect(input).toEqual({ limit: "5", other: "5" });
  });
});
