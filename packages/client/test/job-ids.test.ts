import { describe, expect, it } from "vitest";
import { registerImageAndWait, waitForJob } from "../src/index.js";
import { fakeClient, jsonResponse } from "./support/fake.js";

// IMS's own reference answers registerImage with `{"job_id": " b912fb4a4c464b568ecfca1071b21b10"}`
// (spec example registerImage_job): the blank is no part of the job's ID.
const PADDED = " b912fb4a4c464b568ecfca1071b21b10";
const ID = PADDED.trim();

function server() {
  return fakeClient((req) => {
    if (req.method === "PUT") return jsonResponse(200, { job_id: PADDED });
    return jsonResponse(200, { job_id: ID, job_type: "imsNativeImportImageJob", status: "SUCCESS", entities: { image_id: "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d" } });
  });
}

describe("job IDs as IMS hands them out", () => {
  // It threw ImsConfigError ("jobId: is not a job ID") after the image had started registering:
  // the job ran on unwatched, and a caller trying again registered the image twice.
  it("registerImageAndWait waits for the job whose ID IMS answered with a blank in front", async () => {
    const { client, seen } = server();
    const job = await registerImageAndWait(client, { params: { path: { image_id: "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d" } }, body: { image_url: "bucket:disk.qcow2" } });
    expect(job.entities?.image_id).toBe("4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d");
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual(["PUT /v1/cloudimages/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d/upload", `GET /v1/cloudimages/job/${ID}`]);
  });

  it("waitForJob takes the job_id of that answer as it is", async () => {
    const { client, seen } = server();
    expect((await waitForJob(client, PADDED)).status).toBe("SUCCESS");
    expect(seen.map((s) => s.url.pathname)).toEqual([`/v1/cloudimages/job/${ID}`]);
  });

  it("still refuses what is no job ID before sending anything", async () => {
    const { client, seen } = server();
    for (const bad of ["", "   ", "a/b", "../x", "a b"]) await expect(waitForJob(client, bad)).rejects.toMatchObject({ name: "ImsConfigError", field: "jobId" });
    expect(seen).toHaveLength(0);
  });
});
