import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createImageAndWait, ImsConfigError, ImsError, ImsInvalidResponseError, JobFailedError, waitForJob, WaiterTimeoutError, type Job } from "../src/index.js";
import { fakeClient, jsonResponse } from "./support/fake.js";

const JOB = "ff8080814dbd65d7014dbe0d84db0013";
const job = (status: string, extra: Partial<Job> = {}): Job => ({ job_id: JOB, job_type: "imsCreateImageByInstance", status, ...extra }) as Job;

/** A job API that answers each poll with the next of `answers` (the last repeats). */
function jobServer(...answers: Response[] | (() => Response)[]) {
  let n = 0;
  return fakeClient((req) => {
    const url = new URL(req.url);
    if (req.method === "POST") return jsonResponse(200, { job_id: JOB });
    expect(url.pathname).toBe(`/v1/cloudimages/job/${JOB}`);
    const a = answers[Math.min(n++, answers.length - 1)]!;
    return typeof a === "function" ? a() : a.clone();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("waitForJob", () => {
  it("polls RUNNING → SUCCESS with growing waits and returns the job with its entities", async () => {
    const progress: number[] = [];
    const { client, seen } = jobServer(
      () => jsonResponse(200, job("INIT")),
      () => jsonResponse(200, job("RUNNING", { entities: { process_percent: 40 } })),
      () => jsonResponse(200, job("RUNNING", { entities: { process_percent: 80 } })),
      () => jsonResponse(200, job("SUCCESS", { entities: { image_id: "431df7fd-a898-4dc0-86b1-22cfefb8a517" } })),
    );
    const done = waitForJob(client, JOB, { minDelayMs: 1_000, maxDelayMs: 8_000, onProgress: (j) => progress.push(j.entities?.process_percent ?? 0) });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(1); // the first poll is immediate
    await vi.advanceTimersByTimeAsync(999);
    expect(seen).toHaveLength(1); // never sooner than minDelayMs
    await vi.advanceTimersByTimeAsync(30_000);
    const result = await done;
    expect(result.status).toBe("SUCCESS");
    expect(result.entities?.image_id).toBe("431df7fd-a898-4dc0-86b1-22cfefb8a517");
    expect(seen).toHaveLength(4);
    expect(progress).toEqual([0, 40, 80]);
  });

  it("FAIL throws JobFailedError with fail_reason and error_code", async () => {
    const { client } = jobServer(() => jsonResponse(200, job("FAIL", { fail_reason: "The ECS is not stopped.", error_code: "IMG.0012" })));
    const error = await waitForJob(client, JOB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ jobId: JOB, fail_reason: "The ECS is not stopped.", error_code: "IMG.0012" });
    expect((error as JobFailedError).message).toBe(`job ${JOB} failed (IMG.0012): The ECS is not stopped.`);
  });

  // The job APIs' docs: on failure, `entities` holds "an error code and details" (showJob's schema
  // names them entities.error_code and entities.error). With null top-level fields the error said
  // only "job … failed".
  it("FAIL with the error code and details in entities only: JobFailedError carries those", async () => {
    const { client } = jobServer(() =>
      jsonResponse(200, job("FAIL", { error_code: null, fail_reason: null, entities: { error_code: "IMG.0012", error: "The ECS is not stopped." } })),
    );
    const error = await waitForJob(client, JOB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ fail_reason: "The ECS is not stopped.", error_code: "IMG.0012" });
    expect((error as JobFailedError).message).toBe(`job ${JOB} failed (IMG.0012): The ECS is not stopped.`);
  });

  it("FAIL with both: the job's own error_code and fail_reason win over entities'", async () => {
    const { client } = jobServer(() =>
      jsonResponse(200, job("FAIL", { error_code: "IMG.0057", fail_reason: "The file is empty.", entities: { error_code: "IMG.9999", error: "detail" } })),
    );
    await expect(waitForJob(client, JOB)).rejects.toMatchObject({ fail_reason: "The file is empty.", error_code: "IMG.0057" });
  });

  it("gives up with WaiterTimeoutError once maxWaitMs has passed", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const done = waitForJob(client, JOB, { maxWaitMs: 10_000, minDelayMs: 1_000, maxDelayMs: 2_000 });
    const outcome = done.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_001);
    const error = await outcome;
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ jobId: JOB, maxWaitMs: 10_000, lastStatus: "RUNNING" });
    // 10 s of waits between 1 and 2 s each: between 6 and 11 polls.
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect(seen.length).toBeLessThanOrEqual(11);
  });

  // IMS documents INIT, RUNNING, SUCCESS and FAIL; the contract reads the state tolerantly, and so
  // does the waiter: a state it does not know is no end, and the timeout names it.
  it("an undocumented state is polled on like RUNNING, and WaiterTimeoutError names it", async () => {
    const seenStates: string[] = [];
    const { client } = jobServer(() => jsonResponse(200, job("INIT")), () => jsonResponse(200, job("QUEUED")));
    const outcome = waitForJob(client, JOB, { maxWaitMs: 5_000, minDelayMs: 1_000, maxDelayMs: 1_000, onProgress: (j) => seenStates.push(j.status) }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await outcome).toMatchObject({ name: "WaiterTimeoutError", lastStatus: "QUEUED" });
    expect(seenStates[0]).toBe("INIT");
    expect(new Set(seenStates.slice(1))).toEqual(new Set(["QUEUED"]));
  });

  it("sends no poll once maxWaitMs has passed: the wait ends at the deadline (maxWaitMs 0 polls not at all)", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const outcome = waitForJob(client, JOB, { maxWaitMs: 10_000, minDelayMs: 4_000, maxDelayMs: 4_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(seen).toHaveLength(3); // at 0, 4 and 8 s; the wait after that is cut to the deadline
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ name: "WaiterTimeoutError", lastStatus: "RUNNING" });
    expect(seen).toHaveLength(3);
    await expect(waitForJob(client, JOB, { maxWaitMs: 0 })).rejects.toMatchObject({ name: "WaiterTimeoutError", lastStatus: undefined });
    expect(seen).toHaveLength(3);
  });

  // Timers cannot wait longer than 2^31 - 1 ms (24.8 days): a longer one fires at once, and so
  // ended every poll as soon as it started.
  it("a maxWaitMs beyond the longest timer (30 days, or MAX_SAFE_INTEGER as no limit) still waits", async () => {
    // Real timers: the fake ones have no such limit.
    vi.useRealTimers();
    for (const maxWaitMs of [30 * 86_400_000, Number.MAX_SAFE_INTEGER]) {
      // Each answer takes 20 ms, as a real one takes a while: RUNNING, then SUCCESS.
      let polls = 0;
      const { client, seen } = fakeClient((req) => {
        const status = polls++ ? "SUCCESS" : "RUNNING";
        return new Promise<Response>((resolve, reject) => {
          setTimeout(() => resolve(jsonResponse(200, job(status))), 20);
          req.signal.addEventListener("abort", () => reject(req.signal.reason as Error));
        });
      });
      const done = waitForJob(client, JOB, { maxWaitMs, minDelayMs: 10, maxDelayMs: 10 }).catch((e: unknown) => e);
      expect(await done).toMatchObject({ status: "SUCCESS" });
      expect(seen).toHaveLength(2);
    }
  });

  it("a wait between polls beyond the longest timer waits, instead of polling back to back", async () => {
    vi.useRealTimers();
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const controller = new AbortController();
    const outcome = waitForJob(client, JOB, { maxWaitMs: 2 ** 33, minDelayMs: 2 ** 31, maxDelayMs: 2 ** 32, signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort(new Error("enough"));
    expect(await outcome).toMatchObject({ message: "enough" });
    expect(seen).toHaveLength(1);
  });

  it("an AbortSignal stops the wait between polls with its reason", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const controller = new AbortController();
    const outcome = waitForJob(client, JOB, { signal: controller.signal, minDelayMs: 5_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error("stop"));
    expect(await outcome).toMatchObject({ message: "stop" });
    expect(seen).toHaveLength(1);
  });

  // It was an ImsError with status 200 ("IMS answered 200: OK"), which says IMS refused the poll.
  it("a 2xx poll with no body ends the wait with ImsInvalidResponseError, as paginate's empty page does", async () => {
    const { client, seen } = jobServer(() => new Response(null, { status: 200, headers: { "x-request-id": "req-7" } }));
    const error = await waitForJob(client, JOB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsInvalidResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "req-7", context: { operationId: "showJobProgress" } });
    expect(seen).toHaveLength(1);
  });

  it("a 403 fails fast instead of polling until the deadline", async () => {
    const { client, seen } = jobServer(() => jsonResponse(403, { error: { code: "IMG.0026", message: "no permission" } }));
    const error = await waitForJob(client, JOB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 403, operationId: "showJobProgress" });
    expect(seen).toHaveLength(1);
  });

  it("a 5xx between polls is ridden out", async () => {
    const { client, seen } = jobServer(
      () => jsonResponse(200, job("RUNNING")),
      () => jsonResponse(503, {}),
      () => jsonResponse(200, job("SUCCESS")),
    );
    const done = waitForJob(client, JOB, { minDelayMs: 100, maxDelayMs: 100 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await done).status).toBe("SUCCESS");
    expect(seen).toHaveLength(3);
  });

  it("a 429 (the gateway throttling the polls) is ridden out too", async () => {
    const { client, seen } = jobServer(
      () => jsonResponse(429, { error_code: "APIGW.0308", error_msg: "The throttling threshold has been reached" }),
      () => jsonResponse(429, { error_code: "APIGW.0308", error_msg: "The throttling threshold has been reached" }),
      () => jsonResponse(200, job("SUCCESS")),
    );
    const done = waitForJob(client, JOB, { minDelayMs: 100, maxDelayMs: 100 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await done).status).toBe("SUCCESS");
    expect(seen).toHaveLength(3);
  });

  it("rejects bad options naming the field", async () => {
    const { client } = jobServer(() => jsonResponse(200, job("SUCCESS")));
    await expect(waitForJob(client, JOB, { minDelayMs: 5_000, maxDelayMs: 1_000 })).rejects.toMatchObject({ field: "maxDelayMs" });
    await expect(waitForJob(client, "../x")).rejects.toMatchObject({ field: "jobId" });
  });

  // Backoff grows from minDelayMs (min·2^n): from 0 it stayed 0, and the waiter polled back to back.
  it("refuses minDelayMs 0, which polled back to back until the deadline, naming it", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const outcome = waitForJob(client, JOB, { minDelayMs: 0, maxWaitMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toBeInstanceOf(ImsConfigError);
    expect(await outcome).toMatchObject({ field: "minDelayMs" });
    expect(seen).toHaveLength(0);
  });
});

describe("…AndWait helpers", () => {
  it("createImageAndWait starts the job and resolves with the finished job", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")), () => jsonResponse(200, job("SUCCESS", { entities: { image_id: "img-1" } })));
    const done = createImageAndWait(client, { body: { name: "web", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } }, { minDelayMs: 10 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await done).entities?.image_id).toBe("img-1");
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      "POST /v2/cloudimages/action",
      `GET /v1/cloudimages/job/${JOB}`,
      `GET /v1/cloudimages/job/${JOB}`,
    ]);
  });

  // The init's `signal` is openapi-fetch's, so it is where a caller puts it; it used to stop only the
  // start, and the wait polled on for up to maxWaitMs (an hour by default) after the caller gave up.
  it("a signal given with the call's init stops the wait too", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("RUNNING")));
    const controller = new AbortController();
    const outcome = createImageAndWait(client, { body: { name: "web", instance_id: "i" }, signal: controller.signal }, { minDelayMs: 5_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error("stop"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen.map((s) => s.method)).toEqual(["POST", "GET"]);
    expect(await outcome).toMatchObject({ message: "stop" });
  });

  // Thrown once the job had started, the job ran on unwatched and trying again started a second one.
  it("bad waiter options are refused before the job is started", async () => {
    const { client, seen } = jobServer(() => jsonResponse(200, job("SUCCESS")));
    const start = { body: { name: "web", instance_id: "i" } };
    await expect(createImageAndWait(client, start, { minDelayMs: 0 })).rejects.toMatchObject({ name: "ImsConfigError", field: "minDelayMs" });
    await expect(createImageAndWait(client, start, { minDelayMs: 5_000, maxDelayMs: 1_000 })).rejects.toMatchObject({ field: "maxDelayMs" });
    await expect(createImageAndWait(client, start, { maxWaitMs: -1 })).rejects.toMatchObject({ field: "maxWaitMs" });
    expect(seen).toHaveLength(0);
  });

  it("called from JavaScript without an init, the start goes out and IMS's refusal is the ImsError, not a TypeError", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(400, { error: { code: "IMS.0001", message: "no body" } }));
    const start = (createImageAndWait as (c: typeof client, init?: unknown) => Promise<unknown>)(client);
    await expect(start).rejects.toMatchObject({ name: "ImsError", status: 400, operationId: "createImage" });
    expect(seen.map((s) => s.method)).toEqual(["POST"]);
  });

  it("a refused start is thrown as ImsError and nothing is polled", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(400, { error: { code: "IMG.0012", message: "bad" } }), { throwOnError: false });
    await expect(createImageAndWait(client, { body: { name: "web", instance_id: "i" } })).rejects.toMatchObject({ status: 400, operationId: "createImage" });
    expect(seen).toHaveLength(1);
  });

  // It was an ImsError with status 200 ("IMS answered 200: OK"), which says IMS refused the start.
  it.each([
    ["a body without job_id", () => jsonResponse(200, { error_code: null }, { "x-request-id": "req-8" }), "no job_id"],
    ["an empty body", () => new Response(null, { status: 200, headers: { "x-request-id": "req-8" } }), "no job_id"],
  ])("a 2xx start with %s is an ImsInvalidResponseError and nothing is polled", async (_, answer, message) => {
    for (const throwOnError of [true, false]) {
      const { client, seen } = fakeClient(answer, { throwOnError });
      const error = await createImageAndWait(client, { body: { name: "web", instance_id: "i" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImsInvalidResponseError);
      expect(error).toMatchObject({ status: 200, requestId: "req-8", context: { operationId: "createImage", method: "POST", path: "/v2/cloudimages/action" } });
      expect((error as Error).message).toContain(message);
      expect(seen).toHaveLength(1);
    }
  });
});
