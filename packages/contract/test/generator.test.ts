import { mkdir, rm, writeFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { buildOutputs } from "../scripts/outputs.mjs";

// A small contract with the shapes the real one may grow into: a closed component used on both
// sides, a property called `description`, a reference into `paths`, vendor keywords.
const doc = {
  openapi: "3.1.0",
  info: { title: "t", version: "9.9.9" },
  servers: [{ url: "https://api.{region}.example.com" }],
  paths: {
    "/choices": {
      put: {
        operationId: "choose",
        requestBody: { content: { "application/json": { schema: { type: "object", properties: { pick: { $ref: "#/components/schemas/Choice" } } } } } },
        responses: { "204": { description: "ok" } },
      },
    },
    "/things": {
      servers: [{ url: "http://127.0.0.1:4010" }, { url: "https://api.{region}.example.com" }],
      post: {
        operationId: "makeThing",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          "4XX": { description: "err", content: { "application/json": { schema: { type: "object", required: ["code"], properties: { code: { type: "string" } } } } } },
        },
      },
      get: {
        operationId: "listThings",
        parameters: [{ name: "limit", in: "query", schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { type: "array", items: { $ref: "#/paths/~1things/post/requestBody/content/application~1json/schema" } } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Choice: {
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } },
        oneOf: [{ required: ["a"] }, { required: ["b"] }],
        not: { required: ["c"] },
      },
      Thing: {
        type: "object",
        description: "a thing",
        additionalProperties: false,
        required: ["description", "kind"],
        "x-internal-note": "vendor keyword",
        properties: {
          description: { type: "string", description: "a member named like a keyword" },
          kind: { type: "string", "x-extensible-enum": ["a", "b"], example: "a" },
        },
      },
    },
  },
};

const dir = new URL("../.tmp/generator-test/", import.meta.url);

afterAll(async () => {
  await rm(new URL("../.tmp/", import.meta.url), { recursive: true, force: true });
});

describe("the generator", () => {
  it("compiles strict requests, tolerant responses and hoisted references", async () => {
    const outputs = (await buildOutputs(doc)) as Record<string, string>;
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(outputs)) await writeFile(new URL(name, dir), text);
    type V = ((data: unknown) => boolean) & { errors?: { keyword: string; instancePath: string }[] };
    const validators = (await import(/* @vite-ignore */ new URL("validators.ts", dir).href)) as Record<string, V>;
    const { operations } = (await import(/* @vite-ignore */ new URL("operations.ts", dir).href)) as {
      operations: {
        operationId: string;
        request: { content: Record<string, string>; params: Record<string, { validator: string; coerce: unknown }> };
        responses: Record<string, { content: Record<string, string> }>;
      }[];
    };
    const make = operations.find((o) => o.operationId === "makeThing")!;
    const list = operations.find((o) => o.operationId === "listThings")!;
    const request = validators[make.request.content["application/json"]!]!;
    const response = validators[make.responses["200"]!.content["application/json"]!]!;
    const listed = validators[list.responses["200"]!.content["application/json"]!]!;

    const thing = { description: "d", kind: "brand-new-kind" };
    expect(request(thing)).toBe(true);
    expect(request({ ...thing, extra: 1 })).toBe(false);
    expect(request.errors?.[0]?.keyword).toBe("additionalProperties");
    expect(response({ ...thing, extra: 1 })).toBe(true);
    expect(response({ kind: "a" })).toBe(false);
    expect(response.errors?.[0]).toMatchObject({ keyword: "required" });
    expect(listed([thing, { ...thing, extra: true }])).toBe(true);
    expect(listed([{ description: 1, kind: "a" }])).toBe(false);
    expect(Object.keys(make.responses)).toEqual(["200", "4XX"]);

    const query = list.request.params["query"]!;
    expect(query.coerce).toEqual({ limit: { types: ["integer"] } });
    expect(validators[query.validator]!({ limit: 5 })).toBe(true);
    expect(validators[query.validator]!({ limit: 0 })).toBe(false);
    expect(outputs["operations.ts"]).toContain('export const contractVersion = "9.9.9"');
    const choose = operations.find((o) => o.operationId === "choose")!;
    expect(outputs["operations.ts"]).toContain(
      `export const memberHints: Readonly<Record<string, MemberHints>> = {"${choose.request.content["application/json"]}":{"oneOf":[[["a"],["b"]]],"not":[["c"]]}};`,
    );
    expect(outputs["operations.ts"]).toContain('export const contractServers: readonly string[] = ["https://api.{region}.example.com","http://127.0.0.1:4010"];');
    expect(outputs["validators.ts"]).not.toContain("a member named like a keyword");
    // No CommonJS at import time: Ajv's runtime helpers are written into the output (the loader's
    // start-up alone was ~3 ms of the first validation).
    expect(outputs["validators.ts"]).not.toMatch(/^import /m);
  });

  it("leaves out Ajv's unevaluated/dynamicRef bookkeeping unless the contract uses those keywords", async () => {
    const plain = (await buildOutputs(doc)) as Record<string, string>;
    expect(plain["validators.ts"]).not.toMatch(/evaluated|dynamicAnchors/);

    // A contract that does use unevaluatedProperties keeps the bookkeeping, and the keyword works.
    const closed: { components: { schemas: Record<string, unknown> } } = structuredClone(doc);
    closed.components.schemas["Thing"] = {
      type: "object",
      allOf: [{ type: "object", properties: { description: { type: "string" } } }],
      properties: { kind: { type: "string" } },
      unevaluatedProperties: false,
    };
    const outputs = (await buildOutputs(closed)) as Record<string, string>;
    expect(outputs["validators.ts"]).toMatch(/evaluated/);
    const at = new URL("../.tmp/generator-test-unevaluated/", import.meta.url);
    await mkdir(at, { recursive: true });
    for (const [name, text] of Object.entries(outputs)) await writeFile(new URL(name, at), text);
    type V = ((data: unknown) => boolean) & { errors?: { keyword: string }[] };
    const validators = (await import(/* @vite-ignore */ new URL("validators.ts", at).href)) as Record<string, V>;
    const { operations } = (await import(/* @vite-ignore */ new URL("operations.ts", at).href)) as {
      operations: { operationId: string; request: { content: Record<string, string> } }[];
    };
    const request = validators[operations.find((o) => o.operationId === "makeThing")!.request.content["application/json"]!]!;
    expect(request({ description: "d", kind: "a" })).toBe(true);
    expect(request({ description: "d", kind: "a", extra: 1 })).toBe(false);
    expect(request.errors?.[0]?.keyword).toBe("unevaluatedProperties");
  });

  it("refuses keywords it does not know rather than ignoring them", async () => {
    const broken = structuredClone(doc) as typeof doc & { components: { schemas: { Thing: Record<string, unknown> } } };
    broken.components.schemas.Thing["maxLenght"] = 5;
    await expect(buildOutputs(broken)).rejects.toThrow(/maxLenght/);
  });
});
