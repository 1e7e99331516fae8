// Reads the bundled contract the tests are driven by: every operation, example and schema found
// here is tested, so operations added to spec/ are covered after `pnpm generate`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = Record<string, unknown>;

export interface OpenApiDoc {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export const doc = JSON.parse(readFileSync(require.resolve("@imsjs/openapi/openapi.json"), "utf8")) as OpenApiDoc;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export function resolvePointer(ref: string): unknown {
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`unresolvable ${ref}`);
  }
  return node;
}

export function deref<T>(node: T): T {
  let current: unknown = node;
  while (current && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
    current = resolvePointer((current as { $ref: string }).$ref);
  }
  return current as T;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  op: Record<string, unknown>;
}

export const specOperations: SpecOperation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => {
    const op = item[m] as Record<string, unknown>;
    return { operationId: op["operationId"] as string, method: m.toUpperCase(), path, op };
  }),
);

interface MediaType {
  schema?: Schema;
  example?: Json;
  examples?: Record<string, { value?: Json; $ref?: string }>;
}

export interface SpecExample {
  operationId: string;
  method: string;
  path: string;
  side: "request" | "response";
  status?: number;
  media: string;
  name: string;
  value: Json;
  schema: Schema;
}

function examplesOf(content: Record<string, MediaType> | undefined): { media: string; name: string; value: Json; schema: Schema }[] {
  const out: { media: string; name: string; value: Json; schema: Schema }[] = [];
  for (const [media, mt] of Object.entries(content ?? {})) {
    if (!mt.schema || !/json/i.test(media)) continue;
    if (mt.example !== undefined) out.push({ media, name: "example", value: mt.example, schema: mt.schema });
    for (const [name, ex] of Object.entries(mt.examples ?? {})) {
      const value = deref(ex).value;
      if (value !== undefined) out.push({ media, name, value, schema: mt.schema });
    }
  }
  return out;
}

/** Every named example of every request and response body of the contract. */
export const specExamples: SpecExample[] = specOperations.flatMap(({ operationId, method, path, op }) => {
  const base = { operationId, method, path };
  const body = deref(op["requestBody"] as { content?: Record<string, MediaType> } | undefined);
  const requests = examplesOf(body?.content).map((e) => ({ ...base, ...e, side: "request" as const }));
  const responses = Object.entries((op["responses"] ?? {}) as Record<string, unknown>).flatMap(([status, raw]) => {
    const res = deref(raw as { content?: Record<string, MediaType> });
    const code = /^\d{3}$/.test(status) ? Number(status) : status === "default" ? 500 : Number(status.charAt(0)) * 100;
    return examplesOf(res.content).map((e) => ({ ...base, ...e, side: "response" as const, status: code }));
  });
  return [...requests, ...responses];
});

/** Replaces each `{param}` of a template with a value that a test can recognise. */
export function concretePath(template: string, value: (name: string) => string = (n) => `val-${n}`): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}
