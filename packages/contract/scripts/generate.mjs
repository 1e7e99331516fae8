#!/usr/bin/env node
// Writes src/generated/ (precompiled validators and the operation table) from the bundled
// contract. `--check` compares instead of writing and exits 1 when a committed file is stale.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { syncOutputs } from "../../openapi/scripts/sync.mjs";
import { buildOutputs } from "./outputs.mjs";

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/generated");
const check = process.argv.includes("--check");

const outputs = await buildOutputs();
const { stale, extra } = await syncOutputs(outDir, outputs, { generatedDir: ".", check });
if (check) {
  if (stale.length + extra.length > 0) {
    console.error(
      `@imsjs/contract: src/generated/ does not match the contract (${[...stale, ...extra].join(", ")}).\n` +
        "Run `pnpm generate` and commit the result.",
    );
    process.exit(1);
  }
  console.log("@imsjs/contract: generated validators match the contract");
} else {
  for (const name of stale) console.log(`wrote src/generated/${name}`);
}
