import type { OperationId } from "@imsjs/openapi";

/** One parameter of an operation, as `ims api --list <operationId>` shows it. */
export interface ParameterInfo {
  name: string;
  in: string;
  required: boolean;
  type?: string;
  enum?: unknown[];
}

/** An operation's request as the spec declares it: its parameters and its body's schema per media type. */
export interface RequestInfo {
  parameters: ParameterInfo[];
  body: { required: boolean; media: { type: string; schema: string }[] } | null;
}

interface SchemaLike {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaLike;
  format?: string;
}
interface ParameterLike {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaLike;
}
interface OperationLike {
  operationId?: string;
  parameters?: ParameterLike[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaLike }> };
}
export interface SpecLike {
  paths: Record<string, Record<string, OperationLike | ParameterLike[]>>;
  components?: { parameters?: Record<string, ParameterLike> };
}

// The spec is only needed here; the binary carries just what this reads (scripts/bundle.mjs).
async function loadSpec(): Promise<SpecLike> {
  return (await import("@imsjs/openapi/openapi.json", { with: { type: "json" } })).default as unknown as SpecLike;
}

const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1);

function resolveParameter(spec: SpecLike, p: ParameterLike): ParameterLike {
  return p.$ref ? (spec.components?.parameters?.[refName(p.$ref)] ?? p) : p;
}

function schemaName(schema: SchemaLike | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === "array") return `${schemaName(schema.items)}[]`;
  if (schema.format === "binary") return "binary";
  return typeof schema.type === "string" ? `inline ${schema.type}` : "inline";
}

function parameterInfo(p: ParameterLike): ParameterInfo {
  const s = p.schema ?? {};
  const type = s.type === "array" ? `${String(s.items?.type ?? "any")}[]` : Array.isArray(s.type) ? s.type.join("|") : s.type;
  const choices = s.enum ?? (s.type === "array" ? s.items?.enum : undefined);
  return { name: p.name, in: p.in, required: p.required === true, ...(type ? { type } : {}), ...(choices ? { enum: choices } : {}) };
}

/** The parameters (the path's and the operation's, the operation's winning) and body of an operation. */
export async function describeRequest(id: OperationId, method: string, path: string): Promise<RequestInfo> {
  const spec = await loadSpec();
  const item = spec.paths[path] ?? {};
  const op = item[method.toLowerCase()] as OperationLike | undefined;
  if (!op || op.operationId !== id) throw new Error(`the bundled spec has no ${id} at ${method} ${path}`);
  const shared = ((item["parameters"] ?? []) as ParameterLike[]).map((p) => resolveParameter(spec, p));
  const own = (op.parameters ?? []).map((p) => resolveParameter(spec, p));
  const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
  const content = op.requestBody?.content;
  return {
    parameters: params.map(parameterInfo),
    body: content ? { required: op.requestBody?.required === true, media: Object.entries(content).map(([type, c]) => ({ type, schema: schemaName(c.schema) })) } : null,
  };
}
