#!/usr/bin/env node
// Bundles spec/ and generates everything in generated/. `--check` compares instead of writing
// and exits 1 when a committed file is stale, so CI can prove the files match the spec.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildOutputs } from "./outputs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "../src/generated");
const check = process.argv.includes("--check");

const outputs = await buildOutputs();
const stale = [];
for (const [name, content] of Object.entries(outputs)) {
  const file = path.join(outDir, name);
  const current = await readFile(file, "utf8").catch(() => null);
  if (current === content) continue;
  if (check) stale.push(name);
  else {
    await mkdir(outDir, { recursive: true });
    await writeFile(file, content);
    console.log(`wrote src/generated/${name}`);
  }
}
if (check) {
  if (stale.length > 0) {
    console.error(
      `@imsjs/openapi: generated files differ from spec/: ${stale.join(", ")}.\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("@imsjs/openapi: generated files match spec/");
}
