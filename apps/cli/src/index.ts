import { CommanderError } from "commander";
import { ImsConfigError } from "@imsjs/client";
import { buildProgram } from "./commands.js";
import { ApiError, UsageError, type CliIO } from "./io.js";

export type { CliIO } from "./io.js";
export { ApiError, UsageError } from "./io.js";

/** Exit codes: 0 success, 1 the service refused or failed, 2 bad usage or configuration. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError || err instanceof ImsConfigError) {
      io.stderr(`ims: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ApiError) {
      io.stderr(`ims: IMS answered ${err.status}${err.code ? ` ${err.code}` : ""}: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`ims: ${message}\n`);
    return 1;
  }
}
