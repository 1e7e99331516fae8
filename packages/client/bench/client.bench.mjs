#!/usr/bin/env node
// `pnpm bench:client`: `client.GET("/v2/cloudimages")` with AK/SK signing against a floor of plain
// fetch with the same signing done by hand, both against a loopback server (its own process) that
// answers a fixed 100-image page. Prints figures and ratios; asserts nothing (a benchmark, not a test).
//
// Two measures: requests/s (wall clock) and client CPU per request. On a shared machine the wall
// clock swings with other load, so rounds are short, alternate, and are compared pairwise; CPU time
// per request is the steadier figure of what the client itself costs.
//
// BENCH_BASELINE=<dir> adds a second client, imported from another build's dist/ (e.g. a copy made
// before a change, placed where it resolves this package's dependencies, such as
// node_modules/.baseline/), measured in the same rounds: before and after under the same load.
// Of two identical builds, the one set up second reads a few µs slower (code they share, openapi-fetch,
// the signer, fetch, has seen both): BENCH_BASELINE_FIRST=1 sets the baseline up first, so a change
// can be read in both orders.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { sign, signSync } from "@imsjs/signer";

// 20 rounds: with 12, the median of the per-round ratios moved by ±0.035 from one run to the next on
// the shared 2-core machine (0.836–0.906 in seven runs of the same build); more pairs narrow that.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const creds = { ak: "HPUABENCHMARKAK00001", sk: "benchmark-secret-key-0123456789abcdefghij" };
const userAgent = "imsjs-bench";

const server = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
const [line] = await once(createInterface({ input: server.stdout }), "line");
const { port, bytes } = JSON.parse(line);
const base = `http://127.0.0.1:${port}`;
const url = `${base}/v2/cloudimages?limit=100`;

// The floor: what a careful hand-written caller does: sign the same headers the same way as the
// client (node:crypto where the runtime has it), fetch, parse.
const signer = typeof process.getBuiltinModule === "function" ? signSync : sign;
async function floorCall() {
  const headers = await signer({ method: "GET", url, headers: { "User-Agent": userAgent, "X-Project-Id": PROJECT }, body: null }, creds);
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`floor got ${res.status}`);
  const body = await res.json();
  if (body.images.length !== 100) throw new Error("floor: short page");
}

const baselineDir = process.env.BENCH_BASELINE;
const thisBuild = new URL("../dist/", import.meta.url).pathname;
const dirs = baselineDir ? (process.env.BENCH_BASELINE_FIRST ? [baselineDir, thisBuild] : [thisBuild, baselineDir]) : [thisBuild];
const made = new Map();
for (const dir of dirs) {
  const { createImsClient } = await import(pathToFileURL(resolve(dir, "index.js")).href);
  made.set(dir, createImsClient({ endpoint: base, projectId: PROJECT, credentials: creds, userAgent }));
}
const client = made.get(thisBuild);
async function clientCall() {
  const { data } = await client.GET("/v2/cloudimages", { params: { query: { limit: 100 } } });
  if (data?.images.length !== 100) throw new Error("client: short page");
}

const baselineClient = baselineDir && made.get(baselineDir);
async function baselineCall() {
  const { data } = await baselineClient.GET("/v2/cloudimages", { params: { query: { limit: 100 } } });
  if (data?.images.length !== 100) throw new Error("baseline: short page");
}

async function run(call, n) {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < n) await call();
    }),
  );
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { rps: (n / wall) * 1000, cpuUs: (used.user + used.system) / n };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await run(floorCall, 500);
  await run(clientCall, 500);
  if (baselineClient) await run(baselineCall, 500);
  const floor = [];
  const ours = [];
  const before = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so drift within a pair hits both alike.
    if (r % 2 === 0) {
      floor.push(await run(floorCall, REQUESTS));
      ours.push(await run(clientCall, REQUESTS));
      if (baselineClient) before.push(await run(baselineCall, REQUESTS));
    } else {
      if (baselineClient) before.push(await run(baselineCall, REQUESTS));
      ours.push(await run(clientCall, REQUESTS));
      floor.push(await run(floorCall, REQUESTS));
    }
  }
  const rpsRatio = median(ours.map((o, i) => o.rps / floor[i].rps));
  const cpuRatio = median(floor.map((f) => f.cpuUs)) / median(ours.map((o) => o.cpuUs));
  const fmt = (x) => x.toFixed(0).padStart(6);
  console.log(`@imsjs/client benchmark: GET /v2/cloudimages, 100-image page (${bytes} bytes), AK/SK signed, ${CONCURRENCY} in flight`);
  console.log(`  ${ROUNDS} alternating rounds × ${REQUESTS} requests, Node ${process.version}, server in its own process`);
  console.log(`                                   req/s (median)   client CPU µs/request (median)`);
  console.log(`  floor (fetch + sign by hand):    ${fmt(median(floor.map((f) => f.rps)))}           ${fmt(median(floor.map((f) => f.cpuUs)))}`);
  console.log(`  client.GET (createImsClient):    ${fmt(median(ours.map((o) => o.rps)))}           ${fmt(median(ours.map((o) => o.cpuUs)))}`);
  console.log(`  client / floor, throughput:      ${rpsRatio.toFixed(3)}  (median of per-round ratios; target ≥ 0.85)`);
  console.log(`  client / floor, per CPU-second:  ${cpuRatio.toFixed(3)}`);
  if (baselineClient) {
    const beforeRatio = median(before.map((b, i) => b.rps / floor[i].rps));
    console.log(`  baseline (${baselineDir}):`);
    console.log(`    req/s ${fmt(median(before.map((b) => b.rps)))}, CPU µs/request ${fmt(median(before.map((b) => b.cpuUs)))}`);
    console.log(`    baseline / floor, throughput: ${beforeRatio.toFixed(3)}; per CPU-second: ${(median(floor.map((f) => f.cpuUs)) / median(before.map((b) => b.cpuUs))).toFixed(3)}`);
  }
} finally {
  server.stdin.end();
  server.kill();
}
