#!/usr/bin/env node
// Cold start of `ims` against node's own start-up, measured in the same run (a benchmark, never a test).
// Each sample is a fresh process; commands are interleaved so that machine noise hits them alike.
// Usage: node scripts/bench.mjs [--runs N] [--json] [--baseline path/to/other/ims.js]
// --baseline adds the same commands run from another build (e.g. a checkout of the previous commit),
// so before and after are measured in one run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 30;
const baseline = args.includes("--baseline") ? args[args.indexOf("--baseline") + 1] : undefined;
const bin = fileURLToPath(new URL("../dist/cli/ims.js", import.meta.url));
const home = mkdtempSync(join(tmpdir(), "ims-bench-"));
process.on("exit", () => rmSync(home, { recursive: true, force: true })); // also when a sample throws
// No network is touched: --dry-run stops before sending, and the endpoint is a closed local port.
const env = { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, "config"), IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "bench-token" };

const cases = [
  { name: "node -e 0", argv: ["-e", "0"] },
  // The floor for any command that talks HTTP: Node 20 loads its fetch (undici) on first use.
  { name: "node: first new Request()", argv: ["-e", "new Request('http://127.0.0.1/')"] },
  { name: "ims --help", argv: [bin, "--help"] },
  { name: "ims images list --dry-run", argv: [bin, "images", "list", "--dry-run"] },
  // A first run finds no code cache (scripts/ims-loader.cjs) and writes one as it exits.
  { name: "first run: ims images list --dry-run", argv: [bin, "images", "list", "--dry-run"], fresh: true },
  ...(baseline
    ? [
        { name: "baseline: ims --help", argv: [baseline, "--help"] },
        { name: "baseline: ims images list --dry-run", argv: [baseline, "images", "list", "--dry-run"] },
      ]
    : []),
];

let fresh = 0;
function once(argv, firstRun = false) {
  const runEnv = firstRun ? { ...env, XDG_CACHE_HOME: join(home, `fresh-cache-${fresh++}`) } : env;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { env: runEnv, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}`);
  return ms;
}

// Warms the page cache, and makes the code cache the later runs take (its first runs add to it).
for (const c of cases) for (let i = 0; i < 3; i++) once(c.argv, c.fresh);
const samples = cases.map(() => []);
for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(once(c.argv, c.fresh)));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / s.length);
  return { mean, median: s[Math.floor(s.length / 2)], min: s[0], sd };
};
const results = cases.map((c, j) => ({ name: c.name, ...stats(samples[j]) }));
const base = results[0].median;

if (args.includes("--json")) {
  console.log(JSON.stringify({ runs, node: process.version, results: results.map((r) => ({ ...r, ratio: r.median / base })) }, null, 2));
} else {
  console.log(`cold start, ${runs} runs each, Node ${process.version} (target: ims ≤ 2 × node -e 0)\n`);
  console.log(`${"command".padEnd(38)}${"median".padStart(9)}${"mean ± sd".padStart(16)}${"min".padStart(9)}${"× node".padStart(9)}`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(38)}${`${r.median.toFixed(1)} ms`.padStart(9)}${`${r.mean.toFixed(1)} ± ${r.sd.toFixed(1)}`.padStart(16)}${`${r.min.toFixed(1)}`.padStart(9)}${(r.median / base).toFixed(2).padStart(9)}`,
    );
  }
}
