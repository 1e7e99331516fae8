import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { operationIndex, type OperationId } from "@imsjs/openapi";

// The bundled contract as the mock serves it, with small typed accessors. Everything the
// contract tests send or expect is read from here, so a new operation shows up on its own.
export type Schema = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
}
export interface MediaType {
  schema?: Schema;
  examples?: Record<string, { $ref?: string; value?: unknown }>;
}
export interface Response {
  description: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { required?: boolean; schema?: Schema }>;
}
export interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response | { $ref: string }>;
}
type PathItem = { parameters?: (Parameter | { $ref: string })[] } & Record<string, Operation>;
export interface Doc {
  paths: Record<string, PathItem>;
  components: Record<string, Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
export const spec = JSON.parse(readFileSync(require.resolve("@imsjs/openapi/openapi.json"), "utf8")) as Doc;

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Follows a local `#/components/…` reference (one level is all the bundle uses). */
export function deref<T>(node: T | { $ref: string }): T {
  const ref = (node as { $ref?: string }).$ref;
  if (typeof ref !== "string") return node as T;
  const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
  const target = section && name ? spec.components[section]?.[name] : undefined;
  if (target === undefined) throw new Error(`unresolved reference ${ref}`);
  return target as T;
}

export interface SpecOperation {
  id: OperationId;
  method: HttpMethod;
  path: string;
  op: Operation;
  parameters: Parameter[];
}

/** Every operation of the bundled spec, in document order. */
export function specOperations(): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref<Parameter>(p));
      out.push({ id: op.operationId as OperationId, method, path, op, parameters });
    }
  }
  return out;
}

export function operation(id: OperationId): SpecOperation {
  const info = operationIndex[id];
  const found = specOperations().find((o) => o.path === info.path && o.method === info.method.toLowerCase());
  if (!found) throw new Error(`${id} is in the operation index but not in the bundled spec`);
  return found;
}

/** The documented success status: the lowest 2xx, else the lowest 3xx (the version queries). */
export function successStatus(op: Operation): number {
  const codes = Object.keys(op.responses).map(Number).sort((a, b) => a - b);
  const ok = codes.find((c) => c >= 200 && c < 300) ?? codes.find((c) => c >= 300 && c < 400);
  if (ok === undefined) throw new Error(`${op.operationId} documents no success answer`);
  return ok;
}

export function response(op: Operation, status: number): Response {
  const r = op.responses[String(status)];
  if (!r) throw new Error(`${op.operationId} documents no ${status} answer`);
  return deref<Response>(r);
}

/** Named examples of a media type, with their values. */
export function examplesOf(media: MediaType | undefined): [string, unknown][] {
  return Object.entries(media?.examples ?? {}).map(([name, ex]) => [name, deref<{ value?: unknown }>(ex).value]);
}
