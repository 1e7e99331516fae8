#!/usr/bin/env node
// `pnpm start`: the CLI against a local Prism mock of IMS. Nothing leaves this machine.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMock } from "@imsjs/mock";

const bin = fileURLToPath(new URL("../dist/cli/ims.js", import.meta.url));
console.log("imsjs demo: starting a LOCAL MOCK of IMS (Prism on the bundled spec); no cloud account is used.\n");
let mock;
let step;
let interrupted = false;
// Ctrl-C or SIGTERM: during start-up, exit at once (the launcher's exit hooks take Prism and its
// spec copy down with us); later, end the running step and stop the mock before exiting.
const interrupt = (signal) => {
  if (!mock || interrupted) process.exit(130);
  interrupted = true;
  step?.kill(signal);
};
process.on("SIGINT", interrupt);
process.on("SIGTERM", interrupt);
mock = await startMock();
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
    // Not spawnSync: the signal handlers above must run while a step does.
    step = spawn(process.execPath, [bin, ...args], { env, stdio: "inherit" });
    const status = await new Promise((resolve) => step.once("close", (code) => resolve(code)).once("error", () => resolve(null)));
    console.log();
    if (interrupted || status !== 0) {
      failed = true;
      break;
    }
  }
} finally {
  await mock.stop();
}
if (interrupted) {
  console.log("interrupted; the local mock is stopped.");
  process.exit(130);
}
console.log(failed ? "demo failed; the mock is stopped." : "Done; the local mock is stopped.");
process.exitCode = failed ? 1 : 0;
