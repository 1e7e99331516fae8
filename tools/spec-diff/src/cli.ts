#!/usr/bin/env node
// `pnpm spec:diff [base-ref] [--spec spec/openapi.yaml] [--json]`: exit 1 when the gate fails,
// 2 when it cannot run (bad ref, broken spec).
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runGate } from "./gate.js";
import { formatGate } from "./report.js";

// `pnpm spec:diff -- --json` hands the script a literal `--`, after which parseArgs would take
// `--json` for the base ref.
const args = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: args[0] === "--" ? args.slice(1) : args,
  allowPositionals: true,
  options: {
    spec: { type: "string" },
    json: { type: "boolean", default: false },
    cwd: { type: "string" },
  },
});

try {
  const result = await runGate({
    // The repository this tool lives in (dist/cli.js → ../../..), wherever it is started from.
    cwd: values.cwd ?? fileURLToPath(new URL("../../..", import.meta.url)),
    ...(positionals[0] ? { base: positionals[0] } : {}),
    ...(values.spec ? { spec: values.spec } : {}),
  });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatGate(result));
  process.exitCode = result.failures.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`spec:diff: ${(error as Error).message}`);
  process.exitCode = 2;
}
