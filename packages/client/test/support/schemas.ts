import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { operationIndex, type OperationId } from "@imsjs/openapi";

// A test-only validator over the bundled spec; @imsjs/contract will ship the real one.
const require = createRequire(import.meta.url);
type Doc = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };
type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
export const spec = JSON.parse(readFileSync(require.resolve("@imsjs/openapi/openapi.json"), "utf8")) as Doc;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addVocabulary(["x-extensible-enum", "example", "discriminator", "xml", "externalDocs", "components"]);
ajv.addSchema({ $id: "ims.json", components: spec.components });

function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `ims.json${v}` : rebase(v)]),
    );
  }
  return node;
}

function resolveResponse(ref: unknown): { content?: Record<string, { schema?: unknown }> } {
  const r = ref as { $ref?: string };
  if (typeof r.$ref === "string") {
    const name = r.$ref.replace("#/components/responses/", "");
    return (spec.components["responses"] as Record<string, { content?: Record<string, { schema?: unknown }> }>)[name]!;
  }
  return ref as { content?: Record<string, { schema?: unknown }> };
}

const cache = new Map<string, ValidateFunction>();

/** Ajv validator for an operation's response body at a status (media type application/json). */
export function responseValidator(operationId: OperationId, status: number): ValidateFunction {
  const key = `${operationId} ${status}`;
  let validate = cache.get(key);
  if (!validate) {
    const info = operationIndex[operationId];
    const op = spec.paths[info.path]![info.method.toLowerCase()]!;
    const response = op.responses[String(status)];
    if (!response) throw new Error(`${operationId} documents no ${status} response`);
    const schema = resolveResponse(response).content?.["application/json"]?.schema;
    if (!schema) throw new Error(`${operationId} ${status} has no JSON schema`);
    validate = ajv.compile(rebase(schema) as object);
    cache.set(key, validate);
  }
  return validate;
}

export function expectValid(operationId: OperationId, status: number, body: unknown): void {
  const validate = responseValidator(operationId, status);
  if (!validate(body)) {
    throw new Error(`${operationId} ${status} body violates the contract: ${ajv.errorsText(validate.errors)}`);
  }
}
