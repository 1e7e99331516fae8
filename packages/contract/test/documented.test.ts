import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse, type OperationId } from "../src/index.js";
import { specOperations } from "./support/contract.js";

// Shapes the IMS docs give where the reference catalog (SDKs, API Explorer) differs or is silent;
// each names the doc page it comes from, as spec/DECISIONS.md does.

const faults = (operationId: OperationId, body: unknown) =>
  validateRequest({ operationId }, { body }).errors.map((e) => [e.pointer, e.keyword, e.message]);

describe("createImage data_images: from the ECS's disks or from OBS files (ims_03_0603, table 2)", () => {
  const file = { image_url: "ims-image:data.qcow2", min_disk: 100 };
  const system = { name: "sys", image_url: "ims-image:sys.qcow2", min_disk: 40, os_version: "CentOS 7.0 64bit" };
  // Alone: an ECS's data disk items take no other source (see the next group).
  const item = (data: Record<string, unknown>) => faults("createImage", { data_images: [data] });

  it.each(["createImage", "createImageInSafeMode"] as const)("%s takes either shape", (operationId) => {
    const fromFile = { ...file, name: "data", description: "d", is_quick_import: true, tags: ["a.b"] };
    expect(faults(operationId, { ...system, data_images: [fromFile] })).toEqual([]);
    expect(faults(operationId, { ...system, data_images: [{ ...file, image_tags: [{ key: "k", value: "v" }] }] })).toEqual([]);
    expect(faults(operationId, { data_images: [{ name: "data", volume_id: "v" }] })).toEqual([]);
  });

  it("names the member at fault in either shape", () => {
    expect(item({ image_url: "b:f" })).toEqual([["/data_images/0/min_disk", "required", "body /data_images/0/min_disk is required but missing"]]);
    expect(item({ ...file, min_disk: 2049 })).toEqual([["/data_images/0/min_disk", "maximum", "body /data_images/0/min_disk must be <= 2048"]]);
    expect(item({ name: "data" })).toEqual([["/data_images/0/volume_id", "required", "body /data_images/0/volume_id is required but missing"]]);
    expect(item({ ...file, nmae: "x" })).toEqual([["/data_images/0/nmae", "additionalProperties", "body /data_images/0/nmae is not allowed here"]]);
  });

  it("refuses the members of the other shape, naming them", () => {
    expect(item({ ...file, volume_id: "v" })).toEqual([["/data_images/0/volume_id", "false schema", "body /data_images/0/volume_id is not allowed here"]]);
    expect(item({ name: "data", volume_id: "v", min_disk: 40, is_quick_import: true })).toEqual([
      ["/data_images/0/min_disk", "false schema", "body /data_images/0/min_disk is not allowed here"],
      ["/data_images/0/is_quick_import", "false schema", "body /data_images/0/is_quick_import is not allowed here"],
    ]);
  });
});

describe("createImage: data disk images from an ECS's data disks come alone (ims_03_0603: no instance_id with them)", () => {
  const disks = { data_images: [{ name: "data", volume_id: "v" }] };

  it.each(["createImage", "createImageInSafeMode"] as const)("%s refuses instance_id, image_url or volume_id beside them, naming it", (operationId) => {
    expect(faults(operationId, { ...disks, name: "sys", instance_id: "i" })).toEqual([["/instance_id", "false schema", "body /instance_id is not allowed here"]]);
    expect(faults(operationId, { ...disks, name: "sys", image_url: "b:f", min_disk: 40 })).toEqual([["/image_url", "false schema", "body /image_url is not allowed here"]]);
    expect(faults(operationId, { ...disks, name: "sys", volume_id: "v2", os_version: "CentOS 7.0 64bit" })).toEqual([["/volume_id", "false schema", "body /volume_id is not allowed here"]]);
    // Named, as a system disk image must be (see below): the other source alone is at fault.
    // A system image from an ECS, and data images from OBS files beside an image file, stay as they were.
    expect(faults(operationId, { name: "sys", instance_id: "i" })).toEqual([]);
  });
});

describe("createImage: a system disk image needs its name (ims_03_0603); data disk images from an ECS are named per item", () => {
  it.each(["createImage", "createImageInSafeMode"] as const)("%s refuses an ECS, OBS-file or volume image without name, naming it", (operationId) => {
    for (const source of [{ instance_id: "i" }, { image_url: "b:f", min_disk: 40, os_version: "CentOS 7.0 64bit" }, { volume_id: "v", os_version: "CentOS 7.0 64bit" }]) {
      expect(faults(operationId, source)).toContainEqual(["/name", "dependentRequired", "body /name is required but missing"]);
      expect(faults(operationId, { ...source, name: "sys" })).toEqual([]);
      // Data images from OBS files beside the system disk image do not excuse its name.
      const withDataImages = { ...source, data_images: [{ image_url: "b:d", min_disk: 40 }] };
      expect(faults(operationId, withDataImages)).toEqual([["/name", "dependentRequired", "body /name is required but missing"]]);
    }
    expect(faults(operationId, { data_images: [{ name: "data", volume_id: "v" }] })).toEqual([]);
  });
});

describe("tags to delete need no value (ims_03_0617, ims_03_0662: value is optional and not checked)", () => {
  const image = { project_id: "p", image_id: "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d" };
  const batch = (operationId: OperationId, body: unknown) =>
    validateRequest({ operationId }, { pathParams: image, body }).errors.map((e) => [e.pointer, e.keyword, e.message]);

  it("batchAddOrDeleteTags deletes by key alone, and still wants a value to create", () => {
    const tags = [{ key: "key1" }, { key: "key2", value: "value2" }];
    expect(batch("batchAddOrDeleteTags", { action: "delete", tags })).toEqual([]);
    expect(batch("batchAddOrDeleteTags", { action: "create", tags })).toEqual([["/tags/0/value", "required", "body /tags/0/value is required but missing"]]);
  });

  it("batchDeleteTags deletes by key alone, still within the length limits", () => {
    expect(batch("batchDeleteTags", { tags: [{ key: "key1" }, { key: "key2", value: "" }] })).toEqual([]);
    expect(batch("batchDeleteTags", { tags: [{ value: "v" }] })).toEqual([["/tags/0/key", "required", "body /tags/0/key is required but missing"]]);
    expect(batch("batchDeleteTags", { tags: [{ key: "k", value: "v".repeat(256) }] })).toEqual([["/tags/0/value", "maxLength", "body /tags/0/value must NOT have more than 255 characters"]]);
  });

  it("the single-tag and image-creating calls still want a value", () => {
    expect(batch("addImageTag", { tag: { key: "k" } })).toEqual([["/tag/value", "required", "body /tag/value is required but missing"]]);
  });
});

describe("tag limits: 36/43 and at most 10 to add (ims_03_0617, ims_03_0618, ims_03_0902), 127/255 to delete (ims_03_0617, ims_03_0662)", () => {
  const image = { project_id: "p", image_id: "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d" };
  const check = (operationId: OperationId, body: unknown) =>
    validateRequest({ operationId }, { pathParams: image, body }).errors.map((e) => [e.pointer, e.keyword, e.message]);
  const tag = (key: string, value = "v") => ({ key, value });
  const ten = Array.from({ length: 10 }, (_, i) => tag(`k${i}`));

  it("batchAddOrDeleteTags creates up to 10 tags of a 36-character key and a 43-character value, naming what is over", () => {
    expect(check("batchAddOrDeleteTags", { action: "create", tags: [tag("k".repeat(36), "v".repeat(43)), tag("e", "")] })).toEqual([]);
    expect(check("batchAddOrDeleteTags", { action: "create", tags: ten })).toEqual([]);
    expect(check("batchAddOrDeleteTags", { action: "create", tags: [tag("k".repeat(37), "v".repeat(44))] })).toEqual([
      ["/tags/0/key", "maxLength", "body /tags/0/key must NOT have more than 36 characters"],
      ["/tags/0/value", "maxLength", "body /tags/0/value must NOT have more than 43 characters"],
    ]);
    expect(check("batchAddOrDeleteTags", { action: "create", tags: [...ten, tag("k10")] })).toEqual([["/tags", "maxItems", "body /tags must NOT have more than 10 items"]]);
  });

  it("batchAddOrDeleteTags and batchDeleteTags delete by keys up to 127 characters and any number of tags", () => {
    const long = [tag("k".repeat(100), "v".repeat(255)), { key: "k".repeat(127) }, ...ten];
    expect(check("batchAddOrDeleteTags", { action: "delete", tags: long })).toEqual([]);
    expect(check("batchDeleteTags", { tags: long })).toEqual([]);
    expect(check("batchAddOrDeleteTags", { action: "delete", tags: [{ key: "k".repeat(128) }] })).toEqual([["/tags/0/key", "maxLength", "body /tags/0/key must NOT have more than 127 characters"]]);
    expect(check("batchDeleteTags", { tags: [{ key: "k".repeat(128) }] })).toEqual([["/tags/0/key", "maxLength", "body /tags/0/key must NOT have more than 127 characters"]]);
  });

  it("addImageTag, createOrUpdateTags and the image-creating calls' image_tags take 36/43", () => {
    const over = tag("k".repeat(37), "v".repeat(44));
    expect(check("addImageTag", { tag: tag("k".repeat(36), "v".repeat(43)) })).toEqual([]);
    expect(check("addImageTag", { tag: over })).toEqual([
      ["/tag/key", "maxLength", "body /tag/key must NOT have more than 36 characters"],
      ["/tag/value", "maxLength", "body /tag/value must NOT have more than 43 characters"],
    ]);
    expect(check("createOrUpdateTags", { image_id: image.image_id, image_tag: over }).map(([pointer]) => pointer)).toEqual(["/image_tag/key", "/image_tag/value"]);
    const quick = { name: "web", image_url: "ims-image:web.qcow2", min_disk: 40, os_version: "CentOS 7.0 64bit" };
    expect(check("importImageQuick", { ...quick, image_tags: [over] }).map(([pointer]) => pointer)).toEqual(["/image_tags/0/key", "/image_tags/0/value"]);
    expect(check("createImage", { name: "sys", instance_id: "i", image_tags: [tag("k".repeat(36), "")] })).toEqual([]);
    expect(check("createImage", { name: "sys", instance_id: "i", image_tags: [over] }).map(([pointer]) => pointer)).toEqual(["/image_tags/0/key", "/image_tags/0/value"]);
  });
});

describe("list filters take every documented value", () => {
  const query = (operationId: OperationId, q: Record<string, string>) => validateRequest({ operationId }, { query: q }).errors.map((e) => e.message);

  it("disk_format iso (listImages: ims_03_0602; glanceListImages: ims_03_0702)", () => {
    expect(query("listImages", { disk_format: "iso" })).toEqual([]);
    expect(query("glanceListImages", { disk_format: "iso" })).toEqual([]);
    expect(query("listImages", { disk_format: "vmdk" })).toEqual([expect.stringMatching(/^query \/disk_format must be equal to one of the allowed values: .*, iso$/)]);
  });

  it("virtual_env_type IsoImage (listImages, listTags: ims_03_0613)", () => {
    for (const operationId of ["listImages", "listTags"] as const) {
      expect(query(operationId, { virtual_env_type: "IsoImage" })).toEqual([]);
      expect(query(operationId, { virtual_env_type: "Docker" })).toEqual(["query /virtual_env_type must be equal to one of the allowed values: FusionCompute, Ironic, DataImage, IsoImage"]);
    }
  });
});

describe("documented error statuses", () => {
  const error = { error: { code: "IMG.0001", message: "Service unavailable." } };

  it.each([
    ["showJobProgress", 503, "ims_03_0911"],
    ["showJob", 503, "ims_03_0905"],
    ["listOsVersions", 404, "ims_03_0610"],
    ["listOsVersions", 503, "ims_03_0610"],
  ] as const)("%s answers %i with the IMS error body (%s)", (operationId, status, page) => {
    expect(validateResponse({ operationId }, { status, headers: { "content-type": "application/json" }, body: error }).errors, page).toEqual([]);
    expect(validateResponse({ operationId }, { status, body: { error: { code: "IMG.0001" } } }).errors.map((e) => e.message)).toEqual([
      "body (root) must match at least one of: /error/message present | /error_code present and /error_msg present",
    ]);
  });
});

describe("createImage os_type (OTC ims_03_0603; Huawei's Terraform provider sends it)", () => {
  const body = { name: "web", image_url: "ims-image:web.qcow2", min_disk: 40, os_version: "CentOS 7.0 64bit" };

  it.each(["createImage", "createImageInSafeMode"] as const)("%s takes Linux, Windows or Other", (operationId) => {
    for (const os_type of ["Linux", "Windows", "Other"]) expect(faults(operationId, { ...body, os_type })).toEqual([]);
    expect(faults(operationId, { ...body, os_type: "Mac" })).toEqual([
      ["/os_type", "enum", "body /os_type must be equal to one of the allowed values: Linux, Windows, Other"],
    ]);
  });
});

describe("glanceV1HeadImage: the docs' example answer (ims_03_0709)", () => {
  // The header block of the page's example response, as sent.
  const headers = {
    "Content-Type": "text/html; charset=UTF-8",
    "Content-Length": "0",
    "X-Image-Meta-Id": "3c3d1d01-b48a-4639-8a88-08be3b9b5d78",
    "X-Image-Meta-Deleted": "False",
    "X-Image-Meta-Container_format": "bare",
    "X-Image-Meta-Checksum": "64d7c1cd2b6f60c92c14662941cb7913",
    "X-Image-Meta-Protected": "False",
    "X-Image-Meta-Min_disk": "0",
    "X-Image-Meta-Created_at": "2016-05-22T06:04:20.425843",
    "X-Image-Meta-Size": "13167616",
    "X-Image-Meta-Status": "active",
    "X-Image-Meta-Is_public": "True",
    "X-Image-Meta-Min_ram": "0",
    "X-Image-Meta-Owner": "23f4cb75768d4febb39542ef6fe169f3",
    "X-Image-Meta-Updated_at": "2016-05-22T06:04:22.719791",
    "X-Image-Meta-Disk_format": "qcow2",
    "X-Image-Meta-Name": "cirros",
    Etag: "64d7c1cd2b6f60c92c14662941cb7913",
    "X-Openstack-Request-Id": "req-7123ca83-da23-4f4e-9ed6-accd3707d333",
    Date: "Mon, 23 May 2016 02:29:54 GMT",
  };
  const omit = (...names: string[]) => Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
  const head = (h: Record<string, string>) =>
    validateResponse({ method: "HEAD", path: `/v1/images/${headers["X-Image-Meta-Id"]}` }, { status: 200, headers: h, text: "" }).errors.map((e) => e.message);

  it("validates as sent, Python's True/False included", () => {
    expect(head(headers)).toEqual([]);
    expect(head({ ...headers, "X-Image-Meta-Is_public": "false", "X-Image-Meta-Deleted": "true" })).toEqual([]);
  });

  it("needs no size or checksum before the file is uploaded", () => {
    expect(head({ ...omit("X-Image-Meta-Size", "X-Image-Meta-Checksum"), "X-Image-Meta-Status": "queued" })).toEqual([]);
  });

  it("still refuses a flag that is no boolean and a missing required header", () => {
    expect(head({ ...omit("X-Image-Meta-Name"), "X-Image-Meta-Protected": "yes" })).toEqual([
      "header /x-image-meta-name is required but missing",
      "header /x-image-meta-protected must be equal to one of the allowed values: True, False, true, false",
    ]);
  });
});

describe("glanceV1DeleteImage: 200 with an empty text/html body, as the docs' example answers (ims_03_0708)", () => {
  const ref = { method: "DELETE", path: "/v1.1/images/3c3d1d01-b48a-4639-8a88-08be3b9b5d78" };

  it("is documented beside the table's 204, with no body either way", () => {
    expect(validateResponse(ref, { status: 200, headers: { "Content-Type": "text/html; charset=UTF-8", "Content-Length": "0" }, text: "" }).errors).toEqual([]);
    expect(validateResponse(ref, { status: 204 }).errors).toEqual([]);
    expect(validateResponse(ref, { status: 200, text: "<p>deleted</p>" }).errors.map((e) => e.message)).toEqual([
      "status 200 of glanceV1DeleteImage documents no body, but one was sent",
    ]);
  });
});

describe("API Gateway's error body reaches every IMS operation (APIG FAQ: error messages returned by APIG)", () => {
  const gateway = { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: verify aksk signature fail", request_id: "acbc548ac6f2a0dbdb9e3518a7c0ff84" };
  const imsErrors = specOperations.flatMap(({ operationId, op }) =>
    Object.entries(op["responses"] as Record<string, { $ref?: string }>)
      .filter(([status, r]) => Number(status) >= 400 && r.$ref === "#/components/responses/ImsError")
      .map(([status]) => [operationId, Number(status)] as const),
  );

  it("covers the IMS operations", () => {
    expect(new Set(imsErrors.map(([operationId]) => operationId)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(imsErrors)("%s %i takes it beside IMS's own", (operationId, status) => {
    const check = (body: unknown) => validateResponse({ operationId: operationId as OperationId }, { status, headers: { "content-type": "application/json" }, body }).errors;
    expect(check(gateway)).toEqual([]);
    expect(check({ error_code: "APIGW.0308", error_msg: "The throttling threshold has been reached" })).toEqual([]);
    expect(check({ error: { code: "IMG.0024", message: "The imagetype is invalid." } })).toEqual([]);
  });

  it("still refuses a body of neither shape, naming what either wants", () => {
    const { errors } = validateResponse({ operationId: "listImages" }, { status: 401, body: { error_code: "APIGW.0301" } });
    expect(errors).toEqual([
      expect.objectContaining({ pointer: "", keyword: "anyOf", expected: ["/error present", "/error_msg present"] }),
    ]);
  });
});

describe("API Gateway answers for IMS when it throttles (429) or cannot reach it (502, 504), for any operation (API signing guide, error codes)", () => {
  const gateway = {
    429: { error_code: "APIGW.0308", error_msg: "The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second", request_id: "acbc548ac6f2a0dbdb9e3518a7c0ff84" },
    502: { error_code: "APIGW.0201", error_msg: "Backend unavailable", request_id: "acbc548ac6f2a0dbdb9e3518a7c0ff85" },
    504: { error_code: "APIGW.0201", error_msg: "Backend timeout", request_id: "acbc548ac6f2a0dbdb9e3518a7c0ff86" },
  } as const;
  const cases = specOperations.flatMap(({ operationId }) => ([429, 502, 504] as const).map((status) => [operationId as OperationId, status] as const));

  it.each(cases)("%s takes the gateway's %i", (operationId, status) => {
    expect(validateResponse({ operationId }, { status, headers: { "content-type": "application/json" }, body: gateway[status] }).errors).toEqual([]);
  });

  it("still refuses such an answer in neither error shape", () => {
    expect(validateResponse({ operationId: "listImages" }, { status: 504, body: { error_msg: "x" } }).errors.map((e) => e.keyword)).toEqual(["anyOf"]);
  });
});

describe("API Gateway answers the OpenStack calls too: their error body names its members", () => {
  const gateway = { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: verify aksk signature fail", request_id: "acbc548ac6f2a0dbdb9e3518a7c0ff84" };

  it.each(["glanceShowImage", "glanceListImages", "glanceV1ListImagesDetail", "listVersions"] as const)("%s takes the gateway's 401 and checks its members' types", (operationId) => {
    expect(validateResponse({ operationId }, { status: 401, headers: { "content-type": "application/json" }, body: gateway }).errors).toEqual([]);
    expect(validateResponse({ operationId }, { status: 401, body: { ...gateway, error_code: 301 } }).errors.map((e) => e.message)).toEqual(["body /error_code must be string"]);
  });
});

describe("sub-jobs are jobs: a running one has no end time yet (ims_03_0911, SubJobResult)", () => {
  it.each(["showJobProgress", "showJob"] as const)("%s takes a sub-job whose begin_time and end_time are null", (operationId) => {
    const sub = { job_id: "9a175ac892fa13420193006c29e133f0", job_type: "imsImportImageJob", status: "INIT", begin_time: null, end_time: null, error_code: null, fail_reason: null, entities: {} };
    const job = { job_id: "9a175ac892fa13420193006a49173317", job_type: "imsImportOvaImageJob", status: "RUNNING", begin_time: "2024-11-06T07:39:45.814Z", end_time: null, error_code: null, fail_reason: null, entities: { sub_jobs_list: [sub.job_id], sub_jobs_result: [sub] } };
    expect(validateResponse({ operationId }, { status: 200, body: job }).errors).toEqual([]);
    expect(validateResponse({ operationId }, { status: 200, body: { ...job, entities: { sub_jobs_result: [{ ...sub, end_time: 5 }] } } }).errors.map((e) => e.pointer)).toEqual(["/entities/sub_jobs_result/0/end_time"]);
  });
});

describe("glanceCreateImageMetadata tags: each 1 to 255 characters (ims_03_0707)", () => {
  it("takes the docs' key=value tags up to 255 characters and refuses an empty or a longer one, naming it", () => {
    expect(faults("glanceCreateImageMetadata", { name: "test", tags: ["test=testvalue", "t".repeat(255)] })).toEqual([]);
    expect(faults("glanceCreateImageMetadata", { name: "test", tags: ["", "t".repeat(256)] })).toEqual([
      ["/tags/0", "minLength", "body /tags/0 must NOT have fewer than 1 characters"],
      ["/tags/1", "maxLength", "body /tags/1 must NOT have more than 255 characters"],
    ]);
  });
});

describe("importImageQuick license_type: platform or byol (ims_03_0605, 2026-01-14)", () => {
  const body = { name: "win", image_url: "ims-image:win.zvhd2", min_disk: 40, os_version: "Windows Server 2019 Standard 64bit" };

  it.each(["importImageQuick", "importImageQuickInSafeMode"] as const)("%s takes the documented licenses and refuses others, naming the field", (operationId) => {
    for (const license_type of ["platform", "byol"]) expect(faults(operationId, { ...body, license_type })).toEqual([]);
    expect(faults(operationId, { ...body, license_type: "BYOL" })).toEqual([
      ["/license_type", "enum", "body /license_type must be equal to one of the allowed values: platform, byol"],
    ]);
  });
});
