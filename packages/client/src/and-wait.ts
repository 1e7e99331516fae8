import type { MaybeOptionalInit } from "openapi-fetch";
import type { ImsClient } from "./client.js";
import { dataOf } from "./data-of.js";
import { operationIdOf } from "./operations.js";
import type { ImsPaths } from "./paths.js";
import { waitForJob, waitLimits, type Job, type WaitForJobOptions } from "./waiter.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";
type PathsWithMethod<Paths, M extends HttpMethod> = { [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never }[keyof Paths];
type AndWait<M extends HttpMethod, P extends PathsWithMethod<ImsPaths, M>> = (
  client: ImsClient<boolean>,
  init: NonNullable<MaybeOptionalInit<ImsPaths[P], M>>,
  options?: WaitForJobOptions,
) => Promise<Job>;

/** Starts an asynchronous IMS operation and waits for its job: the finished job, or a typed error. */
function andWait<M extends HttpMethod, P extends PathsWithMethod<ImsPaths, M>>(lower: M, path: P): AndWait<M, P> {
  const method = lower.toUpperCase();
  return async (client, init, options) => {
    const call = client.request as unknown as (m: string, p: string, i: unknown) => Promise<{ data?: { job_id?: string }; error?: unknown; response: Response }>;
    // Either signal stops both the start and the wait: the init's is where an openapi-fetch call takes one.
    const signal = options?.signal ?? (init as { signal?: AbortSignal } | undefined)?.signal;
    // Bad waiter options are refused before the job starts: thrown after, the job would run on
    // unwatched, and a caller trying again would start a second one.
    waitLimits(options ?? {});
    // A 2xx answer without a job_id is no start of a job: an ImsInvalidResponseError, as in dataOf.
    const { job_id } = dataOf(await call(method, path, { ...init, signal }), { operationId: operationIdOf(method, path), method, path }, "job_id");
    return waitForJob(client, job_id!, { ...options, signal });
  };
}

export const createImageAndWait = andWait("post", "/v2/cloudimages/action");
export const createImageInSafeModeAndWait = andWait("post", "/v2.1/cloudimages/action");
export const importImageQuickAndWait = andWait("post", "/v2/cloudimages/quickimport/action");
export const importImageQuickInSafeModeAndWait = andWait("post", "/v2.1/cloudimages/quickimport/action");
export const createDataImageAndWait = andWait("post", "/v1/cloudimages/dataimages/action");
export const createDataImageInSafeModeAndWait = andWait("post", "/v2.1/cloudimages/dataimages/action");
export const createWholeImageAndWait = andWait("post", "/v1/cloudimages/wholeimages/action");
export const registerImageAndWait = andWait("put", "/v1/cloudimages/{image_id}/upload");
export const exportImageAndWait = andWait("post", "/v1/cloudimages/{image_id}/file");
export const exportImageInSafeModeAndWait = andWait("post", "/v2.1/cloudimages/{image_id}/file");
export const copyImageInRegionAndWait = andWait("post", "/v1/cloudimages/{image_id}/copy");
export const copyImageInRegionInSafeModeAndWait = andWait("post", "/v2.1/cloudimages/{image_id}/copy");
export const copyImageCrossRegionAndWait = andWait("post", "/v1/cloudimages/{image_id}/cross_region_copy");
export const batchAddMembersAndWait = andWait("post", "/v1/cloudimages/members");
export const batchUpdateMembersAndWait = andWait("put", "/v1/cloudimages/members");
export const batchDeleteMembersAndWait = andWait("delete", "/v1/cloudimages/members");
