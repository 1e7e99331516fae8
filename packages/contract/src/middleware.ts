import { ContractInputError, ContractViolationError } from "./errors.js";
import { paramsAtTail, pathOf } from "./router.js";
import { isJsonMedia, pickMedia } from "./http.js";
import type { ContractOperation } from "./table.js";
import { operationAt, resolveOperation, validateRequest, validateResponse, type OperationId, type OperationRef, type RequestInput, type ValidationResult } from "./validate.js";

export type ContractMode = "throw" | "warn" | "collect";

export interface ContractMiddlewareOptions {
  /** `throw` (default): reject the call; `warn`: log and go on; `collect`: keep for later. */
  mode?: ContractMode | undefined;
  /** Also check outgoing requests (body, query, path parameters). Default false. */
  requests?: boolean | undefined;
  /** Where `warn` writes; default `console`. */
  logger?: { warn(message: string): void } | undefined;
}

/** One checked exchange that broke the contract. */
export interface CollectedViolation extends ValidationResult {
  direction: "request" | "response";
  /** `GET /v2/cloudimages`: no host, no query string. */
  exchange: string;
  status?: number;
}

/** The parts of openapi-fetch's middleware callbacks used here (kept structural on purpose). */
interface HookArgs {
  request: Request;
  schemaPath: string;
}

export interface ContractMiddleware {
  onRequest(args: HookArgs): Promise<undefined>;
  onResponse(args: HookArgs & { response: Response }): Promise<undefined>;
  /**
   * Violations seen so far in `collect` mode. Always empty in `throw` and `warn` mode, where the
   * error or the log carries them: a long-running service would otherwise keep every one.
   */
  readonly violations: readonly CollectedViolation[];
  clear(): void;
}

const MODES: readonly ContractMode[] = ["throw", "warn", "collect"];

async function readText(message: Request | Response): Promise<string | undefined> {
  if (message.body === null) return undefined;
  // openapi-fetch hands the same object on to the caller: read a clone, never the original.
  return message.clone().text();
}

// Stands in for a body that was sent but not read, so that a required body is not reported
// missing. validateRequest parses only bodies whose media type has a schema, and exactly those
// are read, so this text is never parsed.
const UNREAD = "(not read)";

/**
 * The request body as text, read only when the contract has a JSON schema for the media type it
 * is sent as: an image upload (`application/octet-stream`) can be gigabytes, and reading a clone
 * would buffer all of it and drain the stream before fetch even starts.
 */
async function requestText(request: Request, operation: ContractOperation | undefined): Promise<string | undefined> {
  if (request.body === null) return undefined;
  if (!operation) return UNREAD;
  const content = operation.request.content;
  const type = request.headers.get("content-type");
  const media = type === null || isJsonMedia(type) ? pickMedia(Object.keys(content), type ?? undefined) : undefined;
  return media !== undefined && content[media] ? readText(request) : UNREAD;
}

/**
 * An openapi-fetch middleware that checks every response (and optionally every request) against
 * the contract, e.g. `client.use(createContractMiddleware({ mode: "warn" }))`.
 */
export function createContractMiddleware(options: ContractMiddlewareOptions = {}): ContractMiddleware {
  const mode = options.mode ?? "throw";
  if (!MODES.includes(mode)) throw new ContractInputError("mode", `must be one of ${MODES.join(", ")}, got ${JSON.stringify(mode)}`);
  const logger = options.logger ?? console;
  const violations: CollectedViolation[] = [];

  function report(found: CollectedViolation): void {
    if (mode === "collect") {
      violations.push(found);
      return;
    }
    const error = new ContractViolationError(found.exchange, found.operationId, found.errors);
    if (mode === "throw") throw error;
    logger.warn(`[imsjs contract] ${found.direction} ${error.message}`);
  }

  const ref = (request: Request, schemaPath: string): { method: string; path: string } => ({
    method: request.method,
    // openapi-fetch passes the template it was called with; fall back to the URL.
    path: schemaPath && schemaPath.startsWith("/") ? schemaPath : request.url,
  });

  return {
    async onRequest({ request, schemaPath }) {
      if (!options.requests) return undefined;
      const url = new URL(request.url);
      const template = schemaPath && schemaPath.startsWith("/") ? schemaPath : undefined;
      // The template names the operation: routing the URL would take a base-URL prefix
      // (`https://gateway/ims`) for part of the path. The URL's tail gives the parameter values.
      const operation = template === undefined ? undefined : operationAt(request.method, template);
      const pathParams = operation && paramsAtTail(operation.path, url.pathname);
      const ref: OperationRef = operation
        ? { operationId: operation.operationId as OperationId }
        : { method: request.method, path: template ?? url.pathname };
      const text = await requestText(request, operation ?? resolveOperation(ref));
      const input: RequestInput = { headers: request.headers, query: url.searchParams, ...(pathParams ? { pathParams } : {}), ...(text !== undefined ? { text } : {}) };
      const result = validateRequest(ref, input);
      if (!result.valid) report({ ...result, direction: "request", exchange: `${request.method} ${pathOf(request.url)}` });
      return undefined;
    },
    async onResponse({ request, response, schemaPath }) {
      // Only JSON bodies are checked; never buffer a download just to skip it.
      const type = response.headers.get("content-type");
      const text = type === null || isJsonMedia(type) ? await readText(response) : undefined;
      const result = validateResponse(ref(request, schemaPath), {
        status: response.status,
        headers: response.headers,
        ...(text !== undefined ? { text } : {}),
      });
      if (!result.valid) {
        // The caller never gets a rejected answer: an unread body would hold fetch's connection
        // until garbage collection (an HTML 502 from a gateway is not read above).
        if (mode === "throw") response.body?.cancel().catch(() => undefined);
        report({ ...result, direction: "response", exchange: `${request.method} ${pathOf(request.url)}`, status: response.status });
      }
      return undefined;
    },
    get violations() {
      return violations;
    },
    clear() {
      violations.length = 0;
    },
  };
}
