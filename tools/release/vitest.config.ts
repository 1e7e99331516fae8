import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "release",
    include: ["test/**/*.test.ts"],
    // Packing, attw and API Extractor run for real on the fixture packages.
    testTimeout: 60000,
  },
});
