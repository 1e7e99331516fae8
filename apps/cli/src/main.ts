import { allowOfflineGlobals } from "./http/offline.js";
import { run } from "./index.js";
import { processIO } from "./io.js";

/** The `ims` process: runs one command and sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  // The process is ours: a dry run may swap fetch's globals for its stand-ins (see http/offline.ts).
  allowOfflineGlobals();
  process.exitCode = await run(argv, processIO());
}
