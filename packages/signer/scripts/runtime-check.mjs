// Prints the Authorization of a few fixed requests, with sign and signSync and every algorithm, so
// runtimes can be compared by hand (not part of the test suite, which has Node and Chromium only):
//   node scripts/runtime-check.mjs > node.out
//   bun scripts/runtime-check.mjs > bun.out
//   deno run --allow-read --allow-env scripts/runtime-check.mjs > deno.out
// Where a runtime lacks SM3 (Bun, Deno: no HMAC-SM3), the line reads UNSUPPORTED_ALGORITHM.
import { sign, signSync } from "../dist/index.js";

const date = new Date("2026-11-27T09:15:00Z");
const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-example", securityToken: "token" };
const requests = [
  { method: "GET", url: "https://ims.example.com/v2/镜像/a b?name=é+1&tag=b&tag=a", headers: { "X-Name": "caf\u00e9" } },
  { method: "POST", url: "https://ims.example.com/v2/cloudimages/action", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "镜像" }) },
];
const attempt = async (run) => {
  try {
    return (await run()).Authorization;
  } catch (e) {
    return e.code ?? String(e);
  }
};
for (const request of requests) {
  console.log(await attempt(() => sign(request, credentials, { date })));
  console.log(await attempt(() => signSync(request, credentials, { date })));
  console.log(await attempt(() => sign(request, credentials, { date, algorithm: "V11-HMAC-SHA256", region: "r1", service: "ims" })));
  console.log(await attempt(() => sign(request, credentials, { date, algorithm: "SDK-HMAC-SM3" })));
}
