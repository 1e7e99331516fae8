import { memberHints, operations, type OperationId } from "./generated/operations.js";
import { ContractInputError } from "./errors.js";
import { normalizeHeaders, normalizeQuery, pickMedia, queryOf, type HeadersLike, type QueryLike } from "./http.js";
import { createRouter, pathOf } from "./router.js";
import { coerceParams } from "./coerce.js";
import type { ContractOperation, ParamGroup } from "./table.js";
import { validatorNamed } from "./validators.js";
import { fromAjv, violation, type ContractViolation, type ViolationLocation } from "./violations.js";

/**
 * Which operation: by `operationId`, or by method and path. The path may be a template
 * (`/v2/cloudimages/{image_id}`) or a concrete URL (`https://…/v2/cloudimages/abc?x=1`).
 */
export type OperationRef = { operationId: OperationId } | { method: string; path: string };

export type { OperationId };

interface BodyInput {
  /** The parsed JSON body. */
  body?: unknown;
  /** The raw body text, parsed here when the media type is JSON (use instead of `body`). */
  text?: string | undefined;
}

export interface ResponseInput extends BodyInput {
  status: number;
  headers?: HeadersLike | undefined;
}

export interface RequestInput extends BodyInput {
  headers?: HeadersLike | undefined;
  /** Query parameters; taken from the URL when the reference is a concrete URL. */
  query?: QueryLike | undefined;
  /** Path parameters; taken from the URL when the reference is a concrete URL. */
  pathParams?: Readonly<Record<string, string>> | undefined;
  /** False when the body was not recorded, so a missing one proves nothing. Default true. */
  checkBody?: boolean | undefined;
}

export interface ValidationResult {
  valid: boolean;
  /** The operation the exchange was checked against; absent when none matched. */
  operationId?: OperationId;
  errors: ContractViolation[];
}

const router = createRouter(operations);
const byId = new Map(operations.map((o) => [o.operationId, o]));
const byTemplate = new Map(operations.map((o) => [`${o.method} ${o.path}`, o]));

/** The operation declared at exactly this method and template (`/v2/cloudimages/{image_id}`). */
export const operationAt = (method: string, template: string): ContractOperation | undefined => byTemplate.get(`${method.toUpperCase()} ${template}`);

/** Every operation of the contract, in document order. */
export const contractOperations: readonly ContractOperation[] = operations;

const NONE: readonly ContractViolation[] = Object.freeze([]);

interface Resolved {
  operation?: ContractOperation;
  pathParams?: Record<string, string>;
  query?: URLSearchParams;
  errors: readonly ContractViolation[];
}

function resolve(ref: OperationRef): Resolved {
  if (ref === null || typeof ref !== "object") throw new ContractInputError("operation", "expected { operationId } or { method, path }");
  if ("operationId" in ref) {
    const operation = byId.get(ref.operationId);
    if (!operation) throw new ContractInputError("operationId", `"${String(ref.operationId)}" is not an operation of the contract`);
    return { operation, errors: NONE };
  }
  const { method, path } = ref as { method: unknown; path: unknown };
  if (typeof method !== "string" || method === "") throw new ContractInputError("method", "must be an HTTP method such as GET");
  if (typeof path !== "string") throw new ContractInputError("path", "must be a path template or a URL");
  const upper = method.toUpperCase();
  const template = byTemplate.get(`${upper} ${path}`);
  if (template) return { operation: template, errors: NONE };
  const query = queryOf(path);
  const match = router.match(upper, path);
  if (match) return { operation: match.operation, pathParams: match.pathParams, ...(query ? { query } : {}), errors: NONE };
  const allowed = router.methodsFor(path);
  const where = `${upper} ${pathOf(path)}`;
  const message = allowed.length
    ? `${where} is not an operation of the contract (the path takes ${allowed.join(", ")})`
    : `${where} matches no path of the contract`;
  return { errors: [violation("route", allowed.length ? "method" : "route", message, { expected: allowed.length ? allowed : undefined })] };
}

/** The operation a reference names or routes to, if any. */
export const resolveOperation = (ref: OperationRef): ContractOperation | undefined => resolve(ref).operation;

function checkStatus(status: unknown): number {
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new ContractInputError("status", `must be an HTTP status code from 100 to 599, got ${JSON.stringify(status)}`);
  }
  return status;
}

// `200` first, then its range (`2XX`), then `default`, as OpenAPI says. Memoised per
// operation: validateResponse sits on the hot path of every checked call.
const statusKeys = new WeakMap<ContractOperation, Map<number, string | undefined>>();
function documentedStatus(operation: ContractOperation, status: number): string | undefined {
  let known = statusKeys.get(operation);
  if (!known) statusKeys.set(operation, (known = new Map()));
  if (known.has(status)) return known.get(status);
  const keys = Object.keys(operation.responses);
  const range = `${String(status).charAt(0)}XX`;
  const key = keys.find((k) => k === String(status)) ?? keys.find((k) => k.toUpperCase() === range) ?? keys.find((k) => k === "default");
  known.set(status, key);
  return key;
}

const hasBody = (input: BodyInput): boolean => input.body !== undefined || (input.text !== undefined && input.text !== "");

function validateParams(group: ParamGroup | null | undefined, data: Record<string, unknown>, location: ViolationLocation): readonly ContractViolation[] {
  if (!group) return NONE;
  const validate = validatorNamed(group.validator);
  const coerced = coerceParams(data, group.coerce);
  return validate(coerced) ? NONE : fromAjv(validate.errors ?? [], location, coerced);
}

const defaults = new WeakMap<object, string | undefined>();
function defaultMedia(content: Readonly<Record<string, string | null>>): string | undefined {
  if (!defaults.has(content)) defaults.set(content, pickMedia(Object.keys(content), undefined));
  return defaults.get(content);
}

function validateBody(
  content: Readonly<Record<string, string | null>>,
  input: BodyInput,
  contentType: string | undefined,
  side: "request" | "response",
): readonly ContractViolation[] {
  const media = contentType === undefined ? defaultMedia(content) : pickMedia(Object.keys(content), contentType);
  if (media === undefined) {
    const documented = Object.keys(content);
    return [
      violation("content-type", "content-type", `content-type ${contentType ?? "(none)"} is not documented for this ${side}`, {
        expected: documented,
        actual: contentType,
      }),
    ];
  }
  const name = content[media];
  if (!name) return NONE;
  let body = input.body;
  // Empty text is no body, as hasBody says: "required but missing", not "not valid JSON".
  if (body === undefined && input.text) {
    try {
      body = JSON.parse(input.text);
    } catch {
      return [violation("body", "json", `body is not valid JSON (${media})`, { expected: media })];
    }
  }
  if (body === undefined) return [violation("body", "required", `body is required but missing (${media})`)];
  const validate = validatorNamed(name);
  return validate(body) ? NONE : fromAjv(validate.errors ?? [], "body", body, memberHints[name]);
}

function result(operation: ContractOperation | undefined, errors: readonly ContractViolation[]): ValidationResult {
  // A fresh array each time: callers may push to what they get.
  const out: ValidationResult = { valid: errors.length === 0, errors: errors.length === 0 ? [] : [...errors] };
  if (operation) out.operationId = operation.operationId as OperationId;
  return out;
}

/** Checks a response (status, declared headers, body) against the contract. */
export function validateResponse(ref: OperationRef, input: ResponseInput): ValidationResult {
  if (input === null || typeof input !== "object") throw new ContractInputError("response", "expected { status, headers?, body }");
  const status = checkStatus(input.status);
  const { operation, errors } = resolve(ref);
  if (!operation) return result(undefined, errors);
  const key = documentedStatus(operation, status);
  if (key === undefined) {
    const documented = Object.keys(operation.responses);
    return result(operation, [
      violation("status", "status", `status ${status} is not documented for ${operation.operationId} (documented: ${documented.join(", ")})`, {
        expected: documented,
        actual: status,
      }),
    ]);
  }
  const response = operation.responses[key]!;
  const headers = input.headers === undefined ? undefined : normalizeHeaders(input.headers);
  let out = NONE;
  if (headers && response.headers) out = validateParams(response.headers, headers, "header");
  let body: readonly ContractViolation[] = NONE;
  if (defaultMedia(response.content) === undefined) {
    if (hasBody(input)) body = [violation("body", "body", `status ${key} of ${operation.operationId} documents no body, but one was sent`)];
  } else if (operation.method !== "HEAD" || hasBody(input)) {
    // Answers to HEAD carry no body; one that was recorded anyway is still checked.
    body = validateBody(response.content, input, headers?.["content-type"], "response");
  }
  return result(operation, out.length === 0 ? body : [...out, ...body]);
}

/** Checks a request (path and query parameters, headers when given, body) against the contract. */
export function validateRequest(ref: OperationRef, input: RequestInput = {}): ValidationResult {
  if (input === null || typeof input !== "object") throw new ContractInputError("request", "expected { headers?, query?, body? }");
  const resolved = resolve(ref);
  const { operation } = resolved;
  if (!operation) return result(undefined, resolved.errors);
  const { params, content, bodyRequired } = operation.request;
  const out: ContractViolation[] = [];
  const pathParams = input.pathParams ?? resolved.pathParams;
  if (pathParams) out.push(...validateParams(params.path, { ...pathParams }, "path"));
  out.push(...validateParams(params.query, normalizeQuery(input.query ?? resolved.query), "query"));
  const headers = normalizeHeaders(input.headers);
  if (input.headers !== undefined) out.push(...validateParams(params.header, headers, "header"));
  if (input.checkBody === false) {
    // Nothing recorded: nothing to say about the body.
  } else if (Object.keys(content).length === 0) {
    if (hasBody(input)) out.push(violation("body", "body", `${operation.operationId} takes no request body, but one was sent`));
  } else if (hasBody(input)) {
    out.push(...validateBody(content, input, headers["content-type"], "request"));
  } else if (bodyRequired) {
    out.push(violation("body", "required", `${operation.operationId} requires a request body`));
  }
  return result(operation, out);
}

