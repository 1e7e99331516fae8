#!/usr/bin/env node
// Bundles spec/ and writes every generated file (src/generated/ and spec/OPERATIONS.md).
// `--check` compares instead of writing and exits 1 when a committed file is stale, so CI can
// prove the files match the spec; a file in src/generated/ that it does not make counts as stale
// (and is removed when writing). `--only <suffix>` limits the run to files ending in it.
import { buildOutputs, generatedDir, repoRoot } from "./outputs.mjs";
import { syncOutputs } from "./sync.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const onlyAt = args.indexOf("--only");
const only = onlyAt === -1 ? null : args[onlyAt + 1];
if (onlyAt !== -1 && !only) {
  console.error("@imsjs/openapi: --only needs a file name, e.g. --only OPERATIONS.md");
  process.exit(2);
}

// A spec that does not bundle or type (a $ref to a missing file, a duplicate operationId) is the
// reviewer's mistake, not ours: its message, without our stack.
let built;
try {
  built = await buildOutputs();
} catch (error) {
  console.error(`@imsjs/openapi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const outputs = Object.entries(built).filter(([name]) => !only || name.endsWith(only));
if (outputs.length === 0) {
  console.error(`@imsjs/openapi: no generated file ends with "${only}"`);
  process.exit(2);
}
const { stale, extra } = await syncOutputs(repoRoot, Object.fromEntries(outputs), { generatedDir: only ? null : generatedDir, check });
if (check) {
  if (stale.length + extra.length > 0) {
    console.error(
      `@imsjs/openapi: generated files differ from spec/: ${[...stale, ...extra.map((name) => `${name} (not generated)`)].join(", ")}.\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("@imsjs/openapi: generated files match spec/");
} else {
  for (const name of stale) console.log(`wrote ${name}`);
  for (const name of extra) console.log(`removed ${name}`);
}
