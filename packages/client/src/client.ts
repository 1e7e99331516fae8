import createClient, { defaultBodySerializer, type HeadersOptions, type Middleware } from "openapi-fetch";
import { signFastest } from "@imsjs/signer";
import { createAuthenticator } from "./auth.js";
import { CallRequest } from "./call-request.js";
import type { ImsCredentials } from "./credentials.js";
import { warnIfDeprecated } from "./deprecation.js";
import { normalizeEndpoint, regionEndpoint } from "./endpoints.js";
import { imsErrorFrom } from "./error-body.js";
import { createLog, type ImsLogger } from "./logger.js";
import { check, numberOption, objectOption } from "./option-checks.js";
import { routeOf } from "./operations.js";
import type { ImsPaths } from "./paths.js";
import { createScrubber } from "./redact.js";
import { resolveRetry, type RetryOptions } from "./retry.js";
import { createTransport, type CallState, type FetchFunction } from "./transport.js";
import type { ImsClient } from "./typed-client.js";
import { createValidationMiddleware, resolveValidation } from "./validation.js";
import { VERSION } from "./generated/version.js";

export interface TimeoutOptions {
  /** One attempt, from sending to the last byte of the answer. Default 30 000 ms. */
  attempt?: number | undefined;
  /** The whole call, retries and waits included. Default 120 000 ms. */
  total?: number | undefined;
}

export interface ImsClientOptions<ThrowOnError extends boolean = boolean> {
  /** Region ID such as `ap-southeast-1`; picks `https://ims.{region}.myhuaweicloud.com`. */
  region?: string | undefined;
  /** Base URL; overrides `region` (mocks, private deployments). */
  endpoint?: string | undefined;
  /** Project ID, filled into every `{project_id}` path parameter. */
  projectId?: string | undefined;
  /** AK/SK (`{ ak, sk, securityToken? }`), a static IAM token (`{ token }`) or a token provider. */
  credentials?: ImsCredentials | undefined;
  /** Custom fetch (tests, proxies); defaults to the global fetch. */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** Retry policy, or `false` for a single attempt. Defaults in RETRY_DEFAULTS. */
  retry?: RetryOptions | false | undefined;
  /** Per-attempt timeout in ms, or both limits. Defaults: 30 s per attempt, 120 s in all. */
  timeoutMs?: number | TimeoutOptions | undefined;
  /** Check every answer against the contract with @imsjs/contract (`true` = throw on a violation). */
  validateResponses?: boolean | "throw" | "warn" | undefined;
  /** Where to log (off by default). Credentials are always redacted. */
  logger?: ImsLogger | undefined;
  /** User-Agent to send; default `imsjs/<version>` outside browsers. */
  userAgent?: string | undefined;
  /**
   * Throw an `ImsError` for every answer that is not data (default true): ≥ 400, or a 3xx the
   * contract does not document with a body. `false` returns `{ error, response }` instead.
   */
  throwOnError?: ThrowOnError | undefined;
  /** Extra openapi-fetch middleware. */
  middleware?: Middleware[] | undefined;
}

export type { ImsClient } from "./typed-client.js";

function resolveTimeouts(t: ImsClientOptions["timeoutMs"]): { attempt: number; total: number } {
  const o = typeof t === "object" || t === undefined ? objectOption("timeoutMs", t) : { attempt: t };
  const attempt = numberOption(o === t ? "timeoutMs.attempt" : "timeoutMs", o.attempt, 30_000, 1);
  return { attempt, total: numberOption("timeoutMs.total", o.total, Math.max(attempt, 120_000), 1) };
}

const rethrow = async (error: unknown): Promise<never> => {
  throw error;
};

/**
 * A typed IMS client: call any operation of the contract the openapi-fetch way,
 * e.g. `client.GET("/v2/cloudimages", { params: { query: { limit: 10 } } })`.
 */
// Without `throwOnError` nothing infers ThrowOnError, and its default says what the option's does.
export function createImsClient<ThrowOnError extends boolean = true>(options: ImsClientOptions<ThrowOnError>): ImsClient<ThrowOnError> {
  check(typeof options === "object" && options, "options", "must be an object");
  const { endpoint, region, projectId, userAgent, logger } = options;
  const baseUrl = endpoint !== undefined ? normalizeEndpoint(endpoint) : region !== undefined && regionEndpoint("ims", region);
  check(baseUrl, "endpoint", "give either `endpoint` or `region`");
  check(projectId === undefined || (typeof projectId === "string" && /^[\w-]+$/.test(projectId)), "projectId", "is not a project ID (letters, digits, '-' and '_' only)");
  check(options.fetch === undefined || typeof options.fetch === "function", "fetch", "must be a function");
  check(userAgent === undefined || (typeof userAgent === "string" && !/[\r\n]/.test(userAgent)), "userAgent", "must be a single-line string");
  // Not a list, it failed with a TypeError, or (a string) with openapi-fetch's error for each character.
  check(Array.isArray(options.middleware ?? []), "middleware", "must be a list");
  // Its methods are called as they are, each only if set (`?? check` stands in for any function):
  // one set to anything else failed every call that logged through it.
  for (const level of ["debug", "info", "warn", "error"] as const) check(typeof (objectOption("logger", logger)[level] ?? check) === "function", `logger.${level}`, "must be a function");
  const validation = resolveValidation(options.validateResponses);
  const retry = resolveRetry(options.retry);
  const timeouts = resolveTimeouts(options.timeoutMs);
  // The signer picks: signSync (node:crypto) where the runtime has it, Web Crypto's sign elsewhere.
  // Its browser entry, which browser and Worker bundles get, is sign alone, so none of the
  // node:crypto path reaches them.
  const auth = createAuthenticator(options.credentials, projectId, signFastest);
  const scrub = createScrubber(() => auth?.secrets() ?? []);
  const log = logger && createLog(logger, scrub);
  const newState = (method: string, path: string): CallState => {
    const [operationId, traits] = routeOf(method, path) ?? [];
    return { context: { operationId, method, path }, deadline: Date.now() + timeouts.total, attempt: 0, traits };
  };

  const raw = createClient<ImsPaths>({
    baseUrl,
    // Browsers refuse to let scripts set User-Agent: only send ours where it can be. A User-Agent
    // given with a call replaces it, as openapi-fetch merges per-call headers over these.
    headers: { "User-Agent": userAgent ?? ((globalThis as { document?: unknown }).document ? undefined : `imsjs/${VERSION}`) },
    fetch: createTransport(options.fetch, auth, retry, timeouts, log, newState),
    // Bytes (the Glance file upload) go as they are, as fetch takes them; openapi-fetch would
    // JSON-encode them. (Its serializer is typed without the headers it is given.) Streams are left
    // out: the transport reads the body whole anyway, to sign it and to send it again.
    bodySerializer: (body: unknown, headers?: HeadersOptions) =>
      body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)
        ? body
        : (defaultBodySerializer as (body: unknown, headers?: HeadersOptions) => unknown)(body, headers),
  });
  // Until some middleware is registered, none reads the request, so openapi-fetch can be handed a
  // CallRequest instead of a WHATWG Request (registering is rare: it simply ends that for good).
  let plain = true;
  const use = (...ms: Middleware[]): void => {
    plain = false;
    raw.use(...ms);
  };
  if (validation) use(createValidationMiddleware(validation, log));
  for (const m of options.middleware ?? []) use(m);

  const throwOnError = options.throwOnError !== false;
  type Init = { middleware?: Middleware[] } & Record<string, unknown>;
  type Call = (method: string, path: string, init?: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  // Every method goes through openapi-fetch's request(), which GET() and the others also call.
  const send = raw.request as unknown as Call;
  const call: Call = async (method, path, init) => {
    const state = newState(method, path);
    if (log) warnIfDeprecated(log, method, path);
    // openapi-fetch copies init keys that a Request lacks onto the Request it builds: that is how
    // the transport finds this call's state without a per-call middleware (which would take
    // openapi-fetch off its no-middleware fast path). One spread into a literal: V8 copies that
    // in one step, where several spreads into one object cost ~0.6 µs and leave a slow object
    // for openapi-fetch to destructure. (A per-call Request simply overrides ours in the spread.)
    // A middleware may hand on a Request of its own, which lacks the state: openapi-fetch runs
    // per-call middleware after the client's, so one more, last of all, puts the state on
    // whichever Request will be sent.
    const callInit: Init =
      plain && !init?.middleware?.length
        ? { Request: CallRequest, ...init, imsjsCall: state }
        : { ...init, middleware: [...(init?.middleware ?? []), { onRequest: ({ request }) => void ((request as { imsjsCall?: CallState }).imsjsCall = state) }] };
    // A call's own fetch is the transport's to call, with the client's auth, retries and timeouts:
    // openapi-fetch keeps calling the transport.
    // (Only when given: a key added to callInit on every call costs the hot path a shape change.)
    const fetch = init?.fetch as FetchFunction | undefined;
    if (fetch !== undefined) {
      check(typeof fetch === "function", "fetch", "must be a function");
      state.fetch = fetch;
      callInit["fetch"] = undefined;
    }
    // The client's project ID, unless the call gives one. (openapi-fetch only fills templates when
    // `params.path` exists: `{project_id}` may be all there is.)
    const params = init?.params as { path?: Record<string, unknown> } | undefined;
    let pathParams = params?.path;
    if (path.includes("{project_id}") && pathParams?.["project_id"] === undefined) {
      check(projectId, "projectId", `${path} needs a project ID: set \`projectId\` on the client`);
      callInit["params"] = { ...params, path: (pathParams = { ...pathParams, project_id: projectId }) };
    }
    // encodeURIComponent keeps dots, and a URL resolves a "." or ".." segment (an empty value drops
    // one too): a Glance tag named ".." would have deleted its image. (Numbers test as their text.)
    for (const name in pathParams) check(!/^\.{0,2}$/.test((pathParams[name] ?? "") as string), `params.path.${name}`, "must not be empty, . or ..");
    let result: Awaited<ReturnType<Call>>;
    for (;;) {
      state.recover = rethrow;
      try {
        result = await send(method, path, callInit);
        break;
      } catch (error) {
        state.release?.();
        (init?.signal as AbortSignal | undefined)?.throwIfAborted();
        await state.recover!(error);
      }
    }
    // The body has been read: its attempt's timer and listener go.
    state.release?.();
    const { response } = result;
    if (!response.ok) {
      // openapi-fetch takes only a 2xx body for data; the contract documents some 3xx answers with
      // the operation's body (IMS's versions: 300 Multiple Choices).
      if (state.traits?.includes(String(response.status))) return { data: result.error, response };
      // Gateways sometimes echo what they refused: never let a credential ride out on an error,
      // thrown or returned (paginate and the waiters build their ImsErrors from the returned one).
      result.error = scrub(result.error);
      const error = imsErrorFrom(result.error, response, state.context);
      // Any answer that is not data, a 3xx too: the types promise `data` to a client that throws.
      if (throwOnError) throw error;
      // The contract's error bodies are JSON objects. Anything else (a gateway's HTML page, an empty
      // body, which was "" or undefined and so missed by `if (error)`) comes back as the ImsError a
      // throwing client would throw: an object, safe for `"error_code" in error`.
      if (!(result.error instanceof Object)) result.error = error;
    }
    return result;
  };

  // openapi-fetch's eject as it is; its other methods through `call`.
  const client: Record<string, unknown> = {
    ...raw,
    use,
    request: (method: string, path: string, init?: Init) => call(method.toUpperCase(), path, init),
  };
  // GET, PUT, POST and the others: openapi-fetch's only keys in capitals.
  for (const m in raw) if (m < "a") client[m] = (path: string, init?: Init) => call(m, path, init);
  return client as unknown as ImsClient<ThrowOnError>;
}
