import { allowOfflineGlobals } from "./http/offline.js";
import { run } from "./index.js";
import { processIO } from "./io.js";
import { secretFreeTitle } from "./report.js";

/** The `ims` process: runs one command and sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  // The process is ours: a dry run may swap fetch's globals for its stand-ins (see http/offline.ts).
  allowOfflineGlobals();
  // Every user of the machine can read a process's arguments (`ps`, /proc/PID/cmdline). Setting the
  // title overwrites them where Node keeps them (Linux, macOS): a token or SK given as an argument
  // then shows as [redacted] for the rest of the run. Only for the rest of it: the environment or a
  // profile keep it out of `ps` from the start, and out of shell history.
  const title = secretFreeTitle(argv);
  if (title) process.title = title;
  process.exitCode = await run(argv, processIO());
}
