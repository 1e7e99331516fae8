// Writes the V8 code cache that dist/cli/ims.js loads (see ims-loader.cjs): runs `ims --help` and a
// dry run in this process, then saves, for every bundle loaded, the code V8 compiled for it,
// functions compiled on first call included. Run by scripts/bundle.mjs; sends nothing (dry run).
"use strict";
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const { load, scripts } = require(join(process.argv[2], "ims.js"));

async function train() {
  const { main } = load("main.cjs");
  await main(["--help"]);
  await main(["images", "list", "--type", "private", "--limit", "5", "--dry-run"]);
  await main(["-o", "json", "images", "create", "--name", "web", "--instance-id", "i", "--dry-run"]);
  for (const [file, script] of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
  process.exitCode = 0;
}

void train();
