import { describe, expect, inject, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { copyImageCrossRegionAndWait, createImsClient, JobFailedError, registerImageAndWait, waitForJob, type Job } from "../src/index.js";

// The waiters against a real Prism serving the bundled spec: the job answers are the contract's
// examples, most of them IMS's own reference bodies.
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const IMAGE = "33ad552d-1149-471c-8190-ff6776174a00";
const FAST = { minDelayMs: 1, maxDelayMs: 1 };

/** A client whose job polls ask Prism for the named example of showJobProgress. */
function client(example?: string) {
  const seen: string[] = [];
  const pick: Middleware = {
    onRequest({ request }) {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      if (example && request.url.includes("/v1/cloudimages/job/")) request.headers.set("Prefer", `example=${example}`);
      return request;
    },
  };
  return { ims: createImsClient({ endpoint: inject("mockUrl"), projectId: PROJECT, credentials: { token: "test-token" }, retry: false, middleware: [pick] }), seen };
}

/** Every image a finished job made, typed all the way: its own, then its sub-jobs' that succeeded. */
function imageIds(job: Job): string[] {
  const subs = (job.entities?.sub_jobs_result ?? []).filter((s) => s.status === "SUCCESS").map((s) => s.entities?.image_id);
  return [job.entities?.image_id, ...subs].filter((id): id is string => !!id);
}

describe("waitForJob against the mock", () => {
  it("a job that made its image from an ECS: entities.image_id", async () => {
    const job = await waitForJob(client("successFromEcs").ims, "9a175ac792fa12d20193002100dd2762", FAST);
    expect(job.status).toBe("SUCCESS");
    expect(imageIds(job)).toEqual(["3f7185de-b59a-4bb8-aa1d-7a513528b0e9"]);
  });

  it("a job with sub-jobs (an OVA import): each image in entities.sub_jobs_result, typed", async () => {
    const job = await waitForJob(client("successWithSubJobs").ims, "9a175ac892fa13420193006a49173317", FAST);
    expect(job.entities?.image_id).toBeUndefined();
    expect(job.entities?.sub_jobs_list).toEqual(["9a175ac892fa13420193006c29e133f0"]);
    expect(imageIds(job)).toEqual(["fc496c19-40c2-4220-8b1a-eba9d53fca7b"]);
  });

  it("a failed job: JobFailedError with IMS's error_code and fail_reason, in the message too", async () => {
    const error = await waitForJob(client("fail").ims, "ff8080814dbd65d7014dbe0d84db0014", FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    const failed = error as JobFailedError;
    expect(failed).toMatchObject({ jobId: "ff8080814dbd65d7014dbe0d84db0014", error_code: "IMG.0057", job: { status: "FAIL" } });
    expect(failed.fail_reason).toMatch(/^The image file is empty/);
    expect(failed.message).toBe(`job ff8080814dbd65d7014dbe0d84db0014 failed (IMG.0057): ${failed.fail_reason}`);
  });
});

describe("…AndWait helpers against the mock", () => {
  // The contract's registerImage answer is IMS's reference one, `" b912…"`: the helper threw
  // ImsConfigError ("jobId: is not a job ID") once the registration had started.
  it("registerImageAndWait follows the job of IMS's documented answer, blank and all", async () => {
    const { ims, seen } = client();
    const job = await registerImageAndWait(ims, { params: { path: { image_id: IMAGE } }, body: { image_url: "bucket:disk.qcow2" } }, FAST);
    expect(job.status).toBe("SUCCESS");
    expect(seen).toEqual([`PUT /v1/cloudimages/${IMAGE}/upload`, "GET /v1/cloudimages/job/b912fb4a4c464b568ecfca1071b21b10"]);
  });

  // The docs say only to query the job; the job is the source region's, where the copy was asked
  // for, so the helper polls the client's own endpoint, not the destination region's.
  it("copyImageCrossRegionAndWait polls the job where the copy was started, with the current job API", async () => {
    const { ims, seen } = client();
    const body = { name: "web-copy", region: "cn-north-4", project_name: "cn-north-4", agency_name: "ims_admin_agency" };
    const job = await copyImageCrossRegionAndWait(ims, { params: { path: { image_id: IMAGE } }, body }, FAST);
    expect(job.status).toBe("SUCCESS");
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(`POST /v1/cloudimages/${IMAGE}/cross_region_copy`);
    expect(seen[1]).toMatch(/^GET \/v1\/cloudimages\/job\/\w+$/);
  });
});
