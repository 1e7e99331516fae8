import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "tooling",
    // test/fixtures/ holds the vitest runs that summary-reporter.test.ts starts, not tests of this project.
    include: ["test/*.test.ts"],
    testTimeout: 60000,
  },
});
