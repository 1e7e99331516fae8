#!/usr/bin/env node
// `pnpm contract:proxy --upstream <url>`: Prism in proxy mode on the contract. Point a
// token-authenticated client at the printed URL; every violation is printed as it happens and
// counted when you stop with Ctrl-C (exit 1 if there were any).
import { parseArgs } from "node:util";
import { startContractProxy } from "./prism-proxy.mjs";

const USAGE = "Usage: pnpm contract:proxy --upstream <url> [--port 4010] [--errors]\n";
let values;
try {
  ({ values } = parseArgs({
    options: {
      upstream: { type: "string" },
      port: { type: "string", default: process.env.IMS_PROXY_PORT ?? "4010" },
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

const proxy = await startContractProxy({
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
const shutdown = () => {
  void proxy.stop().then(() => {
    const calls = new Set(proxy.violations.map((v) => v.call));
    process.stdout.write(`\n${proxy.violations.length} violation(s) in ${calls.size} call(s)\n`);
    process.exit(proxy.violations.length > 0 ? 1 : 0);
  });
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
