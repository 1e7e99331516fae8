#!/usr/bin/env node
// `pnpm mock`: Prism on the bundled IMS spec at 127.0.0.1:4010 until Ctrl-C.
import { exitStatus, MockStartError, startMock, type RunningMock } from "./index.js";

// Decimal only: Number() would also take "0x1000", "1e3" and "" (port 0, a random port).
const raw = process.env.IMS_MOCK_PORT ?? "";
if (raw !== "" && (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535)) {
  console.error(`pnpm mock: IMS_MOCK_PORT must be a port number from 0 to 65535 (0: any free port), got "${raw}"`);
  process.exit(2);
}
const port = raw === "" ? 4010 : Number(raw);

let mock: RunningMock | undefined;
let stopping = false;
// Installed before Prism starts: a Ctrl-C during start-up exits at once, and the launcher's exit
// hooks take Prism and its spec copy down with us. A second Ctrl-C does not wait for stop().
const shutdown = (): void => {
  if (!mock || stopping) process.exit(130);
  stopping = true;
  void mock.stop().then(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

// Prism's start-up lines are shown once it listens; when it fails (yargs prints its whole help
// then), the one-line reason is what the user needs.
const startup: string[] = [];
try {
  mock = await startMock({ port, onLog: (line) => (mock ? console.log(line) : startup.push(line)) });
} catch (error) {
  if (!(error instanceof MockStartError)) throw error;
  const hint = error.code === "PORT_IN_USE" ? "; set IMS_MOCK_PORT to another port (0: any free one)" : "";
  console.error(`pnpm mock: ${error.message}${hint}`);
  process.exit(1);
}
for (const line of startup) console.log(line);
console.log(`\nIMS mock (Prism, local only) ready at ${mock.url}; send X-Auth-Token with any value. Ctrl-C stops it.`);
void mock.exited.then(({ stopped, code, signal }) => {
  if (stopped || stopping) return;
  console.error(`pnpm mock: Prism exited unexpectedly (${exitStatus(code, signal)}); the mock is down.`);
  process.exit(1);
});
