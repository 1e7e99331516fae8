import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "docs",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/build-once.ts"],
    // The browser test starts Chromium and visits every operation page.
    testTimeout: 120000,
    hookTimeout: 60000,
  },
});
