import type { Command } from "commander";
import type { ImsClient } from "@imsjs/client";
import type { Context } from "../context.js";
import { seconds } from "../options.js";
import { JobFailedError } from "../errors.js";
import { explain } from "../explain.js";
import { finishedJobView, jobIdView, startedJobView } from "../views/job.js";
import { failureOf, getJob, waitForJob, type Job } from "./wait.js";

export interface WaitFlags {
  wait?: boolean;
  interval?: number;
  timeout?: number;
}

const DEFAULT_INTERVAL = 5_000;
const DEFAULT_TIMEOUT = 3_600_000;

export function addPollOptions(cmd: Command): Command {
  return cmd
    .option("--interval <seconds>", "the first pause between polls, in seconds; later ones grow to 30 at most, or stay at --interval when it is longer (default 5)", seconds)
    .option("--timeout <seconds>", "stop waiting after this many seconds, exit 124; the job goes on (default 3600)", seconds);
}

/** Adds `--wait` and its polling flags to an asynchronous command. */
export function addWaitOptions(cmd: Command): Command {
  return addPollOptions(cmd.option("--wait", "wait for the job to finish, showing its progress, and print the finished job"));
}

/** `--safe-mode`: the v2.1 ("new") variant of an operation, which also checks KMS permissions. */
export function addSafeModeOption(cmd: Command): Command {
  return cmd.option("--safe-mode", "use the v2.1 API, which also checks your KMS permissions (encrypted images)");
}

/**
 * A job ID as the CLI uses it: IMS's own reference answers registerImage with `" b912…"`, and an
 * ID pasted from elsewhere may carry blanks too; neither belongs in the job's URL.
 */
export function cleanJobId(jobId: string): string {
  return jobId.trim();
}

export async function waitAndShow(ctx: Context, client: ImsClient, jobId: string, flags: WaitFlags): Promise<Job> {
  const job = await waitForJob(ctx, client, cleanJobId(jobId), { interval: flags.interval ?? DEFAULT_INTERVAL, timeout: flags.timeout ?? DEFAULT_TIMEOUT });
  await ctx.print(job, finishedJobView);
  return job;
}

/**
 * After an asynchronous call has started a job: say its ID at once, then wait for it with `--wait`,
 * else show it once. Only the job ID is certain here; the job itself is shown when IMS answers.
 */
export async function followJob(ctx: Context, client: ImsClient, startedJobId: string, what: string, flags: WaitFlags): Promise<void> {
  const jobId = cleanJobId(startedJobId);
  // Before anything else can fail: the job exists from here on, and a script that retried after
  // an error that hid its ID would start a second one.
  ctx.note(`${what} started: job ${jobId}. Follow it with: ims jobs wait ${jobId}`);
  if (flags.wait) {
    await waitAndShow(ctx, client, jobId, flags);
    return;
  }
  let job: Job;
  try {
    job = await getJob(client, jobId);
  } catch (err) {
    // The command did what it was asked (the job runs); not seeing the job yet is no failure of it.
    ctx.warn(`could not fetch job ${jobId} (${explain(err).message}); it was started all the same`);
    await ctx.print({ job_id: jobId }, jobIdView);
    return;
  }
  await ctx.print(job, startedJobView(what));
  // Already over, and not as asked: a script must not take exit 0 for "started".
  if (job.status === "FAIL") {
    const { code, reason } = failureOf(job);
    throw new JobFailedError(jobId, code, reason ?? "the job failed");
  }
}
