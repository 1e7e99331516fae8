#!/usr/bin/env node
// `pnpm bench` (root: `pnpm bench:contract`): measures, never asserts.
//  1. validations/s of a 100-image listImages answer: our precompiled validator (raw and through
//     validateResponse) vs Ajv compiling the same schema at run time (the floor) vs
//     openapi-response-validator (what users pick today);
//  2. time from import to first validation vs compiling the contract at run time (fresh
//     processes, median of several);
//  3. `ims-contract check` on large NDJSON and HAR files: throughput and peak RSS.
// `--quick` uses smaller files and shorter runs. Needs `pnpm build` first.
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { contractSchemas, loadContract, newAjv } from "./outputs.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../dist");
const quick = process.argv.includes("--quick");
const doc = await loadContract();

const { validateResponse, contractOperations } = await import(pathToFileURL(path.join(dist, "index.js")).href);
const generated = await import(pathToFileURL(path.join(dist, "generated/validators.js")).href);

// --- the payload: 100 images shaped like the contract's own example --------------------------
function exampleImage() {
  const examples = doc.paths["/v2/cloudimages"].get.responses["200"].content["application/json"].examples;
  const first = Object.values(examples)[0];
  const value = first.$ref ? doc.components.examples[first.$ref.split("/").pop()].value : first.value;
  return value.images[0];
}
const base = exampleImage();
const body = {
  images: Array.from({ length: 100 }, (_, i) => ({ ...base, id: `bc6bed6e-ba3a-4447-afcc-${String(i).padStart(12, "0")}`, name: `image-${i}` })),
};

// --- 1. throughput -------------------------------------------------------------------------------
const listImages = contractOperations.find((o) => o.operationId === "listImages");
const ourRaw = generated[listImages.responses["200"].content["application/json"]];

// `assign` writes into the operation table built by contractSchemas, not ours: find it there.
function findListImagesSchema() {
  const fresh = contractSchemas(doc);
  let found;
  for (const [s, kind, assign] of fresh.inlined) {
    if (kind !== "bodies") continue;
    assign("__probe__");
    const op = fresh.operations.find((o) => o.operationId === "listImages");
    if (op.responses["200"].content["application/json"] === "__probe__" && !found) found = s;
    if (op.responses["200"].content["application/json"] === "__probe__") op.responses["200"].content["application/json"] = "__done__";
  }
  return found;
}

const floor = (() => {
  const { keywords, tracking, roots } = contractSchemas(doc);
  const ajv = newAjv(keywords, false, tracking);
  for (const root of Object.values(roots)) ajv.addSchema(root);
  return ajv.compile(findListImagesSchema());
})();

const OpenAPIResponseValidator = require("openapi-response-validator").default ?? require("openapi-response-validator");
const oarv = new OpenAPIResponseValidator({
  responses: doc.paths["/v2/cloudimages"].get.responses,
  components: doc.components,
});

for (const [name, ok] of [
  ["precompiled", ourRaw(body)],
  ["validateResponse", validateResponse({ operationId: "listImages" }, { status: 200, body }).valid],
  ["ajv runtime", floor(body)],
  ["openapi-response-validator", oarv.validateResponse(200, body) === undefined],
]) {
  if (!ok) throw new Error(`${name} rejects the benchmark payload; fix the bench before trusting it`);
}

const tasks = [
  ["imsjs precompiled validator (raw)", () => ourRaw(body)],
  ["imsjs validateResponse (routing + status + body)", () => validateResponse({ operationId: "listImages" }, { status: 200, body })],
  ["Ajv 2020 compiled at run time (floor)", () => floor(body)],
  ["openapi-response-validator 12.1.3", () => oarv.validateResponse(200, body)],
];
// Rounds in rotated order, best round per task: the order tasks run in otherwise shows up
// as a few percent (GC and JIT state left by the previous task).
const hz = {};
const rounds = quick ? 2 : 4;
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({ time: quick ? 300 : 1500, warmupTime: quick ? 100 : 300 });
  for (let i = 0; i < tasks.length; i++) bench.add(...tasks[(i + round) % tasks.length]);
  await bench.run();
  for (const t of bench.tasks) hz[t.name] = Math.max(hz[t.name] ?? 0, t.result.throughput?.mean ?? t.result.hz);
}
const floorHz = hz["Ajv 2020 compiled at run time (floor)"];
console.log("\n1. validations/s of a 100-image listImages answer");
console.table(tasks.map(([name]) => ({ task: name, "ops/s": Math.round(hz[name]), "× floor": (hz[name] / floorHz).toFixed(2) })));

// --- 2. startup ---------------------------------------------------------------------------------
const runs = quick ? 5 : 11;
const payloadFile = path.join(await mkdtemp(path.join(tmpdir(), "imsjs-bench-")), "body.json");
await writeFile(payloadFile, JSON.stringify(body));
const probe = {
  precompiled: `
    import { readFileSync } from "node:fs";
    const body = JSON.parse(readFileSync(${JSON.stringify(payloadFile)}, "utf8"));
    const t0 = performance.now();
    const { validateResponse } = await import(${JSON.stringify(pathToFileURL(path.join(dist, "index.js")).href)});
    const ok = validateResponse({ operationId: "listImages" }, { status: 200, body }).valid;
    console.log(JSON.stringify({ ms: performance.now() - t0, ok }));`,
  runtime: `
    import { readFileSync } from "node:fs";
    const body = JSON.parse(readFileSync(${JSON.stringify(payloadFile)}, "utf8"));
    const t0 = performance.now();
    const { contractSchemas, loadContract, newAjv } = await import(${JSON.stringify(pathToFileURL(path.join(here, "outputs.mjs")).href)});
    const doc = await loadContract();
    const { keywords, tracking, inlined, roots, operations } = contractSchemas(doc);
    const ajv = newAjv(keywords, false, tracking);
    for (const root of Object.values(roots)) ajv.addSchema(root);
    const compiled = new Map();
    for (const [schema, , assign] of inlined) {
      const key = JSON.stringify(schema);
      if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
      assign(key);
    }
    const op = operations.find((o) => o.operationId === "listImages");
    const ok = compiled.get(op.responses["200"].content["application/json"])(body);
    console.log(JSON.stringify({ ms: performance.now() - t0, ok, validators: compiled.size }));`,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Interleaved, so both sides see the same load on a shared machine.
const samples = { precompiled: [], runtime: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(probe)) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: here, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${name} startup probe failed:\n${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split("\n").pop());
    if (!out.ok) throw new Error(`${name} startup probe rejected the payload`);
    samples[name].push(out.ms);
  }
}
const startup = { precompiled: median(samples.precompiled), runtime: median(samples.runtime) };
console.log(`\n2. import to first validation (median of ${runs} fresh processes each; load average ${os.loadavg()[0].toFixed(1)})`);
console.table([
  { how: "imsjs precompiled (import + validate)", ms: startup.precompiled.toFixed(1) },
  { how: "Ajv compiling every schema of the contract at run time", ms: startup.runtime.toFixed(1) },
  { how: "ratio precompiled / run time", ms: (startup.precompiled / startup.runtime).toFixed(3) },
]);

// --- 3. streaming -----------------------------------------------------------------------------
const dir = path.dirname(payloadFile);
const line = JSON.stringify({ method: "GET", url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages?limit=100", status: 200, body });
const entry = JSON.stringify({
  request: { method: "GET", url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages?limit=100", headers: [], httpVersion: "HTTP/1.1", queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
  response: { status: 200, statusText: "OK", httpVersion: "HTTP/1.1", headers: [{ name: "Content-Type", value: "application/json" }], cookies: [], content: { size: 0, mimeType: "application/json", text: JSON.stringify(body) }, redirectURL: "", headersSize: -1, bodySize: -1 },
  startedDateTime: "2026-11-27T00:00:00Z", time: 1, cache: {}, timings: { send: 0, wait: 1, receive: 0 },
});

async function writeFileOf(file, head, item, sep, tail, bytes) {
  const out = createWriteStream(file);
  out.write(head);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const chunk = (i ? sep : "") + item;
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(tail, r));
}

// Peak RSS from inside the child, so it is exact and portable.
const runner = path.join(dir, "run-check.mjs");
await writeFile(
  runner,
  `import { runCli } from ${JSON.stringify(pathToFileURL(path.join(dist, "cli.js")).href)};
   const t0 = performance.now();
   let out = "";
   const code = await runCli(process.argv.slice(2), { stdout: { write: (t) => (out += t) }, stderr: process.stderr });
   const report = JSON.parse(out);
   console.log(JSON.stringify({ code, ms: performance.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024, checked: report.totals.checked }));`,
);
const sizes = quick ? [10, 40] : [20, 100];
const HEAP_CAP_MB = 32;
const streaming = [];
for (const kind of ["ndjson", "har"]) {
  for (const mb of sizes) {
    const file = path.join(dir, `traffic-${mb}.${kind}`);
    if (kind === "ndjson") await writeFileOf(file, "", line, "\n", "\n", mb * 1e6);
    else await writeFileOf(file, '{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[', entry, ",", "]}}\n", mb * 1e6);
    const size = (await stat(file)).size / 1e6;
    // A V8 heap capped well below the file size: the run fails if anything holds the file.
    const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, runner, "check", file, "--format", "json"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`check on ${file} failed:\n${r.stderr}`);
    const out = JSON.parse(r.stdout.trim());
    streaming.push({ file: `${kind} ${size.toFixed(0)} MB`, exchanges: out.checked, "MB/s": (size / (out.ms / 1000)).toFixed(1), "peak RSS MB": out.maxRssMB.toFixed(0), exit: out.code });
    await rm(file);
  }
}
console.log(`\n3. ims-contract check, streamed, V8 heap capped at ${HEAP_CAP_MB} MB (peak RSS must not grow with the file)`);
console.table(streaming);
await rm(dir, { recursive: true, force: true });
