import { expect, it } from "vitest";
import { compareVersions } from "../src/version-bump.js";

it.each([
  ["0.1.0", "1.0.0", "major"],
  ["1.2.3", "1.3.0", "minor"],
  ["1.2.3", "1.2.4", "patch"],
  ["1.2.3", "1.2.3", "none"],
  ["2.0.0", "1.9.9", "none"],
  ["1.2.3", "1.2.4-beta.1", "patch"],
  [undefined, "1.0.0", "none"],
] as const)("%s → %s is %s", (before, after, bump) => {
  expect(compareVersions(before, after)).toBe(bump);
});
