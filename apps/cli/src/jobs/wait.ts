import { setTimeout as sleep } from "node:timers/promises";
import type { ImsClient, components } from "@imsjs/client";
import type { Context } from "../context.js";
import { Interrupted, JobFailedError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import { stateStyle } from "../output/color.js";

export type Job = components["schemas"]["Job"];

export interface WaitOptions {
  /** Milliseconds between polls. */
  interval: number;
  /** Milliseconds before giving up (the job itself goes on). */
  timeout: number;
}

const FINAL = new Set(["SUCCESS", "FAIL"]);

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

/** The IDs of the images a finished job made, from its own entities or its sub-jobs. */
export function imageIdsOf(job: Job): string[] {
  const e = job.entities ?? {};
  const ids = [e.image_id, ...(e.sub_jobs_result ?? []).map((s) => s.entities?.image_id)].filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set(ids)];
}

export async function getJob(client: ImsClient, jobId: string): Promise<Job> {
  return unwrap(client.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: jobId } } }));
}

/**
 * Polls a job until SUCCESS or FAIL. On a terminal stderr one line is redrawn in place; otherwise a
 * plain line is written whenever the state or percentage changes. Ctrl-C stops the waiting only: the
 * job goes on in IMS, and the error tells the user how to resume.
 */
export async function waitForJob(ctx: Context, client: ImsClient, jobId: string, options: WaitOptions): Promise<Job> {
  const live = ctx.io.stderrIsTTY === true;
  const started = Date.now();
  const abort = new AbortController();
  const release = ctx.io.onInterrupt?.(() => abort.abort());
  let last = "";
  const clear = (): void => {
    if (live && last) ctx.io.stderr("\r\u001b[2K");
  };
  try {
    for (;;) {
      const job = await getJob(client, jobId);
      const pct = percentOf(job);
      const state = `${job.status}${pct === undefined ? "" : ` ${pct}%`}`;
      const line = `job ${jobId}: ${ctx.paintErr(job.status, stateStyle(job.status) ?? "bold")}${pct === undefined ? "" : ` ${pct}%`} (${elapsed(Date.now() - started)})`;
      if (live) ctx.io.stderr(`\r\u001b[2K${line}`);
      else if (state !== last) ctx.io.stderr(`${line}\n`);
      last = state;
      if (FINAL.has(job.status)) {
        if (live) ctx.io.stderr("\n");
        if (job.status === "FAIL") throw new JobFailedError(jobId, job.error_code ?? undefined, job.fail_reason ?? "the job failed");
        return job;
      }
      if (Date.now() - started + options.interval > options.timeout) {
        clear();
        throw new JobFailedError(jobId, undefined, `still ${job.status} after ${elapsed(Date.now() - started)}; gave up waiting (the job goes on; resume with: ims jobs wait ${jobId})`);
      }
      try {
        await sleep(options.interval, undefined, { signal: abort.signal });
      } catch {
        clear();
        throw new Interrupted(jobId);
      }
    }
  } finally {
    release?.();
  }
}
