import { ApiError, BadSetting, Cancelled, JobFailedError, NotFoundError, PartialFailure, UsageError, WaitTimedOut } from "./errors.js";
import { visible } from "./output/view.js";

/** Flags (or arguments) the client's configuration errors refer to, by the option name the client uses. */
const CONFIG_FLAGS: Record<string, string> = {
  endpoint: "--endpoint",
  region: "--region",
  projectId: "--project-id",
  credentials: "--token",
  "credentials.token": "--token",
  // The waiter's argument: the ID given to `ims jobs wait` (or answered by the call that started the job).
  jobId: "<job-id>",
};

export function isConfigError(err: unknown): err is Error & { field: string } {
  return err instanceof Error && err.name === "ImsConfigError" && typeof (err as { field?: unknown }).field === "string";
}

// The client's errors are recognised by name: importing the client here would load it for `--help` too.
function isNamed(err: unknown, ...names: string[]): err is Error {
  return err instanceof Error && names.includes(err.name);
}

/**
 * What an error means to the person at the terminal, and the exit code it stands for: 1 IMS
 * refused or a job failed, 2 bad usage or configuration, 124 gave up waiting for a job. Not
 * scrubbed of secrets: callers do that.
 */
export function explain(err: unknown): { message: string; exitCode: number } {
  if (err instanceof UsageError) return { message: err.message, exitCode: 2 };
  const flagOf = (field: string): string | undefined => (Object.hasOwn(CONFIG_FLAGS, field) ? CONFIG_FLAGS[field] : undefined);
  // The client's messages name its options in backticks ("pass `endpoint` for …"); here they are flags.
  const flagged = (message: string): string => message.replace(/`([\w.]+)`/g, (quoted, name: string) => flagOf(name) ?? quoted);
  // "<where>: <what is wrong>", the client's own "<field>: " prefix replaced by where the value came from.
  const at = (where: string, message: string): string => `${where}: ${flagged(message).replace(/^[\w.]+: /, "")}`;
  if (err instanceof BadSetting) return { message: at(err.origin, err.message), exitCode: 2 };
  if (isConfigError(err)) {
    const flag = flagOf(err.field);
    // The client asks its caller to "set `projectId` on the client"; a CLI user has three places for it.
    const message = err.field === "projectId" ? err.message.replace(/set `projectId` on the client$/, "pass --project-id, set HUAWEICLOUD_SDK_PROJECT_ID, or run `ims configure`") : err.message;
    return { message: flag ? at(flag, message) : flagged(message), exitCode: 2 };
  }
  // What IMS says (messages, codes, request IDs, a job's reason) is shown with its control
  // characters escaped: an answer must not be able to drive the terminal or forge a line of ours.
  if (isNamed(err, "ImsError")) {
    const requestId = (err as { requestId?: unknown }).requestId;
    return { message: visible(`${err.message}${typeof requestId === "string" ? ` (request id ${requestId})` : ""}`), exitCode: 1 };
  }
  if (isNamed(err, "ImsNetworkError", "ImsTimeoutError", "ImsInvalidResponseError")) return { message: visible(err.message), exitCode: 1 };
  if (err instanceof ApiError) {
    const id = err.requestId ? ` (request id ${err.requestId})` : "";
    return { message: visible(`IMS answered ${err.status}${err.code ? ` ${err.code}` : ""}: ${err.message}${id}`), exitCode: 1 };
  }
  if (err instanceof WaitTimedOut) return { message: err.message, exitCode: 124 };
  if (err instanceof JobFailedError) return { message: visible(`job ${err.jobId} failed${err.code ? ` with ${err.code}` : ""}: ${err.message}`), exitCode: 1 };
  if (err instanceof NotFoundError || err instanceof Cancelled || err instanceof PartialFailure) return { message: err.message, exitCode: 1 };
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : "";
  return { message: err instanceof Error ? `${err.message}${cause}` : String(err), exitCode: 1 };
}
