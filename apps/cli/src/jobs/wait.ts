import type { ImsClient, components } from "@imsjs/client";
import type { Context } from "../context.js";
import { Interrupted, JobFailedError, WaitTimedOut } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import { stateStyle } from "../output/color.js";
import { visible } from "../output/view.js";

export type Job = components["schemas"]["Job"];

export interface WaitOptions {
  /** Milliseconds before the first re-poll; later ones back off up to max(interval, 30 s). */
  interval: number;
  /** Milliseconds before giving up (the job itself goes on). */
  timeout: number;
}

/** Progress as a whole percent; IMS reports 0–1 for most jobs and 0–100 for some. */
export function percentOf(job: Job): number | undefined {
  const p = job.entities?.process_percent;
  if (p === undefined) return undefined;
  return Math.round(p <= 1 ? p * 100 : p);
}

export function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/**
 * A failed job's error code and reason: its own, else those in `entities`, where the docs put a
 * failure's "error code and details" too (as the client's JobFailedError reads them).
 */
export function failureOf(job: Job): { code: string | undefined; reason: string | undefined } {
  return { code: job.error_code || job.entities?.error_code || undefined, reason: job.fail_reason || job.entities?.error || undefined };
}

type SubJob = NonNullable<NonNullable<Job["entities"]>["sub_jobs_result"]>[number];

/** The sub-jobs of a job that makes several images (an OVA import, data disk images) that failed. */
export function failedSubJobsOf(job: Job): SubJob[] {
  return (job.entities?.sub_jobs_result ?? []).filter((s) => s.status === "FAIL");
}

/**
 * The IDs of the images a finished job made, from its own entities or its sub-jobs. A failed
 * sub-job's image is no result: it may name one, which is not ready and will not be.
 */
export function imageIdsOf(job: Job): string[] {
  const e = job.entities ?? {};
  const made = (e.sub_jobs_result ?? []).filter((s) => s.status !== "FAIL");
  const ids = [e.image_id, ...made.map((s) => s.entities?.image_id)].filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set(ids)];
}

export async function getJob(client: ImsClient, jobId: string): Promise<Job> {
  return unwrap(client.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: jobId } } }));
}

/**
 * Waits for a job with the client's `waitForJob`, drawing its progress: on a terminal one line is
 * redrawn in place, otherwise a plain line is written whenever the state or percentage changes.
 * Ctrl-C stops the waiting only: the job goes on in IMS, and the error says how to resume.
 */
export async function waitForJob(ctx: Context, client: ImsClient, jobId: string, options: WaitOptions): Promise<Job> {
  const { waitForJob: poll } = await import("@imsjs/client");
  // A dumb terminal shows the erase-line sequence as text: it gets a line per change, as a pipe does.
  const live = ctx.io.stderrIsTTY === true && ctx.io.env["TERM"] !== "dumb";
  const started = Date.now();
  const abort = new AbortController();
  const release = ctx.io.onInterrupt?.(() => abort.abort(new Interrupted(jobId)));
  let last = "";
  const show = (job: Job, final: boolean): void => {
    const pct = percentOf(job);
    const state = `${job.status}${pct === undefined ? "" : ` ${pct}%`}`;
    const line = `job ${jobId}: ${ctx.paintErr(visible(job.status), stateStyle(job.status) ?? "bold")}${pct === undefined ? "" : ` ${pct}%`} (${elapsed(Date.now() - started)})`;
    if (live) ctx.io.stderr(`\r\u001b[2K${line}${final ? "\n" : ""}`);
    else if (state !== last) ctx.io.stderr(`${line}\n`);
    last = state;
  };
  try {
    const job = await poll(client, jobId, {
      minDelayMs: options.interval,
      maxDelayMs: Math.max(options.interval, 30_000),
      maxWaitMs: options.timeout,
      signal: abort.signal,
      onProgress: (j) => show(j, false),
    });
    show(job, true);
    return job;
  } catch (err) {
    if (live && last) ctx.io.stderr("\r\u001b[2K");
    if (err instanceof Error && err.name === "JobFailedError") {
      const failed = err as Error & { job?: Job; error_code?: string; fail_reason?: string };
      if (failed.job) show(failed.job, true);
      throw new JobFailedError(jobId, failed.error_code, failed.fail_reason ?? "the job failed");
    }
    if (err instanceof Error && err.name === "WaiterTimeoutError") {
      const status = (err as Error & { lastStatus?: string }).lastStatus;
      // The time the user allowed, as they gave it (`--timeout 0.5` is not "0s").
      const waited = options.timeout < 1000 ? `${options.timeout / 1000}s` : elapsed(options.timeout);
      throw new WaitTimedOut(
        jobId,
        `gave up waiting for job ${jobId} after ${waited} (${status ? `still ${status}` : "no status yet"}); the job goes on: ims jobs wait ${jobId}`,
      );
    }
    throw err;
  } finally {
    release?.();
  }
}
