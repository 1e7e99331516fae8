// Signatures per second on one fixed set of realistic IMS requests, in one process:
// signSync, sign (Web Crypto), the official SDK signer, and the raw-crypto floor (one SHA-256 of
// each canonical request plus one HMAC of its string to sign, the canonical strings precomputed).
// Run on the built package: `pnpm --filter @imsjs/signer build && pnpm --filter @imsjs/signer bench`.
import { createHash, createHmac, hash as oneShotHash } from "node:crypto";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { sign, signSync } from "../dist/index.js";
import { prepare, stringToSign } from "../dist/prepare.js";
import { imsRequests, toOfficialRequest, toSignRequest } from "../test/support/ims-requests.mjs";

const require = createRequire(import.meta.url);
// BENCH_BASELINE=<another build's dist directory> adds its signSync as a contender, so a change is
// measured against the code before it in the same process, on the same requests.
const baseline = process.env.BENCH_BASELINE ? (await import(pathToFileURL(resolve(process.env.BENCH_BASELINE, "index.js")).href)).signSync : undefined;
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js");

const SET_SIZE = Number(process.env.BENCH_SET ?? 1000);
// "cpu" (default) times each round by the process's CPU time (user + system, all threads), which a
// busy or shared machine barely disturbs; "wall" by the wall clock.
const CLOCK = process.env.BENCH_CLOCK === "wall" ? "wall" : "cpu";
const now = CLOCK === "wall" ? () => Number(process.hrtime.bigint()) / 1e3 : () => ((u) => u.user + u.system)(process.cpuUsage());
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const cases = [...imsRequests(SET_SIZE, 7)];
const ours = cases.map(toSignRequest);
const official = cases.map((c, i) => ({
  request: toOfficialRequest(c),
  credential: { getAk: () => ours[i].credentials.ak, getSk: () => ours[i].credentials.sk },
}));
const sha256 = typeof oneShotHash === "function" ? (s) => oneShotHash("sha256", s, "hex") : (s) => createHash("sha256").update(s).digest("hex");
const floorInputs = ours.map(({ request, credentials, options }) => {
  const p = prepare(request, credentials, options);
  const payload = p.p ?? createHash("sha256").update(p.b).digest("hex");
  // Flattened once here, so the floor pays for no string building at all.
  const canonical = Buffer.from(p.h + payload).toString();
  return { canonical, p, sk: credentials.sk, body: p.p === undefined && p.b.length ? p.b : undefined };
});

// The same request set must give the same Authorization from every contender before we time them.
for (let i = 0; i < cases.length; i++) {
  const { request, credentials, options } = ours[i];
  const a = signSync(request, credentials, options).Authorization;
  const b = (await sign(request, credentials, options)).Authorization;
  const c = AKSKSigner.sign(official[i].request, official[i].credential).Authorization;
  const { canonical, p, sk } = floorInputs[i];
  if (baseline && baseline(request, credentials, options).Authorization !== a) throw new Error(`case ${i}: baseline disagrees`);
  const d = createHmac("sha256", sk).update(stringToSign(p, sha256(canonical))).digest("hex");
  if (a !== b || a !== c || !a.endsWith(d)) throw new Error(`case ${i}: contenders disagree`);
}

const contenders = {
  signSync: () => {
    for (const { request, credentials, options } of ours) signSync(request, credentials, options);
  },
  ...(baseline && {
    baseline: () => {
      for (const { request, credentials, options } of ours) baseline(request, credentials, options);
    },
  }),
  sign: async () => {
    for (const { request, credentials, options } of ours) await sign(request, credentials, options);
  },
  official: () => {
    for (const { request, credential } of official) AKSKSigner.sign(request, credential);
  },
  floor: () => {
    for (const { canonical, p, sk } of floorInputs) createHmac("sha256", sk).update(stringToSign(p, sha256(canonical))).digest("hex");
  },
  // Not a target: the floor plus the body hash signSync must also do. No signer can beat this.
  "floor+body": () => {
    for (const { canonical, p, sk, body } of floorInputs) {
      if (body !== undefined) sha256(body);
      createHmac("sha256", sk).update(stringToSign(p, sha256(canonical))).digest("hex");
    }
  },
};

// Interleaved rounds (so drift hits everyone alike); the best round of each is reported. signSync
// and the baseline swap places every other round: whichever runs first reads a few per cent faster.
const best = Object.fromEntries(Object.keys(contenders).map((k) => [k, 0]));
const swapped = Object.entries(contenders);
if (baseline) [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, run] of round % 2 ? swapped : Object.entries(contenders)) {
    const start = now();
    await run();
    const perSecond = cases.length / ((now() - start) / 1e6);
    if (round > 0) best[name] = Math.max(best[name], perSecond); // round 0 warms up the JIT
  }
}

const fmt = (n) => Math.round(n).toLocaleString("en-US").padStart(10);
console.log(`${cases.length} IMS requests × ${ROUNDS} rounds, Node ${process.version}, ${CLOCK} clock, best round`);
for (const [name, rate] of Object.entries(best)) console.log(`${name.padEnd(10)} ${fmt(rate)} signatures/s`);
if (baseline) console.log(`signSync / baseline ${(best.signSync / best.baseline).toFixed(2)} (signSync of ${process.env.BENCH_BASELINE})`);
console.log(`signSync / floor    ${(best.signSync / best.floor).toFixed(2)} (target ≥ 0.80)`);
console.log(`signSync / official ${(best.signSync / best.official).toFixed(2)} (target ≥ 4)`);
console.log(`sign / official     ${(best.sign / best.official).toFixed(2)} (Web Crypto; in Node it is thread-pooled and async)`);
console.log(`floor+body / floor  ${(best["floor+body"] / best.floor).toFixed(2)} (the ceiling for signSync / floor)`);
