#!/usr/bin/env node
import { allowOfflineGlobals } from "./http/offline.js";
import { run } from "./index.js";
import { processIO } from "./io.js";

allowOfflineGlobals();
// No top-level await: the binary is bundled as CommonJS (see scripts/bundle.mjs).
void run(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
