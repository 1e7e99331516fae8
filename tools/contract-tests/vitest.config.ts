import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "contract-tests",
    include: ["test/**/*.test.ts"],
    globalSetup: ["../mock/test/global-setup.ts"],
  },
});
