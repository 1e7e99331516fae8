/** Bad flags, values or configuration: exit code 2. `flag` names what to fix when there is one thing. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly flag?: string,
  ) {
    super(message);
  }
}

/** An answer from IMS that was not a success: exit code 1. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly requestId: string | undefined,
  ) {
    super(message);
  }
}

/** A job that ended in FAIL: exit code 1. */
export class JobFailedError extends Error {
  override name = "JobFailedError";
  constructor(
    readonly jobId: string,
    readonly code: string | undefined,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * `--timeout` passed before the job finished: exit code 124 (as timeout(1) uses), not 1, since
 * nothing failed and the job goes on.
 */
export class WaitTimedOut extends Error {
  override name = "WaitTimedOut";
  constructor(
    readonly jobId: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The client refused a setting that came from the environment or a profile: exit code 2, naming
 * where it came from (`IMS_ENDPOINT`, `region (profile "default" in …)`), not a flag nobody gave.
 */
export class BadSetting extends Error {
  override name = "BadSetting";
  constructor(
    readonly origin: string,
    cause: Error,
  ) {
    super(cause.message, { cause });
  }
}

/** Thrown by the transport after printing a request under `--dry-run`, so nothing is sent. */
export class DryRunStop extends Error {
  override name = "DryRunStop";
}

/** The user stopped a wait with Ctrl-C; the server job goes on. */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor(readonly jobId: string) {
    super(`stopped waiting for job ${jobId}`);
  }
}

/** Ctrl-C at a question: exit code 130, as for every Ctrl-C; what was being asked for was not done. */
export class Stopped extends Error {
  override name = "Stopped";
  constructor(message = "Stopped; nothing was changed.") {
    super(message);
  }
}

/** What the user asked for does not exist (or is not visible to them): exit code 1. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** A command over several items (images to delete) did not do all of them: exit code 1. */
export class PartialFailure extends Error {
  override name = "PartialFailure";
}

/** The user answered no to a confirmation: exit code 1, nothing was sent. */
export class Cancelled extends Error {
  override name = "Cancelled";
}
