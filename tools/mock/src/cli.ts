#!/usr/bin/env node
// `pnpm mock`: Prism on the bundled IMS spec at 127.0.0.1:4010 until Ctrl-C.
import { startMock } from "./index.js";

const port = Number(process.env.IMS_MOCK_PORT ?? 4010);
const mock = await startMock({ port, onLog: (line) => console.log(line) });
console.log(`\nIMS mock (Prism, local only) ready at ${mock.url}; send X-Auth-Token with any value. Ctrl-C stops it.`);
const shutdown = (): void => {
  void mock.stop().then(() => process.exit(0));
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
