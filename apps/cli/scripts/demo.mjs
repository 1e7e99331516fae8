#!/usr/bin/env node
// `pnpm start`: the CLI against a local Prism mock of IMS. Nothing leaves this machine.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMock } from "@imsjs/mock";

const bin = fileURLToPath(new URL("../dist/cli/ims.js", import.meta.url));
console.log("imsjs demo: starting a LOCAL MOCK of IMS (Prism on the bundled spec); no cloud account is used.\n");
const mock = await startMock();
let failed = false;
try {
  const env = { ...process.env, IMS_ENDPOINT: mock.url, IMS_TOKEN: "local-mock-token", HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c" };
  // `-o table` because the demo's output may be piped (CI), where ims would print JSON.
  const steps = [
    ["images", "list", "--limit", "2", "-o", "table"],
    ["images", "create", "--name", "web-golden", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "--wait", "-o", "table"],
    ["images", "list", "--query", "[].{id: id, name: name}", "-o", "yaml"],
  ];
  for (const args of steps) {
    const shown = args.map((a) => (/[\s"[\]{}]/.test(a) ? `'${a}'` : a)).join(" ");
    console.log(`$ ims ${shown}    # against ${mock.url} (local mock)`);
    const r = spawnSync(process.execPath, [bin, ...args], { env, stdio: "inherit" });
    console.log();
    if (r.status !== 0) {
      failed = true;
      break;
    }
  }
} finally {
  await mock.stop();
}
console.log(failed ? "demo failed; the mock is stopped." : "Done; the local mock is stopped.");
process.exitCode = failed ? 1 : 0;
