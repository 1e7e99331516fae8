import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const turbo = path.join(path.dirname(createRequire(import.meta.url).resolve("turbo/package.json")), "bin", "turbo");

// Tasks read these root files (ESLint's flat config, the shared tsconfig, Redocly's rules); a file
// turbo does not hash is edited without a cache miss, and a stale lint or build pass is replayed.
it("turbo hashes the root configuration files that tasks read", () => {
  const plan = JSON.parse(execFileSync(process.execPath, [turbo, "run", "lint", "build", "typecheck", "--filter=@imsjs/mock", "--dry=json"], { cwd: root, encoding: "utf8" })) as {
    globalCacheInputs: { files: Record<string, string> };
  };
  expect(Object.keys(plan.globalCacheInputs.files)).toEqual(expect.arrayContaining(["eslint.config.js", "tsconfig.base.json", "redocly.yaml"]));
});
