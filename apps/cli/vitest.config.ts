import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    globalSetup: ["../../tools/mock/test/global-setup.ts"],
    setupFiles: ["test/support/cleanup.ts"],
    // Each test starts the CLI as a process (and most talk to Prism): on a busy 2-core machine one
    // can take seconds. This only guards against hangs; no test asserts a duration.
    testTimeout: 30_000,
  },
});
