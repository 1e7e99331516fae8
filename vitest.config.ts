import { defineConfig } from "vitest/config";

// One `vitest run` at the root runs every package's project and prints one summary.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts", "tools/*/vitest.config.ts"],
    reporters: ["default", "./tools/vitest/summary-reporter.ts"],
    passWithNoTests: false,
  },
});
