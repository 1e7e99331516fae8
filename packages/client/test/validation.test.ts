import { describe, expect, it } from "vitest";
import { createImsClient, ImsConfigError, ImsError } from "../src/index.js";
import { jsonResponse } from "./support/fake.js";

const IMAGE = {
  id: "33ad552d-1149-471c-8190-ff6776174a00",
  name: "ims_test",
  status: "active",
  visibility: "private",
  protected: false,
  container_format: "bare",
  disk_format: "zvhd2",
  min_disk: 40,
  min_ram: 0,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  self: "/v2/images/33ad552d-1149-471c-8190-ff6776174a00",
  file: "/v2/images/33ad552d-1149-471c-8190-ff6776174a00/file",
  schema: "/v2/schemas/image",
  tags: [],
};

function client(body: unknown, extra: Record<string, unknown> = {}, status = 200) {
  return createImsClient({ endpoint: "http://127.0.0.1:1", credentials: { token: "t" }, fetch: async () => jsonResponse(status, body), ...extra });
}

describe("validateResponses", () => {
  it("is off by default: a body that breaks the contract passes through", async () => {
    const { data } = await client({ images: [{ id: 5 }] }).GET("/v2/cloudimages");
    expect(data).toEqual({ images: [{ id: 5 }] });
  });

  it("true throws a ContractViolationError naming the JSON path of each violation", async () => {
    const error = await client({ images: [{ ...IMAGE, status: "melted", min_disk: "forty" }] }, { validateResponses: true })
      .GET("/v2/cloudimages")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ContractViolationError", operationId: "listImages" });
    const pointers = (error as { violations: { pointer: string }[] }).violations.map((v) => v.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/images/0/min_disk"]));
    expect((error as Error).message).toMatch(/\/images\/0\/min_disk/);
  });

  it("a body that keeps the contract passes", async () => {
    const { data } = await client({ images: [IMAGE] }, { validateResponses: true }).GET("/v2/cloudimages");
    expect(data?.images[0]?.id).toBe(IMAGE.id);
  });

  it('"warn" reports through the logger and returns the data', async () => {
    const warnings: string[] = [];
    const { data } = await client({ images: [{ id: 5 }] }, { validateResponses: "warn", logger: { warn: (m: string) => warnings.push(m) } }).GET(
      "/v2/cloudimages",
    );
    expect(data).toEqual({ images: [{ id: 5 }] });
    expect(warnings.join("\n")).toMatch(/listImages.*breaks the IMS contract/s);
  });

  it("error answers stay ImsErrors", async () => {
    await expect(client({ unexpected: true }, { validateResponses: true }, 503).GET("/v2/cloudimages")).rejects.toBeInstanceOf(ImsError);
  });

  // listVersions documents 300 Multiple Choices with a body, which the client returns as data: that
  // data is checked like a 2xx body, while an undocumented 3xx stays an ImsError.
  it("checks a documented 300 answer's body, which the client returns as data", async () => {
    const error = await client({ versions: [{ id: 7 }] }, { validateResponses: true }, 300)
      .GET("/")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ContractViolationError", operationId: "listVersions" });
    expect((error as { violations: { pointer: string }[] }).violations.map((v) => v.pointer)).toEqual(expect.arrayContaining(["/versions/0/id"]));
    const { data } = await client({ versions: [] }, { validateResponses: true }, 300).GET("/");
    expect(data).toEqual({ versions: [] });
    await expect(client({ images: [IMAGE] }, { validateResponses: true }, 300).GET("/v2/cloudimages")).rejects.toBeInstanceOf(ImsError);
  });

  it("a bad value is a config error naming the field", () => {
    expect(() => client({}, { validateResponses: "sometimes" })).toThrow(ImsConfigError);
  });
});
