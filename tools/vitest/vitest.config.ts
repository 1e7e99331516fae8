import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "vitest-summary",
    // test/fixtures/ holds the runs the tests start, not tests of this project.
    include: ["test/*.test.ts"],
    testTimeout: 60000,
  },
});
