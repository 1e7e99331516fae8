import type { Context } from "./context.js";
import { Cancelled, UsageError } from "./errors.js";

/**
 * Asks before a destructive change. `--yes` skips the question; without a terminal to ask on, the
 * command refuses rather than guess. `--dry-run` sends nothing, so it needs no answer.
 */
export async function confirm(ctx: Context, question: string, yes: boolean | undefined): Promise<void> {
  if (yes || ctx.dryRun) return;
  if (!ctx.io.stdinIsTTY || !ctx.io.readLine) {
    throw new UsageError(`${question.replace(/\?$/, "")}: refusing without --yes when stdin is not a terminal`, "--yes");
  }
  const answer = await ctx.io.readLine(`${question} [y/N] `);
  if (!/^y(es)?$/i.test(answer?.trim() ?? "")) throw new Cancelled("cancelled; nothing was changed");
}
