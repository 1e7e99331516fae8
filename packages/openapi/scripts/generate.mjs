#!/usr/bin/env node
// Bundles spec/ and writes every generated file (src/generated/ and spec/OPERATIONS.md).
// `--check` compares instead of writing and exits 1 when a committed file is stale, so CI can
// prove the files match the spec. `--only <suffix>` limits the run to files ending in it.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { buildOutputs, repoRoot } from "./outputs.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const onlyAt = args.indexOf("--only");
const only = onlyAt === -1 ? null : args[onlyAt + 1];
if (onlyAt !== -1 && !only) {
  console.error("@imsjs/openapi: --only needs a file name, e.g. --only OPERATIONS.md");
  process.exit(2);
}

const outputs = Object.entries(await buildOutputs()).filter(([name]) => !only || name.endsWith(only));
if (outputs.length === 0) {
  console.error(`@imsjs/openapi: no generated file ends with "${only}"`);
  process.exit(2);
}
const stale = [];
for (const [name, content] of outputs) {
  const file = path.join(repoRoot, name);
  const current = await readFile(file, "utf8").catch(() => null);
  if (current === content) continue;
  if (check) stale.push(name);
  else {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    console.log(`wrote ${name}`);
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
