#!/usr/bin/env node
// `pnpm --filter @imsjs/client bench:overhead`: what the client itself costs per call, with the
// network taken out. globalThis.fetch is replaced by a stub answering a canned 100-image page at
// once, so what is left is openapi-fetch, the transport, signing and JSON parsing, single-threaded,
// and steadier than the loopback benchmark on a shared machine. The floor signs the same request
// by hand and calls the same stub. Prints CPU µs per call; asserts nothing.
//
// BENCH_BASELINE=<dir> adds another build's dist/ (see client.bench.mjs) to the same rounds;
// BENCH_BASELINE_FIRST=1 sets it up first (the build set up second reads a few µs slower).
// BENCH_STUB=request makes the stub do what Node's fetch does first with its arguments, build a
// Request (where a signal passed in is linked to the Request's own), and return after a macrotask
// turn (as the network would; finalizers get to run): the figures then include fetch's share of
// what the client passes it, which the plain stub hides.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { sign, signSync } from "@imsjs/signer";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CALLS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const creds = { ak: "HPUABENCHMARKAK00001", sk: "benchmark-secret-key-0123456789abcdefghij" };
const page = JSON.stringify({ images: Array.from({ length: 100 }, (_, i) => ({ id: `image-${i}`, name: `web-${i}` })) });
const answer = () =>
  new Response(page, { status: 200, headers: { "content-type": "application/json", "content-length": String(page.length) } });
globalThis.fetch =
  process.env.BENCH_STUB === "request"
    ? async (input, init) => {
        new Request(input, init);
        await new Promise((done) => setImmediate(done));
        return answer();
      }
    : async () => answer();

const base = "http://127.0.0.1:9";
const url = `${base}/v2/cloudimages?limit=100`;
const signer = typeof process.getBuiltinModule === "function" ? signSync : sign;
const contenders = {
  "floor (sign by hand + fetch)": async () => {
    const headers = await signer({ method: "GET", url, headers: { "User-Agent": "b", "X-Project-Id": PROJECT }, body: null }, creds);
    return (await fetch(url, { headers })).json();
  },
};
const builds = [["client.GET (this build)", new URL("../dist/index.js", import.meta.url).href]];
const baseline = process.env.BENCH_BASELINE;
if (baseline) builds[process.env.BENCH_BASELINE_FIRST ? "unshift" : "push"]([`baseline (${baseline})`, pathToFileURL(resolve(baseline, "index.js")).href]);
for (const [name, href] of builds) {
  const client = (await import(href)).createImsClient({ endpoint: base, projectId: PROJECT, credentials: creds, userAgent: "b" });
  contenders[name] = async () => (await client.GET("/v2/cloudimages", { params: { query: { limit: 100 } } })).data;
}

const names = Object.keys(contenders);
const samples = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round <= ROUNDS; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const call = contenders[name];
    const cpu = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) if ((await call()).images.length !== 100) throw new Error(`${name}: short page`);
    const used = process.cpuUsage(cpu);
    if (round > 0) samples[name].push((used.user + used.system) / CALLS); // round 0 warms up
  }
}
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const floor = median(samples[names[0]]);
console.log(`@imsjs/client overhead: GET /v2/cloudimages against a stubbed fetch, ${ROUNDS} rounds × ${CALLS} calls, Node ${process.version}`);
console.log(`                                   CPU µs/call (median, range)   above the floor`);
for (const name of names) {
  const xs = sorted(samples[name]);
  const m = median(xs);
  console.log(`  ${name.padEnd(32)} ${m.toFixed(1).padStart(6)} (${xs[0].toFixed(1)}–${xs.at(-1).toFixed(1)})      ${(m - floor).toFixed(1).padStart(6)}`);
}
