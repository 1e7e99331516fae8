import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "spec-diff",
    include: ["test/**/*.test.ts"],
    // Each case shells out to redocly (about 0.5 s) and git.
    testTimeout: 30000,
  },
});
