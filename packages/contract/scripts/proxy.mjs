#!/usr/bin/env node
// `pnpm contract:proxy --upstream <url>`: Prism in proxy mode on the contract. Point a
// token-authenticated client at the printed URL; every violation is printed as it happens and
// counted when you stop with Ctrl-C or Prism dies. Exit 1 if there were any violations, else 0
// after Ctrl-C, 2 for bad usage or a proxy that did not start, 3 when Prism died on its own.
import { parseArgs } from "node:util";
import { exitStatus } from "@imsjs/mock";
import { startContractProxy } from "./prism-proxy.mjs";

const USAGE = "Usage: pnpm contract:proxy --upstream <url> [--port 4010] [--errors]\n";
let values;
try {
  ({ values } = parseArgs({
    options: {
      upstream: { type: "string" },
      // An empty IMS_PROXY_PORT means the default, as an empty IMS_MOCK_PORT does for pnpm mock.
      port: { type: "string", default: process.env.IMS_PROXY_PORT || "4010" },
      errors: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  process.stderr.write(`contract:proxy: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.upstream) {
  process.stderr.write(`contract:proxy: --upstream is required, e.g. https://ims.ap-southeast-1.myhuaweicloud.com\n${USAGE}`);
  process.exit(2);
}

// Decimal only: Number() would also take "0x10" and "1e3" (ports 16 and 1000) and "" (0, a random port).
if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
  process.stderr.write(`contract:proxy: --port (or IMS_PROXY_PORT) must be a port number from 0 to 65535 (0: any free port), got "${values.port}"\n${USAGE}`);
  process.exit(2);
}

let proxy;
let stopping = false;
// Installed before Prism starts: a Ctrl-C during start-up exits at once, and @imsjs/mock's exit
// hooks take Prism and its spec copy down with us.
const shutdown = () => {
  if (!proxy || stopping) process.exit(130);
  stopping = true;
  void proxy.stop().then(() => {
    summary();
    process.exit(proxy.violations.length > 0 ? 1 : 0);
  });
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
const summary = () => {
  const calls = new Set(proxy.violations.map((v) => v.call));
  process.stdout.write(`\n${proxy.violations.length} violation(s) in ${calls.size} call(s)\n`);
};

proxy = await startContractProxy({
  upstream: values.upstream,
  port: Number(values.port),
  errors: values.errors,
  onViolation: (v) => process.stdout.write(`✗ ${v.call}: ${v.direction} ${v.location} ${v.pointer || "(root)"}: ${v.message}\n`),
}).catch((error) => {
  process.stderr.write(`contract:proxy: ${error.message}\n`);
  process.exit(2);
});
process.stdout.write(
  `IMS contract proxy (Prism) at ${proxy.url} → ${values.upstream}\n` +
    "Send token-authenticated calls (X-Auth-Token) here; AK/SK-signed calls must be checked client-side. Ctrl-C stops.\n",
);
// Prism dying under us (a crash, the OOM killer) ends the run too: report what it found until then.
void proxy.exited.then(({ stopped, code, signal }) => {
  if (stopped || stopping) return;
  process.stderr.write(`contract:proxy: Prism exited unexpectedly (${exitStatus(code, signal)}); the proxy is down.\n`);
  summary();
  process.exit(proxy.violations.length > 0 ? 1 : 3);
});
