#!/usr/bin/env node
// The `ims` binary (copied to dist/cli/ims.js by scripts/bundle.mjs). It runs the bundled CLI,
// main.cjs, and the libraries main.cjs requires on demand (client.cjs, …) from V8 code cache made
// at build time by scripts/train-code-cache.cjs: Node 20 has no compile cache of its own
// (module.enableCompileCache is Node ≥ 22.1), and compiling the bundle was ~3 ms of every start.
// A cache made by another Node version, or missing, is simply not used: V8 compiles as usual.
"use strict";
const { readFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");

// Sibling bundles loaded through the cache; anything else goes to Node's own require().
const BUNDLE = /^\.\/[\w-]+\.cjs$/;
const modules = new Map();
/** Every Script compiled here, by file: the trainer writes their caches after a run. */
const scripts = new Map();

function load(name) {
  const file = join(__dirname, name);
  const known = modules.get(file);
  if (known) return known.exports;
  const mod = { exports: {}, id: file, filename: file, loaded: false };
  modules.set(file, mod);
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  scripts.set(file, script);
  const nodeRequire = createRequire(file);
  const localRequire = Object.assign((id) => (BUNDLE.test(id) ? load(id.slice(2)) : nodeRequire(id)), { resolve: nodeRequire.resolve, cache: nodeRequire.cache });
  script.runInThisContext().call(mod.exports, mod.exports, localRequire, mod, file, __dirname);
  mod.loaded = true;
  return mod.exports;
}

if (require.main === module) void load("main.cjs").main(process.argv.slice(2));
else module.exports = { load, scripts };
