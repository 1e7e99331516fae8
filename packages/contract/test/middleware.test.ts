import createClient from "openapi-fetch";
import type { paths } from "@imsjs/openapi";
import { describe, expect, it, vi } from "vitest";
import { ContractInputError, ContractViolationError, createContractMiddleware, type ContractMode } from "../src/index.js";
import { ForeignHeaders } from "./support/foreign-headers.js";

const image = { id: "33ad552d-1149-471c-8190-ff6776174a00", name: "ims_test", status: "active" };
const TOKEN = "MIIT0ken-never-printed";

/** A client whose fetch answers with the given body, as tests inject it (no global mocking). */
function clientAnswering(status: number, body: unknown, mode: ContractMode, extra: { requests?: boolean } = {}) {
  const seen: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    seen.push(request);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
    });
  };
  const warn = vi.fn<(message: string) => void>();
  const contract = createContractMiddleware({ mode, logger: { warn }, ...extra });
  const client = createClient<paths>({ baseUrl: "https://ims.ap-southeast-1.myhuaweicloud.com", fetch, headers: { "X-Auth-Token": TOKEN } });
  client.use(contract);
  return { client, contract, warn, seen };
}

describe("createContractMiddleware", () => {
  it("lets valid answers through untouched", async () => {
    const { client, contract } = clientAnswering(200, { images: [image] }, "throw");
    const { data, error } = await client.GET("/v2/cloudimages", { params: { query: { limit: 1 } } });
    expect(error).toBeUndefined();
    expect(data?.images[0]?.id).toBe(image.id);
    expect(contract.violations).toEqual([]);
  });

  it("throws a ContractViolationError in throw mode, and keeps nothing", async () => {
    const { client, contract } = clientAnswering(200, { images: [{ ...image, name: 7 }] }, "throw");
    const call = client.GET("/v2/cloudimages");
    await expect(call).rejects.toBeInstanceOf(ContractViolationError);
    await expect(client.GET("/v2/cloudimages")).rejects.toThrow(/GET \/v2\/cloudimages \(listImages\)[\s\S]*body \/images\/0\/name must be string/);
    await expect(client.GET("/v2/cloudimages")).rejects.toMatchObject({ operationId: "listImages", violations: [{ pointer: "/images/0/name" }] });
    // The error carries the violations; a service that catches them must not pile them up.
    expect(contract.violations).toEqual([]);
  });

  it("logs in warn mode and still returns the data, and keeps nothing", async () => {
    const { client, contract, warn } = clientAnswering(200, { images: [{ ...image, status: undefined }] }, "warn");
    const { data } = await client.GET("/v2/cloudimages");
    expect(data?.images).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/\/images\/0\/status is required but missing/);
    // A long-running service logs every violation; keeping them too grew its heap without end.
    await client.GET("/v2/cloudimages");
    expect(warn).toHaveBeenCalledTimes(2);
    expect(contract.violations).toEqual([]);
  });

  it("collects violations, undocumented statuses included, in collect mode", async () => {
    const { client, contract, warn } = clientAnswering(418, { teapot: true }, "collect");
    const { error } = await client.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: "j1" } } });
    expect(error).toEqual({ teapot: true });
    expect(warn).not.toHaveBeenCalled();
    expect(contract.violations).toHaveLength(1);
    expect(contract.violations[0]).toMatchObject({ operationId: "showJobProgress", errors: [{ location: "status", actual: 418 }] });
    contract.clear();
    expect(contract.violations).toEqual([]);
  });

  it("checks outgoing requests when asked, and never leaks the token", async () => {
    const { client, contract, seen } = clientAnswering(200, { job_id: "j" }, "collect", { requests: true });
    await client.POST("/v2/cloudimages/action", { body: { name: "x", instance_id: "i", bogus: 1 } as never });
    expect(seen).toHaveLength(1);
    const [found] = contract.violations;
    expect(found).toMatchObject({ direction: "request", operationId: "createImage", errors: [{ pointer: "/bogus", keyword: "additionalProperties" }] });
    expect(JSON.stringify(contract.violations)).not.toContain(TOKEN);
    const error = new ContractViolationError(found!.exchange, found!.operationId, found!.errors);
    expect(`${error.message} ${error.stack ?? ""}`).not.toContain(TOKEN);
  });

  it("does not consume the body the caller reads", async () => {
    const { client } = clientAnswering(200, { job_id: "abc" }, "throw");
    const { data } = await client.POST("/v2/cloudimages/action", { body: { name: "x", instance_id: "i" } });
    expect(data).toEqual({ job_id: "abc" });
  });

  it("rejects an unknown mode by name", () => {
    expect(() => createContractMiddleware({ mode: "loud" as ContractMode })).toThrow(ContractInputError);
    expect(() => createContractMiddleware({ mode: "loud" as ContractMode })).toThrow(/^mode: /);
  });

  it("reads the headers of a response from another fetch implementation", async () => {
    // A documented text/plain 400, as node-fetch or the undici package would hand it over.
    const response = new Response("Bad Request", { status: 400 });
    Object.defineProperty(response, "headers", { value: new ForeignHeaders({ "Content-Type": "text/plain" }) });
    const contract = createContractMiddleware({ mode: "collect" });
    const request = new Request(`https://ims.example.com/v2/images/${image.id}`);
    await contract.onResponse({ request, response, schemaPath: "/v2/images/{image_id}" });
    expect(contract.violations).toEqual([]);
  });

  it("in throw mode, cancels the body of the answer it rejects, which the caller never gets to read", async () => {
    // A proxy's HTML 502 (API Gateway's own is JSON) is neither read nor handed over; left open,
    // fetch (undici) holds its connection until garbage collection, and an outage runs the pool dry.
    let cancelled = false;
    const fetch = async (): Promise<Response> =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode("<html>Bad Gateway</html>"));
          },
          cancel() {
            cancelled = true;
          },
        }, { highWaterMark: 0 }),
        { status: 502, headers: { "Content-Type": "text/html" } },
      );
    const client = createClient<paths>({ baseUrl: "https://ims.example.com", fetch });
    client.use(createContractMiddleware({ mode: "throw" }));
    await expect(client.GET("/v2/cloudimages")).rejects.toThrow(/content-type text\/html is not documented/);
    expect(cancelled).toBe(true);
  });

  it("reports an undocumented media type without reading the body", async () => {
    let pulled = false;
    const fetch = async (): Promise<Response> =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled = true;
            controller.enqueue(new TextEncoder().encode("binary"));
            controller.close();
          },
        }, { highWaterMark: 0 }),
        { status: 200, headers: { "Content-Type": "application/octet-stream" } },
      );
    const contract = createContractMiddleware({ mode: "collect" });
    const client = createClient<paths>({ baseUrl: "https://ims.example.com", fetch });
    client.use(contract);
    await client.GET("/v2/cloudimages", { parseAs: "stream" });
    expect(pulled).toBe(false);
    expect(contract.violations[0]?.errors).toEqual([
      expect.objectContaining({ location: "content-type", actual: "application/octet-stream", expected: ["application/json"] }),
    ]);
  });
});


describe("createContractMiddleware with requests: true and bodies it has no schema for", () => {
  const image = "33ad552d-1149-471c-8190-ff6776174a00";
  /** A 64 MiB upload that counts what was pulled from it. */
  function upload(type: string | undefined): { request: Request; pulled: () => number } {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled === 64) return controller.close();
          pulled++;
          controller.enqueue(new Uint8Array(1 << 20));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`https://ims.example.com/v2/images/${image}/file`, {
      method: "PUT",
      body,
      duplex: "half",
      ...(type ? { headers: { "Content-Type": type } } : {}),
    } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it("never reads an image upload, and still checks the call", async () => {
    const contract = createContractMiddleware({ mode: "collect", requests: true });
    const { request, pulled } = upload("application/octet-stream");
    await contract.onRequest({ request, schemaPath: "/v2/images/{image_id}/file" });
    expect(pulled()).toBe(0);
    expect(contract.violations).toEqual([]);
    // Routed by URL alone (no schemaPath), the same holds.
    const again = upload("application/octet-stream");
    await contract.onRequest({ request: again.request, schemaPath: "" });
    expect(again.pulled()).toBe(0);
    expect(contract.violations).toEqual([]);
  });

  it("reports a body of an undocumented media type without reading it", async () => {
    const contract = createContractMiddleware({ mode: "collect", requests: true });
    const { request, pulled } = upload("application/json");
    await contract.onRequest({ request, schemaPath: "/v2/images/{image_id}/file" });
    expect(pulled()).toBe(0);
    expect(contract.violations[0]?.errors).toEqual([
      expect.objectContaining({ location: "content-type", actual: "application/json", expected: ["application/octet-stream"] }),
    ]);
  });

  it("still reports an upload without a body, and reads JSON bodies", async () => {
    const contract = createContractMiddleware({ mode: "collect", requests: true });
    const request = new Request(`https://ims.example.com/v2/images/${image}/file`, { method: "PUT" });
    await contract.onRequest({ request, schemaPath: "/v2/images/{image_id}/file" });
    expect(contract.violations[0]?.errors).toEqual([expect.objectContaining({ location: "body", keyword: "required" })]);
    contract.clear();
    const json = new Request("https://ims.example.com/v2/cloudimages/action", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "x", instance_id: image, bogus: 1 }),
    });
    await contract.onRequest({ request: json, schemaPath: "/v2/cloudimages/action" });
    expect(contract.violations[0]?.errors).toEqual([expect.objectContaining({ pointer: "/bogus", keyword: "additionalProperties" })]);
  });
});

describe("createContractMiddleware with requests: true and an empty path parameter", () => {
  it("checks an empty last parameter, which leaves the URL ending in a slash", async () => {
    const sent: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return new Response(null, { status: 204 });
    };
    const contract = createContractMiddleware({ mode: "collect", requests: true });
    const client = createClient<paths>({ baseUrl: "https://ims.ap-southeast-1.myhuaweicloud.com", fetch });
    client.use(contract);
    const image = "33ad552d-1149-471c-8190-ff6776174a00";
    await client.DELETE("/v2/images/{image_id}", { params: { path: { image_id: "" } } });
    await client.DELETE("/v2/images/{image_id}/tags/{tag}", { params: { path: { image_id: image, tag: "" } } });
    expect(sent).toEqual(["DELETE /v2/images/", `DELETE /v2/images/${image}/tags/`]);
    expect(contract.violations.map((v) => [v.direction, v.operationId, v.errors.map((e) => e.message)])).toEqual([
      ["request", "glanceDeleteImage", ['path /image_id must match format "uuid"']],
      ["request", "glanceDeleteTag", ["path /tag must NOT have fewer than 1 characters", 'path /tag must match pattern "^[^=]+$"']],
    ]);
  });
});

describe("createContractMiddleware behind a base URL with a path prefix", () => {
  const versions = { versions: [{ id: "v2", status: "CURRENT", links: [], updated: "2020-01-01T00:00:00Z", min_version: "", version: "" }] };

  function gatewayClient(baseUrl: string, status: number, body: unknown) {
    const fetch = async (): Promise<Response> => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
    const contract = createContractMiddleware({ mode: "collect", requests: true });
    const client = createClient<paths>({ baseUrl, fetch });
    client.use(contract);
    return { client, contract };
  }

  it("checks the operation the client called, not the one the prefixed URL looks like", async () => {
    // `/ims/` alone would route to showVersion with version "ims".
    const root = gatewayClient("https://gateway.example.com/ims", 300, versions);
    await root.client.GET("/");
    expect(root.contract.violations).toEqual([]);
    // `/v1/v1/cloudimages/quota` alone would route to showProjectImageQuota with project_id "v1".
    const quota = gatewayClient("https://gateway.example.com/v1", 200, { quotas: "not an object" });
    await quota.client.GET("/v1/cloudimages/quota");
    expect(quota.contract.violations.map((v) => [v.direction, v.operationId])).toEqual([["response", "showImageQuota"]]);
  });

  it("takes path parameters from the end of the URL", async () => {
    const image = "33ad552d-1149-471c-8190-ff6776174a00";
    const { client, contract } = gatewayClient("https://gateway.example.com/api/ims", 404, { error: { code: "x", message: "y" } });
    await client.GET("/v2/images/{image_id}", { params: { path: { image_id: image } } });
    expect(contract.violations.filter((v) => v.direction === "request")).toEqual([]);
    await client.GET("/v2/images/{image_id}", { params: { path: { image_id: "not-a-uuid" } } });
    expect(contract.violations.filter((v) => v.direction === "request")).toEqual([
      expect.objectContaining({
        operationId: "glanceShowImage",
        exchange: "GET /api/ims/v2/images/not-a-uuid",
        errors: [expect.objectContaining({ location: "path", pointer: "/image_id", keyword: "format", actual: "not-a-uuid" })],
      }),
    ]);
  });
});
