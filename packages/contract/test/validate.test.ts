import { describe, expect, it } from "vitest";
import { ContractInputError, validateRequest, validateResponse, type OperationId } from "../src/index.js";
import { fromAjv } from "../src/violations.js";
import { ForeignHeaders } from "./support/foreign-headers.js";

const image = { id: "33ad552d-1149-471c-8190-ff6776174a00", name: "ims_test", status: "active" };
const json = { "content-type": "application/json;charset=UTF-8" };

describe("validateResponse", () => {
  it("accepts a documented answer by operationId, by template and by concrete URL", () => {
    const body = { images: [image] };
    expect(validateResponse({ operationId: "listImages" }, { status: 200, headers: json, body })).toEqual({
      valid: true,
      operationId: "listImages",
      errors: [],
    });
    expect(validateResponse({ method: "get", path: "/v2/cloudimages" }, { status: 200, body }).valid).toBe(true);
    const byUrl = validateResponse({ method: "PATCH", path: `https://ims.example.com/v2/cloudimages/${image.id}` }, { status: 200, body: image });
    expect(byUrl).toMatchObject({ valid: true, operationId: "updateImage" });
  });

  it("describes a violation with pointer, keyword, expected and actual", () => {
    const result = validateResponse({ operationId: "listImages" }, { status: 200, body: { images: [{ ...image, min_disk: "40" }] } });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { location: "body", pointer: "/images/0/min_disk", keyword: "type", expected: "integer", actual: "string", message: "body /images/0/min_disk must be integer" },
    ]);
  });

  it("points at the missing member itself", () => {
    const { errors } = validateResponse({ operationId: "listImages" }, { status: 200, body: { images: [{ id: image.id, name: "x" }] } });
    expect(errors).toEqual([
      { location: "body", pointer: "/images/0/status", keyword: "required", expected: "present", message: "body /images/0/status is required but missing" },
    ]);
  });

  it("reports undocumented status codes as such", () => {
    const result = validateResponse({ operationId: "listImages" }, { status: 418, body: {} });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ location: "status", keyword: "status", actual: 418 });
    expect(result.errors[0]!.expected).toContain("200");
    expect(result.errors[0]!.message).toMatch(/418 is not documented for listImages/);
  });

  it("parses raw text, and reports text that is not JSON", () => {
    expect(validateResponse({ operationId: "listImages" }, { status: 200, text: JSON.stringify({ images: [] }) }).valid).toBe(true);
    expect(validateResponse({ operationId: "listImages" }, { status: 200, text: "<html>" }).errors[0]).toMatchObject({ location: "body", keyword: "json" });
  });

  it("reports a missing body, an undocumented media type and a body where none is documented", () => {
    expect(validateResponse({ operationId: "listImages" }, { status: 200 }).errors[0]).toMatchObject({ keyword: "required", location: "body" });
    const html = validateResponse({ operationId: "listImages" }, { status: 200, headers: { "Content-Type": "text/html" }, text: "<p>" });
    expect(html.errors[0]).toMatchObject({ location: "content-type", keyword: "content-type", actual: "text/html" });
    expect(validateResponse({ operationId: "createOrUpdateTags" }, { status: 204 }).valid).toBe(true);
    expect(validateResponse({ operationId: "createOrUpdateTags" }, { status: 204, body: { x: 1 } }).errors[0]).toMatchObject({ keyword: "body" });
  });

  it("calls an empty answer text a missing body, not text that is not JSON", () => {
    // A recorder writes "" for a body it did not see, as validateRequest already reads it.
    for (const headers of [undefined, json]) {
      const { errors } = validateResponse({ operationId: "listImages" }, { status: 200, text: "", ...(headers ? { headers } : {}) });
      expect(errors).toEqual([{ location: "body", pointer: "", keyword: "required", message: "body is required but missing (application/json)" }]);
    }
  });

  it("checks a long answer with a broken member in every item in work linear in its length", () => {
    // Ajv's generated code joined each item's errors with concat, copying all earlier ones: 20,000
    // such images took 1.9 s and 50,000 took 27 s, on the event loop of the app using the middleware.
    // Counted, not timed: the errors copied by concat while validating, against the errors found.
    const images = Array.from({ length: 5_000 }, () => ({ ...image, min_disk: "40" }));
    const concat = Array.prototype.concat;
    let copied = 0;
    Array.prototype.concat = function (this: unknown[], ...rest: unknown[]) {
      copied += this.length;
      return concat.apply(this, rest);
    };
    let errors;
    try {
      ({ errors } = validateResponse({ operationId: "listImages" }, { status: 200, body: { images } }));
    } finally {
      Array.prototype.concat = concat;
    }
    expect(errors).toHaveLength(5_000);
    expect(errors[4_999]).toMatchObject({ pointer: "/images/4999/min_disk", keyword: "type" });
    // Quadratic copying would be about 12.5 million here (5,000 × 5,000 / 2).
    expect(copied).toBeLessThanOrEqual(2 * errors.length);
  });

  it("accepts unknown members and unknown values of extensible enums in answers", () => {
    const body = { images: [{ ...image, status: "frozen", __brand_new_flag: "true" }] };
    expect(validateResponse({ operationId: "listImages" }, { status: 200, body }).valid).toBe(true);
  });

  it("throws a typed error naming the field for bad arguments", () => {
    // @ts-expect-error: the type lists the contract's operationIds
    expect(() => validateResponse({ operationId: "listImagez" }, { status: 200, body: {} })).toThrow(ContractInputError);
    expect(() => validateResponse({ operationId: "nope" as OperationId }, { status: 200, body: {} })).toThrow(/^operationId: "nope"/);
    const bad = (status: unknown) => () => validateResponse({ operationId: "listImages" }, { status: status as number, body: {} });
    for (const status of ["200", 99, 600, 200.5]) {
      expect(bad(status)).toThrow(expect.objectContaining({ name: "ContractInputError", field: "status" }));
    }
    expect(() => validateResponse({ method: 1, path: "/" } as never, { status: 200 })).toThrow(expect.objectContaining({ field: "method" }));
  });
});

describe("validateRequest", () => {
  it("checks path and query parameters taken from the URL", () => {
    expect(validateRequest({ method: "GET", path: "/v2/cloudimages?limit=10&__imagetype=private" }).valid).toBe(true);
    const bad = validateRequest({ method: "GET", path: "/v2/cloudimages?limit=zero&__imagetype=public" });
    expect(bad.errors.map((e) => [e.location, e.pointer, e.keyword])).toEqual([
      ["query", "/__imagetype", "enum"],
      ["query", "/limit", "type"],
    ]);
    const badId = validateRequest({ method: "PATCH", path: "/v2/cloudimages/not-a-uuid" }, { body: [{ op: "remove", path: "/name" }] });
    expect(badId.errors).toEqual([expect.objectContaining({ location: "path", pointer: "/image_id", keyword: "format" })]);
  });

  it("reads the query from before the fragment only; a `?` inside the fragment is not sent", () => {
    expect(validateRequest({ method: "GET", path: "/v2/cloudimages#top?limit=abc" })).toEqual({ valid: true, operationId: "listImages", errors: [] });
    expect(validateRequest({ method: "GET", path: "https://ims.example.com/v2/cloudimages?limit=2#x?limit=abc" }).valid).toBe(true);
    expect(validateRequest({ method: "GET", path: "/v2/cloudimages?limit=abc#top" }).errors).toEqual([expect.objectContaining({ location: "query", pointer: "/limit" })]);
  });

  it("is strict about request bodies", () => {
    const ok = { name: "img", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" };
    expect(validateRequest({ operationId: "createImage" }, { body: ok }).valid).toBe(true);
    const extra = validateRequest({ operationId: "createImage" }, { body: { ...ok, nmae: "typo" } });
    expect(extra.errors).toEqual([expect.objectContaining({ location: "body", pointer: "/nmae", keyword: "additionalProperties" })]);
    expect(validateRequest({ operationId: "createImage" }).errors[0]).toMatchObject({ location: "body", keyword: "required" });
    expect(validateRequest({ operationId: "listImages" }, { body: { x: 1 } }).errors[0]).toMatchObject({ keyword: "body" });
  });

  it("counts lengths in code points, as JSON Schema does: a surrogate pair is one character, a lone surrogate one", () => {
    const named = (name: string) => validateRequest({ operationId: "createImage" }, { body: { name, instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } });
    // name: minLength 1, maxLength 128.
    expect(named("😀".repeat(128)).valid).toBe(true);
    expect(named("😀".repeat(128) + "a").errors[0]).toMatchObject({ pointer: "/name", keyword: "maxLength" });
    expect(named("a".repeat(127) + "😀").valid).toBe(true);
    expect(named("\ud83d".repeat(128)).valid).toBe(true);
    expect(named("\ud83d".repeat(129)).errors[0]).toMatchObject({ keyword: "maxLength" });
    // A low surrogate first, then a high one: two characters, not a pair.
    expect(named("\ude00\ud83da".repeat(42) + "ab").valid).toBe(true);
    expect(named("\ude00\ud83da".repeat(43)).errors[0]).toMatchObject({ keyword: "maxLength" });
  });

  it("never echoes header values, which may carry credentials", () => {
    const secret = "MIIsecret-token-value";
    const result = validateRequest(
      { operationId: "listImages" },
      { headers: { "X-Auth-Token": secret, "X-Sdk-Date": secret }, query: { limit: "-1" } },
    );
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe("alternatives (anyOf)", () => {
  it("are reported once, listing what would have satisfied them", () => {
    const { errors } = validateRequest({ operationId: "createImage" }, { body: { name: "img" } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ location: "body", pointer: "", keyword: "anyOf" });
    expect(errors[0]!.expected).toEqual(expect.arrayContaining(["/instance_id present", "/image_url present"]));
    expect(errors[0]!.message).toMatch(/^body \(root\) must match at least one of: \/instance_id present \| /);
  });
});

describe("folding alternatives", () => {
  const v20 = { "content-type": "application/openstack-images-v2.0-json-patch" };

  it("gives each array item only its own branch errors (/1 is not /10)", () => {
    const body = Array.from({ length: 11 }, () => ({ replace: "/name", value: "n" }) as Record<string, string>);
    body[1] = { value: "only a value" };
    body[10] = { value: "only a value" };
    const { errors } = validateRequest({ operationId: "glanceUpdateImage" }, { headers: v20, body });
    expect(errors.map((e) => [e.pointer, e.keyword, e.expected])).toEqual([
      ["/1", "oneOf", ["/replace present", "/add present", "/remove present"]],
      ["/10", "oneOf", ["/replace present", "/add present", "/remove present"]],
    ]);
  });

  it("keeps each branch's requirements together, so that following one alternative satisfies it", () => {
    // ImsError: anyOf [{ required: [error] }, { required: [error_code, error_msg] }].
    const { errors } = validateResponse({ operationId: "listImages" }, { status: 400, body: {} });
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: "",
        keyword: "anyOf",
        expected: ["/error present", "/error_code present and /error_msg present"],
        message: "body (root) must match at least one of: /error present | /error_code present and /error_msg present",
      }),
    ]);
    expect(validateResponse({ operationId: "listImages" }, { status: 400, body: { error_code: "IMG.1", error_msg: "boom" } }).errors).toEqual([]);
  });

  it("keeps the members one `required` asks for together, in a branch reached through $ref too", () => {
    const errors = [
      { instancePath: "/a/x", schemaPath: "request#/$defs/A/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string" },
      { instancePath: "/a", schemaPath: "request#/$defs/A/required", keyword: "required", params: { missingProperty: "y" }, message: "" },
      { instancePath: "/a", schemaPath: "request#/$defs/A/required", keyword: "required", params: { missingProperty: "v" }, message: "" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf/1/required", keyword: "required", params: { missingProperty: "z" }, message: "" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf/1/required", keyword: "required", params: { missingProperty: "w" }, message: "" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" },
    ];
    expect(fromAjv(errors, "body", { a: { x: 1 } }).map((v) => v.message)).toEqual([
      "body /a must match at least one of: /x must be string | /y present and /v present | /z present and /w present | itself must be array",
    ]);
  });

  it("folds branches reached through $ref into one violation", () => {
    const { errors } = validateResponse({ operationId: "listImageMembers" }, { status: 200, body: { members: [], page_info: { next_marker: 5 } } });
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: "/page_info",
        keyword: "anyOf",
        expected: ["/next_marker must be string", "itself must be array"],
        message: "body /page_info must match at least one of: /next_marker must be string | itself must be array",
      }),
    ]);
  });

  it("leaves errors of sibling keywords and of other members apart", () => {
    const errors = [
      { instancePath: "/other", schemaPath: "request#/$defs/Other/type", keyword: "type", params: { type: "string" }, message: "must be string" },
      { instancePath: "/a", schemaPath: "#/properties/a/type", keyword: "type", params: { type: "object" }, message: "must be object" },
      { instancePath: "/a", schemaPath: "request#/$defs/A/required", keyword: "required", params: { missingProperty: "x" }, message: "" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf/1/required", keyword: "required", params: { missingProperty: "y" }, message: "" },
      { instancePath: "/a", schemaPath: "#/properties/a/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" },
    ];
    expect(fromAjv(errors, "body", { other: 1, a: 2 }).map((v) => [v.pointer, v.keyword, v.expected])).toEqual([
      ["/other", "type", "string"],
      ["/a", "type", "object"],
      ["/a", "anyOf", ["/x present", "/y present"]],
    ]);
  });
});

describe("messages that name the members at fault", () => {
  const image = "33ad552d-1149-471c-8190-ff6776174a00";

  it("names the members given together when several oneOf branches match", () => {
    const tags = validateRequest({ operationId: "createOrUpdateTags" }, { body: { image_id: image, tag: "a.b", image_tag: { key: "a", value: "b" } } });
    expect(tags.errors).toEqual([
      {
        location: "body",
        pointer: "",
        keyword: "oneOf",
        message: "body (root) must have only one of /tag, /image_tag, but has /tag and /image_tag",
        expected: ["/tag", "/image_tag"],
        actual: ["/tag", "/image_tag"],
      },
    ]);
    const patch = validateRequest(
      { operationId: "glanceUpdateImage" },
      { headers: { "content-type": "application/openstack-images-v2.0-json-patch" }, body: [{ replace: "/name", add: "/x", value: "n" }] },
    );
    expect(patch.errors.map((e) => e.message)).toEqual(["body /0 must have only one of /replace, /add, /remove, but has /replace and /add"]);
  });

  it("says once what a `then` that restates a member's type finds again", () => {
    const { errors } = validateRequest({ operationId: "importImageQuick" }, { body: { name: "n", image_url: "b:f", min_disk: 40, os_version: 5 } });
    expect(errors.map((e) => e.message)).toEqual(["body /os_version must be string"]);
    const exported = validateRequest({ operationId: "exportImage" }, { body: { bucket_url: "b:f", file_format: 5 } });
    expect(exported.errors.map((e) => e.message)).toEqual([
      "body /file_format must be string",
      "body /file_format must be equal to one of the allowed values: qcow2, vhd, zvhd, vmdk",
    ]);
  });

  it("says which branches match when it cannot name members", () => {
    const errors = [{ instancePath: "/x", schemaPath: "#/properties/x/oneOf", keyword: "oneOf", params: { passingSchemas: [0, 2] }, message: "must match exactly one schema in oneOf" }];
    expect(fromAjv(errors, "body", { x: 1 })[0]!.message).toBe("body /x must match exactly one schema in oneOf, but branches 0 and 2 match");
  });

  it("points at the member a not forbids, without the redundant if error", () => {
    for (const operationId of ["exportImage", "exportImageInSafeMode"] as const) {
      const { errors } = validateRequest({ operationId }, { body: { bucket_url: "b:f", is_quick_export: true, file_format: "qcow2" } });
      expect(errors).toEqual([
        { location: "body", pointer: "/file_format", keyword: "not", message: "body /file_format is not allowed here", expected: "absent", actual: "qcow2" },
      ]);
    }
    const missing = validateRequest({ operationId: "exportImage" }, { body: { bucket_url: "b:f" } });
    expect(missing.errors.map((e) => [e.pointer, e.keyword])).toEqual([["/file_format", "required"]]);
    const quick = validateRequest({ operationId: "importImageQuick" }, { body: { name: "n", image_url: "b:f", min_disk: 40 } });
    expect(quick.errors.map((e) => [e.pointer, e.keyword])).toEqual([["/os_version", "required"]]);
  });
});

describe("query and header values as callers write them", () => {
  it("takes numbers and booleans as their text, and checks them", () => {
    expect(validateRequest({ operationId: "listImages" }, { query: { limit: 5, protected: true, __imagetype: null } })).toMatchObject({ valid: true });
    expect(validateRequest({ operationId: "listImages" }, { query: { limit: [0] } }).errors).toEqual([
      expect.objectContaining({ location: "query", pointer: "/limit", keyword: "minimum", actual: 0 }),
    ]);
    const head = validateResponse({ operationId: "glanceV1HeadImage" }, { status: 200, headers: { "X-Image-Meta-Size": 5, "X-Image-Meta-Min_disk": "x" } });
    expect(head.errors).toContainEqual(expect.objectContaining({ location: "header", pointer: "/x-image-meta-min_disk", keyword: "type" }));
    expect(head.errors.map((e) => e.pointer)).not.toContain("/x-image-meta-size");
  });

  it("throws ContractInputError naming the field for anything else, without the value", () => {
    const secret = { token: "MIIsecret-in-an-object" };
    const query = (): unknown => validateRequest({ operationId: "listImages" }, { query: { limit: { n: 5 } as never } });
    expect(query).toThrow(expect.objectContaining({ name: "ContractInputError", field: "query.limit" }));
    expect(query).toThrow(/^query\.limit: must be a string, a number or a boolean \(or a list of them\), got object$/);
    const header = (): unknown => validateRequest({ operationId: "listImages" }, { headers: { "X-Auth-Token": secret as never } });
    expect(header).toThrow(expect.objectContaining({ name: "ContractInputError", field: "headers.X-Auth-Token" }));
    expect(header).toThrow(expect.objectContaining({ message: expect.not.stringContaining("MIIsecret") }));
    // A string is no query or header bag: read as one it gave "0", "1"… and checked nothing.
    expect(() => validateRequest({ operationId: "listImages" }, { query: "limit=abc" as never })).toThrow(
      expect.objectContaining({ name: "ContractInputError", field: "query", message: "query: must be an object" }),
    );
    expect(() => validateResponse({ operationId: "glanceV1HeadImage" }, { status: 200, headers: "X-Image-Meta-Size: NaN" as never })).toThrow(
      expect.objectContaining({ name: "ContractInputError", field: "headers", message: "headers: must be an object" }),
    );
    expect(() => validateRequest({ operationId: "listImages" }, { headers: [{ name: "X-Auth-Token", value: [1] as never }] })).toThrow(
      expect.objectContaining({ field: "headers.X-Auth-Token" }),
    );
  });
});

describe("headers from other fetch implementations", () => {
  it("are read, not taken for an empty record", () => {
    const headers = new ForeignHeaders({ "Content-Type": "text/plain" });
    expect(headers).not.toBeInstanceOf(Headers);
    expect(validateResponse({ operationId: "glanceShowImage" }, { status: 400, headers, text: "Bad Request" }).errors).toEqual([]);
    const head = validateResponse({ operationId: "glanceV1HeadImage" }, { status: 200, headers: new ForeignHeaders({ "X-Image-Meta-Size": "NaN" }) });
    expect(head.errors).toContainEqual(expect.objectContaining({ location: "header", pointer: "/x-image-meta-size", keyword: "type" }));
  });
});
