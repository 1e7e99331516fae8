import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { contractOperations } from "@imsjs/contract";
import { operationIndex } from "@imsjs/openapi";
import { baseEnv, ims, tempHome } from "./support/run.js";
import { fakeIms, job, JOB_ID, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PROJECT = "0b1e494e2660441a957313163095fe5c";
const env = (url: string): Record<string, string> => baseEnv({ IMS_ENDPOINT: url, IMS_TOKEN: "tok-api-1234", HUAWEICLOUD_SDK_PROJECT_ID: PROJECT });

describe("ims api", () => {
  it("calls any operation by id against the mock", async () => {
    const r = await ims(["api", "listImages", "--param", "__imagetype=gold", "--param", "limit=1", "-q", "images[].id"], { env: env(inject("mockUrl")) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(["bc6bed6e-ba3a-4447-afcc-449174a3eb52", "0328c25e-c840-4496-81ac-c4e01b214b1f"]);
  });

  it("warns about a deprecated operation and names its replacement", async () => {
    const r = await ims(["api", "showJob", "--param", `job_id=${JOB_ID}`], { env: env(inject("mockUrl")) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("ims: warning: IMS operation showJob (GET /v1/{project_id}/jobs/{job_id}) is deprecated; use showJobProgress instead");
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "SUCCESS" });
  });

  it("renames an image through Glance's PATCH against the mock, in the v2.1 and the v2.0 form", async () => {
    // The mock, like IMS, takes this body only under its vendor JSON-patch media type.
    for (const patch of [[{ op: "replace", path: "/name", value: "test01" }], [{ replace: "/name", value: "test01" }]]) {
      const r = await ims(["api", "glanceUpdateImage", "--param", "image_id=33ad552d-1149-471c-8190-ff6776174a00", "--data", JSON.stringify(patch)], { env: env(inject("mockUrl")) });
      expect([r.code, r.stderr.replace(/.*deprecated.*\n/, "")]).toEqual([0, ""]);
      expect(JSON.parse(r.stdout)).toMatchObject({ id: "33ad552d-1149-471c-8190-ff6776174a00" });
    }
  });

  it("uploads an image file byte for byte as application/octet-stream", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const file = join(tempHome(), "disk.qcow2");
    const bytes = Buffer.from([0x51, 0x46, 0x49, 0xfb, 0x00, 0x00, 0x00, 0x03, 0xff, 0x7b, 0x22]);
    writeFileSync(file, bytes);
    const image = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";
    const r = await ims(["api", "glanceUploadImageFile", "--param", `image_id=${image}`, "--data", `@${file}`], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(sent.method).toBe("PUT");
    expect(sent.url.pathname).toBe(`/v2/images/${image}/file`);
    expect(sent.headers["content-type"]).toBe("application/octet-stream");
    expect(sent.raw.equals(bytes)).toBe(true);
  });

  it("--dry-run describes a binary body instead of printing it", async () => {
    const file = join(tempHome(), "disk.qcow2");
    writeFileSync(file, Buffer.alloc(1024, 0xfb));
    const r = await ims(["api", "glanceUploadImageFile", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--data", `@${file}`, "--dry-run"], {
      env: env("http://127.0.0.1:9"),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<1024 bytes of application/octet-stream>");
    expect(r.stdout).not.toContain("\ufffd");
  });

  it("takes a binary body only from a file", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const r = await ims(["api", "glanceUploadImageFile", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--data", "QFI"], { env: env(server.url) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary body: give it as @file/);
    expect(server.requests).toHaveLength(0);
  });

  it("checks the body against the contract before sending: exit 2, nothing sent", async () => {
    server = await fakeIms(() => ({ body: { job_id: JOB_ID } }));
    const file = join(tempHome(), "body.json");
    writeFileSync(file, JSON.stringify({ name: "x", image_url: "b:f", min_disk: "forty", os_type: "Linux" }));
    const r = await ims(["api", "createDataImage", "--data", `@${file}`], { env: env(server.url) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the request does not match the contract of createDataImage:\n {2}- body \/min_disk .*integer/);
    expect(server.requests).toHaveLength(0);
  });

  it("reads the body from a file or stdin, sends it, and --wait follows the job", async () => {
    const states = [job("RUNNING", 0.5), job("SUCCESS", 1)];
    let polls = 0;
    server = await fakeIms((req) => (req.method === "POST" ? { body: { job_id: JOB_ID } } : { body: states[Math.min(polls++, 1)] }));
    const body = { name: "web", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" };
    const r = await ims(["api", "createImage", "--data", "-", "--wait", "--interval", "0.01", "-q", "status"], { env: env(server.url), input: JSON.stringify(body, null, 2) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toBe("SUCCESS");
    expect(server.requests[0]).toMatchObject({ method: "POST", body });
    expect(server.requests[0]?.url.pathname).toBe("/v2/cloudimages/action");
  });

  it("without --wait, an operation that starts a job is followed like the other job-starting commands", async () => {
    server = await fakeIms((req) => (req.method === "POST" ? { body: { job_id: JOB_ID } } : { body: job("RUNNING", 0.2) }));
    const body = JSON.stringify({ name: "web", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" });
    const r = await ims(["api", "createImage", "--data", body], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`createImage started: job ${JOB_ID}. Follow it with: ims jobs wait ${JOB_ID}\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ job_id: JOB_ID, status: "RUNNING" });
    expect(server.requests.map((q) => `${q.method} ${q.url.pathname}`)).toEqual(["POST /v2/cloudimages/action", `GET /v1/cloudimages/job/${JOB_ID}`]);
  });

  it("puts path parameters in the path (project ID from the settings) and the rest in the query", async () => {
    server = await fakeIms(() => ({ body: { members: [] } }));
    const r = await ims(["api", "listImageMembers", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--param", "limit=5"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(`${server.requests[0]?.url.pathname}${server.requests[0]?.url.search}`).toBe(`/v1/${PROJECT}/cloudimages/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d/members?limit=5`);
  });

  it("usage errors: unknown operation (with suggestions), missing path parameter, bad JSON", async () => {
    const a = await ims(["api", "listimage"], { env: env("http://127.0.0.1:1") });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/"listimage" is not an IMS operation; did you mean listImages/);
    const b = await ims(["api", "updateImage", "--data", "[]"], { env: env("http://127.0.0.1:1") });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("updateImage needs --param image_id=… (path /v2/cloudimages/{image_id})");
    const c = await ims(["api", "createImage", "--data", "{name:"], { env: env("http://127.0.0.1:1") });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--data: not JSON/);
  });

  it("a --param the operation does not have is a usage error naming it, not a filter IMS would ignore", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const typo = await ims(["api", "listImages", "--param", "imagetype=private"], { env: env(server.url) });
    expect([typo.code, typo.stdout]).toEqual([2, ""]);
    expect(typo.stderr).toBe('ims: error: --param imagetype: listImages has no parameter "imagetype"; did you mean __imagetype?\n');
    const none = await ims(["api", "showImageQuota", "--param", "limit=5"], { env: env(server.url) });
    expect([none.code, none.stderr]).toEqual([2, 'ims: error: --param limit: showImageQuota has no parameter "limit"; it takes none\n']);
    const other = await ims(["api", "listImageMembers", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--param", "page=2"], { env: env(server.url) });
    expect([other.code, other.stderr]).toEqual([2, 'ims: error: --param page: listImageMembers has no parameter "page"; its parameters: image_id, limit, marker\n']);
    expect(server.requests).toHaveLength(0);
  });

  it("a header parameter that --list shows as --param is set with --param and sent as a header", async () => {
    const list = await ims(["api", "--list", "glanceListImages", "-o", "json"]);
    expect(list.code, list.stderr).toBe(0);
    const described = JSON.parse(list.stdout) as { parameters: { name: string; in: string }[] };
    expect(described.parameters).toContainEqual(expect.objectContaining({ name: "X-Api-Version", in: "header" }));
    const dry = await ims(["api", "glanceListImages", "--param", "X-Api-Version=2", "--param", "limit=1", "--dry-run"], { env: env("http://127.0.0.1:1") });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("GET http://127.0.0.1:1/v2/images?limit=1\n");
    expect(dry.stdout).toMatch(/^x-api-version: 2$/m);
    server = await fakeIms(() => ({ body: { images: [] } }));
    const sent = await ims(["api", "glanceListImages", "--param", "x-api-version=2.9"], { env: env(server.url) });
    expect(sent.code, sent.stderr).toBe(0);
    expect(server.requests[0]?.headers["x-api-version"]).toBe("2.9");
    expect(server.requests[0]?.url.pathname).toBe("/v2/images");
    const twice = await ims(["api", "glanceListImages", "--param", "X-Api-Version=2", "--param", "x-api-version=3"], { env: env(server.url) });
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringContaining("--param x-api-version: a header parameter is given once")]);
    expect(server.requests).toHaveLength(1);
  });

  it("--list <operationId> describes that operation: method, path, parameters, body, async", async () => {
    const json = await ims(["api", "--list", "listImages", "-o", "json"]);
    expect([json.code, json.stderr]).toEqual([0, ""]);
    const op = JSON.parse(json.stdout) as { operationId: string; method: string; path: string; async: boolean; body: unknown; parameters: { name: string; in: string; required: boolean; enum?: string[] }[] };
    expect(op).toMatchObject({ operationId: "listImages", method: "GET", path: "/v2/cloudimages", async: false, body: null });
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: "__imagetype", in: "query", required: false, enum: ["gold", "private", "shared", "market"] }));
    expect(op.parameters.map((p) => p.name)).toEqual(Object.keys(contractOperations.find((o) => o.operationId === "listImages")!.request.params.query!.coerce));

    const create = JSON.parse((await ims(["api", "--list", "createImage", "-o", "json"])).stdout) as Record<string, unknown>;
    expect(create).toMatchObject({ method: "POST", path: "/v2/cloudimages/action", async: true, body: { required: true, media: [{ type: "application/json", schema: "CreateImageRequest" }] } });

    const table = await ims(["api", "--list", "showImageMember", "-o", "table"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Path:\s+\/v1\/\{project_id\}\/cloudimages\/\{image_id\}\/members\/\{member_id\}$/m);
    expect(table.stdout).toMatch(/^--param image_id:\s+path, required/m);
    expect(table.stdout).toMatch(/^--param project_id:\s+path, from --project-id/m);
  });

  it("--list with an unknown operationId says so and suggests one (exit 2)", async () => {
    const r = await ims(["api", "--list", "listimage"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^ims: error: "listimage" is not an IMS operation; did you mean listImages/);
  });

  it("a misspelt operationId (a letter wrong, left out or added) is answered with the nearest real ones too", async () => {
    for (const [typo, nearest] of [["lstImages", "listImages"], ["listImagez", "listImages"], ["createImmage", "createImage"], ["showJobProgres", "showJobProgress"]] as const) {
      for (const args of [["api", typo], ["api", "--list", typo]]) {
        const r = await ims(args, { env: env("http://127.0.0.1:1") });
        expect([r.code, r.stdout], args.join(" ")).toEqual([2, ""]);
        expect(r.stderr, args.join(" ")).toMatch(new RegExp(`^ims: error: "${typo}" is not an IMS operation; did you mean ${nearest}\\b`));
      }
    }
    // Nothing near: no guesses, only the pointer to the list.
    const far = await ims(["api", "frobnicate"], { env: env("http://127.0.0.1:1") });
    expect(far.stderr).toBe('ims: error: "frobnicate" is not an IMS operation (see: ims api --list)\n');
  });

  it("--list shows every operation of the contract", async () => {
    const r = await ims(["api", "--list", "-o", "tsv"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split("\n").map((l) => l.split("\t"));
    expect(rows).toHaveLength(Object.keys(operationIndex).length);
    expect(rows).toContainEqual(["createImage", "POST", "/v2/cloudimages/action", "async", expect.any(String)]);
    expect(rows).toContainEqual(["showJob", "GET", "/v1/{project_id}/jobs/{job_id}", "deprecated", expect.any(String)]);
  });
});
