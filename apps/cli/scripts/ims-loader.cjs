#!/usr/bin/env node
// The `ims` binary (written to dist/cli/ims.js by scripts/bundle.mjs). It runs the bundled CLI,
// main.cjs, and the libraries main.cjs requires on demand (client.cjs, …) through V8 code cache:
// Node 20 has no compile cache of its own (module.enableCompileCache is Node ≥ 22.1), and compiling
// the bundles costs 5–7 ms of the 35–40 ms of CPU a start takes. The cache is made on the user's
// machine, in $XDG_CACHE_HOME/imsjs/code-cache (else ~/.cache/imsjs/code-cache; each only when
// absolute, and no cache without a home), by the first runs.
// It is not shipped: V8 keeps the file name a cache was made under (a cache made at build time put
// the build machine's paths in every stack trace), and no two builds made the same cache. A cache
// that cannot be read, written or used only means compiling as usual.
"use strict";
const { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const { dirname, isAbsolute, join } = require("node:path");
const { Script } = require("node:vm");

/**
 * A hash of each bundle's content, written in by scripts/bundle.mjs. V8 checks only that a cache was
 * made for a source of the same length, so the cache's file name must change with the content.
 */
const BUILD = {};

// Sibling bundles loaded through the cache; anything else goes to Node's own require().
const BUNDLE = /^\.\/[\w-]+\.cjs$/;
const modules = new Map();
/** Every Script compiled here, by file. */
const scripts = new Map();
/** Scripts whose cache is written when the process exits, with the generation of each. */
const unsaved = [];
/**
 * A cache holds the functions compiled by the run that wrote it, and those it was given. The first
 * runs each write it again, so it gathers what several commands use (the first run is often `--help`,
 * which needs little of what `images list` does); later runs only read it. Its first byte counts them.
 */
const GENERATIONS = 4;

function cacheDir() {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "imsjs", "code-cache");
  // A relative HOME would be found from the working directory, where a checked-out repository could
  // have put a cache whose bytecode is then run. os.homedir() returns HOME as it is, so the account's
  // home is asked for instead; with none (a uid with no passwd entry) there is no cache.
  let home = process.env.HOME;
  if (!home || !isAbsolute(home)) {
    try {
      home = require("node:os").userInfo().homedir;
    } catch {
      return undefined;
    }
  }
  return home && isAbsolute(home) ? join(home, ".cache", "imsjs", "code-cache") : undefined;
}

/** FNV-1a, for a short directory name per install. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * `<dir>/<install>/main.cjs.<content>.<node version>-<arch>.cache`, or undefined when there is nowhere
 * to keep it. Installs in different directories name different files in their stack traces.
 */
function cacheFile(name) {
  const dir = BUILD[name] === undefined ? undefined : cacheDir();
  return dir && join(dir, hash(__dirname), `${name}.${BUILD[name]}.${process.version}-${process.arch}.cache`);
}

/** The cache (generation byte first), if it is ours: V8 runs a code cache's bytecode as it finds it. */
function readCache(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const { uid, mode } = fstatSync(fd);
    if (process.getuid && (uid !== process.getuid() || (mode & 0o022) !== 0)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written whole or not at all (a temporary file, then a rename), so a concurrent run never reads half a cache. */
function saveCaches() {
  for (const { name, file, script, generation } of unsaved) {
    const dir = dirname(file);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(tmp, Buffer.concat([Buffer.of(generation), script.createCachedData()]), { flag: "wx", mode: 0o600 });
      renameSync(tmp, file);
      // The caches of this bundle from earlier builds (or Node versions) installed here are of no more use.
      for (const old of readdirSync(dir)) if (old.startsWith(`${name}.`) && old.endsWith(".cache") && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing was written, or nothing can be: the next run compiles as usual.
      }
    }
  }
}

function load(name) {
  const file = join(__dirname, name);
  const known = modules.get(file);
  if (known) return known.exports;
  const mod = { exports: {}, id: file, filename: file, loaded: false };
  modules.set(file, mod);
  const cache = cacheFile(name);
  const saved = cache && readCache(cache);
  const cachedData = saved && saved.length > 1 ? saved.subarray(1) : undefined;
  const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  scripts.set(file, script);
  const generation = cachedData && !script.cachedDataRejected ? saved[0] : 0;
  if (cache && generation < GENERATIONS) {
    if (unsaved.length === 0) process.once("exit", saveCaches);
    unsaved.push({ name, file: cache, script, generation: generation + 1 });
  }
  const nodeRequire = createRequire(file);
  const localRequire = Object.assign((id) => (BUNDLE.test(id) ? load(id.slice(2)) : nodeRequire(id)), { resolve: nodeRequire.resolve, cache: nodeRequire.cache });
  script.runInThisContext().call(mod.exports, mod.exports, localRequire, mod, file, __dirname);
  mod.loaded = true;
  return mod.exports;
}

if (require.main === module) void load("main.cjs").main(process.argv.slice(2));
else module.exports = { load, scripts };
