// Builds dist/ once per run, so the browser test always checks what `pnpm run docs` produces now.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export default async function setup(): Promise<void> {
  const script = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url));
  await promisify(execFile)(process.execPath, [script]);
}
