import type { Command } from "commander";
import { createContext, type Context, type ParsedOptions } from "./context.js";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

/**
 * Every argument names something (an image, a job, a tag): a blank one (an unset shell variable) is
 * a usage error, not a request to another URL (`images delete ""` would be `DELETE /v2/images/`).
 */
function checkArguments(cmd: Command, args: unknown[]): void {
  cmd.registeredArguments.forEach((arg, i) => {
    const values: unknown[] = Array.isArray(args[i]) ? args[i] : [args[i]];
    if (values.some((v) => typeof v === "string" && v.trim() === "")) throw new UsageError(`<${arg.name()}>: must not be empty`, `<${arg.name()}>`);
  });
}

/**
 * Wraps an action so it receives a `Context` built from the global flags first, then the
 * positional arguments and the command's own options, as commander passes them.
 */
export function action<A extends unknown[]>(io: CliIO, fn: (ctx: Context, ...args: A) => Promise<void>): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const cmd = args[args.length - 1] as Command;
    checkArguments(cmd, args);
    const ctx = await createContext(io, cmd.optsWithGlobals<ParsedOptions>());
    await fn(ctx, ...(args.slice(0, -1) as A));
  };
}

/** Every command's help ends with examples that can be pasted as they are. */
export function examples(cmd: Command, ...lines: string[]): Command {
  return cmd.addHelpText("after", `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);
}
