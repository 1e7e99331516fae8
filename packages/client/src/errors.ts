import type { Job } from "./waiter.js";

/** Thrown when client options are missing or malformed; `field` names the offending option. */
export class ImsConfigError extends Error {
  override name = "ImsConfigError";
  declare readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    Object.assign(this, { field });
  }
}

/** Where a failed call was going: enough to find it in logs, never any credential. */
export interface ImsCallContext {
  /** The contract's operationId, e.g. `listImages` (undefined for paths outside the contract). */
  operationId: string | undefined;
  method: string;
  /** The path template, e.g. `/v2/cloudimages/{image_id}`. */
  path: string;
}

export interface ImsErrorDetails extends ImsCallContext {
  status: number;
  /** IMS or API Gateway error code such as `IMG.0024` or `APIGW.0301`, when the body carried one. */
  code: string | undefined;
  /** `X-Request-Id` / `X-Openstack-Request-Id`, else API Gateway's `request_id` in the body: the ID Huawei support asks for. */
  requestId: string | undefined;
  /** The parsed error body (object, text, or undefined when empty). */
  body: unknown;
}

/** IMS (or the gateway in front of it) answered with a non-2xx status. */
export class ImsError extends Error {
  override name = "ImsError";
  declare readonly status: number;
  declare readonly code: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly operationId: string | undefined;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly body: unknown;
  constructor(message: string, details: ImsErrorDetails) {
    super(message);
    // Declared, not initialised, so the fields come in the order of `details` (imsErrorFrom: status,
    // code, requestId, operationId, method, path, body), with no initialisers emitted before them.
    Object.assign(this, details);
  }
}

/** The request never got an HTTP answer: DNS, refused or reset connection, TLS, a body cut short. */
export class ImsNetworkError extends Error {
  override name = "ImsNetworkError";
  declare readonly context: ImsCallContext;
  constructor(message: string, context: ImsCallContext, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, { context });
  }
}

/** No answer within the time allowed: one attempt (`attempt`) or the whole call with its retries (`total`). */
export class ImsTimeoutError extends Error {
  override name = "ImsTimeoutError";
  declare readonly kind: "attempt" | "total";
  declare readonly timeoutMs: number;
  declare readonly context: ImsCallContext;
  constructor(kind: "attempt" | "total", timeoutMs: number, context: ImsCallContext) {
    super(`${context.method} ${context.path}: no answer within ${timeoutMs} ms (${kind} timeout)`);
    Object.assign(this, { kind, timeoutMs, context });
  }
}

/** A 2xx answer whose body is not the JSON it claims to be (e.g. truncated by a proxy). */
export class ImsInvalidResponseError extends Error {
  override name = "ImsInvalidResponseError";
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  declare readonly context: ImsCallContext;
  constructor(message: string, status: number, requestId: string | undefined, context: ImsCallContext, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, { status, requestId, context });
  }
}

/** An IMS job ended in `FAIL`. */
export class JobFailedError extends Error {
  override name = "JobFailedError";
  // Named like the job's own fields, so `err.fail_reason` reads the same as `job.fail_reason`.
  constructor(
    readonly jobId: string,
    readonly fail_reason: string | undefined,
    readonly error_code: string | undefined,
    /** The job as IMS last reported it. */
    readonly job: Job,
  ) {
    super(`job ${jobId} failed${error_code ? ` (${error_code})` : ""}${fail_reason ? `: ${fail_reason}` : ""}`);
  }
}

/** `waitForJob` gave up: the job had not finished within `maxWaitMs`. */
export class WaiterTimeoutError extends Error {
  override name = "WaiterTimeoutError";
  constructor(
    readonly jobId: string,
    readonly maxWaitMs: number,
    /** The last status seen, e.g. `RUNNING`. */
    readonly lastStatus: string | undefined,
  ) {
    super(`job ${jobId} still ${lastStatus ?? "unknown"} after ${maxWaitMs} ms`);
  }
}
