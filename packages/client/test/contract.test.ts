import { describe, expect, inject, it } from "vitest";
import { createImsClient, ImsError } from "../src/index.js";
import { expectValid } from "./support/schemas.js";

// Each slice operation against a real Prism serving the bundled spec (with --errors, so an
// example that breaks its own schema would come back as a 500 here).
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const IMAGE = "33ad552d-1149-471c-8190-ff6776174a00";

// Refusals are asserted on the raw answer (Prism puts the details in a header), so these calls
// return errors instead of throwing; `ImsError` itself is covered below.
function client(extra: { token?: string | null } = {}) {
  return createImsClient({
    endpoint: inject("mockUrl"),
    projectId: PROJECT,
    throwOnError: false,
    retry: false,
    ...(extra.token === null ? {} : { credentials: { token: extra.token ?? "test-token" } }),
  });
}

function violations(response: Response): string {
  return response.headers.get("sl-violations") ?? "";
}

describe("the contract check used below", () => {
  it("catches a body that breaks the contract", () => {
    expect(() => expectValid("listImages", 200, { images: [{ id: 5 }] })).toThrow(/listImages 200 body violates the contract: \/images\/0/);
  });
});

describe("listImages (GET /v2/cloudimages)", () => {
  it("a valid query gets 200 and a body that matches the contract", async () => {
    const { data, response } = await client().GET("/v2/cloudimages", {
      params: { query: { __imagetype: "gold", sort_key: "name", sort_dir: "asc", limit: 2, protected: true } },
    });
    expect(response.status).toBe(200);
    expectValid("listImages", 200, data);
    expect(data?.images.length).toBeGreaterThan(0);
  });

  it("a wrong enum value is refused", async () => {
    const { response } = await client().GET("/v2/cloudimages", {
      params: { query: { __imagetype: "everything" as never } },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/__imagetype/);
  });

  it("limit below 1 is refused", async () => {
    const { response } = await client().GET("/v2/cloudimages", { params: { query: { limit: 0 } } });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/limit/);
  });

  it("by default a refusal is thrown as an ImsError with the IMS code and the operation", async () => {
    const ims = createImsClient({ endpoint: inject("mockUrl"), projectId: PROJECT, credentials: { token: "t" } });
    const error = await ims.GET("/v2/cloudimages", { params: { query: { limit: 0 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 400, code: "IMG.0024", operationId: "listImages", method: "GET", path: "/v2/cloudimages" });
  });

  it("a call without credentials is refused", async () => {
    const { response } = await client({ token: null }).GET("/v2/cloudimages");
    expect(response.status).toBe(401);
  });
});

describe("createImage (POST /v2/cloudimages/action)", () => {
  it("an image from an ECS gets a job", async () => {
    const { data, response } = await client().POST("/v2/cloudimages/action", {
      body: { name: "web-golden", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a", image_tags: [{ key: "env", value: "prod" }] },
    });
    expect(response.status).toBe(200);
    expectValid("createImage", 200, data);
    expect(data?.job_id).toBeTruthy();
  });

  it("a body naming no source (no instance, file, volume or data disks) is refused", async () => {
    const { response } = await client().POST("/v2/cloudimages/action", { body: { name: "nothing" } as never });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/anyOf/);
  });

  it("a wrong enum value is refused", async () => {
    const { response } = await client().POST("/v2/cloudimages/action", {
      body: { name: "x", instance_id: "i", type: "Mainframe" as never },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/enum|allowed values/);
  });

  it("a data image without its required volume_id is refused", async () => {
    const { response } = await client().POST("/v2/cloudimages/action", {
      body: { data_images: [{ name: "d" } as never] },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/volume_id/);
  });
});

describe("updateImage (PATCH /v2/cloudimages/{image_id})", () => {
  it("a rename gets the updated image", async () => {
    const { data, response } = await client().PATCH("/v2/cloudimages/{image_id}", {
      params: { path: { image_id: IMAGE } },
      body: [{ op: "replace", path: "/name", value: "ims_test" }],
    });
    expect(response.status).toBe(200);
    expectValid("updateImage", 200, data);
    expect(data?.id).toBe(IMAGE);
  });

  it("an unknown op is refused", async () => {
    const { response } = await client().PATCH("/v2/cloudimages/{image_id}", {
      params: { path: { image_id: IMAGE } },
      body: [{ op: "move" as never, path: "/name", value: "x" }],
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toMatch(/op/);
  });

  it("an image ID that is not a UUID is refused", async () => {
    const { response } = await client().PATCH("/v2/cloudimages/{image_id}", {
      params: { path: { image_id: "not-a-uuid" } },
      body: [{ op: "remove", path: "/__description" }],
    });
    expect(response.status).toBe(400);
  });
});

describe.each([
  ["showJobProgress", "/v1/cloudimages/job/{job_id}"],
  ["showJob", "/v1/{project_id}/jobs/{job_id}"],
] as const)("%s (GET %s)", (operationId, path) => {
  it.each([
    ["success", "SUCCESS"],
    ["running", "RUNNING"],
    ["fail", "FAIL"],
  ])("the %s example matches the contract", async (example, status) => {
    const seen: string[] = [];
    const c = createImsClient({
      endpoint: inject("mockUrl"),
      projectId: PROJECT,
      credentials: { token: "t" },
      fetch: (req) => {
        seen.push(req.url);
        return fetch(req);
      },
    });
    const { data, response } = await c.GET(path, {
      params: { path: { job_id: "ff8080814dbd65d7014dbe0d84db0013" } },
      headers: { Prefer: `example=${example}` },
    });
    expect(response.status).toBe(200);
    expectValid(operationId, 200, data);
    expect(data?.status).toBe(status);
    if (path.includes("{project_id}")) expect(seen[0]).toContain(`/v1/${PROJECT}/jobs/`);
  });
});
