import { CommanderError } from "commander";
import { buildProgram, reportedByCommander } from "./program.js";
import { DryRunStop, Interrupted, Stopped } from "./errors.js";
import { explain } from "./explain.js";
import type { CliIO } from "./io.js";
import { errorReporter } from "./report.js";

export type { CliIO } from "./io.js";
export { processIO } from "./io.js";
export { ApiError, JobFailedError, UsageError } from "./errors.js";
export { buildProgram } from "./program.js";

/**
 * Runs `ims` with `argv` (without the node and script paths) and returns the exit code:
 * 0 success, 1 IMS refused or a job failed, 2 bad usage or configuration, 124 gave up waiting for
 * a job (`--timeout`), 130 interrupted.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const report = errorReporter(argv, io);
  const fail = (message: string, code: number, err?: unknown): number => {
    report(message, err);
    return code;
  };

  try {
    await buildProgram(io).parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof DryRunStop) return 0;
    if (err instanceof CommanderError) {
      // commander has already printed its own message (or the help/version it was asked for).
      if (reportedByCommander(err)) return err.exitCode === 0 ? 0 : 2;
      return fail(err.message.replace(/^error: /, ""), 2, err);
    }
    if (err instanceof Interrupted) {
      io.stderr(`\nStopped waiting. Job ${err.jobId} goes on in IMS; resume with: ims jobs wait ${err.jobId}\n`);
      return 130;
    }
    if (err instanceof Stopped) {
      io.stderr(`${err.message}\n`);
      return 130;
    }
    const { message, exitCode } = explain(err);
    return fail(message, exitCode, err);
  } finally {
    io.dispose?.();
  }
}
