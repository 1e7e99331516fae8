import { describe, expect, inject, it } from "vitest";
import { createImsClient, paginate } from "../src/index.js";

// One typed call per operation group through createImsClient against Prism serving the bundled
// contract, each answer checked by @imsjs/contract (validateResponses) as well as by Prism (--errors).
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const IMAGE = "33ad552d-1149-471c-8190-ff6776174a00";
const MEMBER = "edc89b490d7d4392898e19b2deb34797";

const ims = () =>
  createImsClient({ endpoint: inject("mockUrl"), projectId: PROJECT, credentials: { token: "test-token" }, validateResponses: true, retry: false });

describe("every operation group answers through the client, within the contract", () => {
  it("Images: listImages", async () => {
    const { data, response } = await ims().GET("/v2/cloudimages", { params: { query: { __imagetype: "private", limit: 10 } } });
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.images)).toBe(true);
  });

  it("Images: createImage starts a job", async () => {
    const { data } = await ims().POST("/v2/cloudimages/action", { body: { name: "web", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } });
    expect(data?.job_id).toMatch(/\w+/);
  });

  it("Jobs: showJobProgress", async () => {
    const { data } = await ims().GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: "ff8080814dbd65d7014dbe0d84db0013" } } });
    expect(["INIT", "RUNNING", "SUCCESS", "FAIL"]).toContain(data?.status);
  });

  it("Image Members: listImageMembers (project ID filled in)", async () => {
    const { data } = await ims().GET("/v1/{project_id}/cloudimages/{image_id}/members", { params: { path: { image_id: IMAGE } } });
    expect(Array.isArray(data?.members)).toBe(true);
  });

  it("OS Versions: listOsVersions", async () => {
    const { data } = await ims().GET("/v1/cloudimages/os_version");
    expect(Array.isArray(data)).toBe(true);
  });

  it("Quota: showProjectImageQuota", async () => {
    const { response } = await ims().GET("/v1/{project_id}/cloudimages/quota");
    expect(response.status).toBe(200);
  });

  it("Image Tags: listTags", async () => {
    const { data } = await ims().GET("/v1/cloudimages/tags", { params: { query: { limit: 10, page: 1 } } });
    expect(Array.isArray(data?.tags)).toBe(true);
  });

  it("Image Tags: listImageByTags (offset/limit in the body)", async () => {
    const { data } = await ims().POST("/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: "10", offset: "0" } });
    expect(typeof data?.total_count).toBe("number");
  });

  it("Replication: copyImageInRegion starts a job", async () => {
    const { data } = await ims().POST("/v1/cloudimages/{image_id}/copy", { params: { path: { image_id: IMAGE } }, body: { name: "copy-1" } });
    expect(data?.job_id).toMatch(/\w+/);
  });

  it("OpenStack Images: glanceShowImage", async () => {
    const { data } = await ims().GET("/v2/images/{image_id}", { params: { path: { image_id: IMAGE } } });
    expect(typeof data?.id).toBe("string");
  });

  it("OpenStack Members: glanceShowImageMember", async () => {
    const { response } = await ims().GET("/v2/images/{image_id}/members/{member_id}", { params: { path: { image_id: IMAGE, member_id: MEMBER } } });
    expect(response.status).toBe(200);
  });

  it("OpenStack Schemas: glanceShowImageSchema", async () => {
    const { response } = await ims().GET("/v2/schemas/image");
    expect(response.status).toBe(200);
  });

  it("Versions: listVersions", async () => {
    const { response } = await ims().GET("/");
    expect(response.status).toBeLessThan(400);
  });
});

describe("paginate against a stateless mock", () => {
  it("stops when the mock hands out the same page again, without duplicates", async () => {
    const seen: string[] = [];
    for await (const image of paginate(ims(), "/v2/cloudimages", { params: { query: { limit: 1 } } })) seen.push(image.id);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
