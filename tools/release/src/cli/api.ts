#!/usr/bin/env node
// `pnpm api:check [base-ref]` and `pnpm api:update`.
import { parseArgs } from "node:util";
import { apiCheck } from "../api-check.js";
import { rootDir } from "./root.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { update: { type: "boolean", default: false }, root: { type: "string" }, snapshots: { type: "string" } },
});

try {
  const result = await apiCheck({
    root: values.root ?? rootDir(),
    update: values.update,
    ...(values.snapshots ? { snapshots: values.snapshots } : {}),
    ...(positionals[0] ? { base: positionals[0] } : {}),
  });
  for (const r of result.results) console.log(`  ${r.status.padEnd(9)} ${r.file} (${r.packageName})`);
  for (const note of result.notes) console.log(`note: ${note}`);
  for (const failure of result.failures) console.error(`FAIL ${failure}`);
  const mode = values.update ? "api:update" : `api:check${result.base ? ` against ${result.base}` : ""}`;
  console.log(`${mode}: ${result.results.length} report(s), ${result.failures.length} failure(s)`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`api: ${(error as Error).message}`);
  process.exitCode = 2;
}
