#!/usr/bin/env node
// Writes src/generated/ (precompiled validators and the operation table) from the bundled
// contract. `--check` compares instead of writing and exits 1 when a committed file is stale.
import { mkdir, readFile, rm, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildOutputs } from "./outputs.mjs";

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/generated");
const check = process.argv.includes("--check");

const outputs = await buildOutputs();
const stale = [];
for (const [name, content] of Object.entries(outputs)) {
  const file = path.join(outDir, name);
  if ((await readFile(file, "utf8").catch(() => null)) === content) continue;
  stale.push(name);
  if (!check) {
    await mkdir(outDir, { recursive: true });
    await writeFile(file, content);
    console.log(`wrote src/generated/${name}`);
  }
}
const extra = (await readdir(outDir).catch(() => [])).filter((name) => !(name in outputs));
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
  for (const name of extra) await rm(path.join(outDir, name));
}
