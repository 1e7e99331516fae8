import type { ImsClient } from "./client.js";
import { dataOf } from "./data-of.js";
import { ImsError, ImsNetworkError, ImsTimeoutError, JobFailedError, WaiterTimeoutError } from "./errors.js";
import { check } from "./option-checks.js";
import type { components } from "@imsjs/openapi";
import { sleep } from "./signals.js";

export type Job = components["schemas"]["Job"];

export interface WaitForJobOptions {
  /** Give up (WaiterTimeoutError) after this long. Default 3 600 000 ms (1 h): image jobs can take many minutes. */
  maxWaitMs?: number | undefined;
  /** First wait between polls; later waits grow exponentially, with jitter. Default 2 000 ms. */
  minDelayMs?: number | undefined;
  /** Longest wait between polls. Default 30 000 ms. */
  maxDelayMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called with the job after every poll that did not end it (e.g. to show `entities.process_percent`). */
  onProgress?: ((job: Job) => void) | undefined;
}

export const WAITER_DEFAULTS = { maxWaitMs: 3_600_000, minDelayMs: 2_000, maxDelayMs: 30_000 } as const;
const PATH = "/v1/cloudimages/job/{job_id}";

function ms(field: string, v: number | undefined, fallback: number, min = 0): number {
  if (v === undefined) return fallback;
  check(typeof v === "number" && v >= min && v < Infinity, field, `must be a number of milliseconds ≥ ${min}`);
  return v;
}

/** maxWaitMs, minDelayMs and maxDelayMs, each checked (an ImsConfigError names a bad one). */
export function waitLimits(options: WaitForJobOptions): [number, number, number] {
  const maxWaitMs = ms("maxWaitMs", options.maxWaitMs, WAITER_DEFAULTS.maxWaitMs);
  // Backoff doubles minDelayMs: from 0 it stays 0, polling back to back.
  const minDelayMs = ms("minDelayMs", options.minDelayMs, WAITER_DEFAULTS.minDelayMs, 1);
  const maxDelayMs = ms("maxDelayMs", options.maxDelayMs, Math.max(minDelayMs, WAITER_DEFAULTS.maxDelayMs));
  check(maxDelayMs >= minDelayMs, "maxDelayMs", "must not be below minDelayMs");
  return [maxWaitMs, minDelayMs, maxDelayMs];
}

// Worth another poll: the service hiccuped, throttled the polls or did not answer in the client's
// time (the client already retried), the job itself may be fine. A poll's "total" timeout is one
// too: the waiter's own deadline, not the client's, ends the wait.
function transient(error: unknown): boolean {
  return error instanceof ImsNetworkError || error instanceof ImsTimeoutError || (error instanceof ImsError && (error.status >= 500 || error.status === 429));
}

/**
 * Polls an IMS job (`GET /v1/cloudimages/job/{job_id}`) with backoff until it is `SUCCESS` (returns
 * the job, entities included) or `FAIL` (throws JobFailedError). A 4xx other than 429 ends the wait at once.
 */
export async function waitForJob(client: ImsClient<boolean>, jobId: string, options: WaitForJobOptions = {}): Promise<Job> {
  check(typeof jobId === "string" && /^[\w-]+$/.test(jobId), "jobId", "is not a job ID");
  const [maxWaitMs, minDelayMs, maxDelayMs] = waitLimits(options);
  const { signal, onProgress } = options;
  const deadline = Date.now() + maxWaitMs;
  let lastStatus: string | undefined;

  for (let poll = 1; ; poll++) {
    signal?.throwIfAborted();
    // A poll that would have no time left is not sent (maxWaitMs 0 sends none).
    const left = deadline - Date.now();
    if (left <= 0) throw new WaiterTimeoutError(jobId, maxWaitMs, lastStatus);
    // Each poll ends by the deadline, not only by the client's timeouts (up to 120 s of retries):
    // its signal aborts with the caller's reason or, at the deadline, with the WaiterTimeoutError,
    // and the client rejects with that reason. (Combined by hand: AbortSignal.any needs Safari 17.4.)
    const pollCtl = new AbortController();
    // Capped at the longest timer there is (about 24.8 days), which would otherwise fire at once;
    // the check above still ends a longer wait.
    const timer = setTimeout(() => pollCtl.abort(new WaiterTimeoutError(jobId, maxWaitMs, lastStatus)), Math.min(left, 2 ** 31 - 1));
    const onAbort = (): void => pollCtl.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort);
    try {
      const data = dataOf(await client.GET(PATH, { params: { path: { job_id: jobId } }, signal: pollCtl.signal }), { operationId: "showJobProgress", method: "GET", path: PATH });
      lastStatus = data.status;
      if (data.status === "SUCCESS") return data;
      if (data.status === "FAIL") throw new JobFailedError(jobId, data.fail_reason ?? undefined, data.error_code ?? undefined, data);
      onProgress?.(data);
    } catch (error) {
      pollCtl.signal.throwIfAborted();
      if (!transient(error)) throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (poll - 1));
    const delay = minDelayMs + Math.random() * (ceiling - minDelayMs);
    // Capped as the poll's timer is: a longer one would fire at once.
    await sleep(Math.min(delay, deadline - Date.now(), 2 ** 31 - 1), signal);
  }
}
