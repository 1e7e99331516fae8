import type { MaybeOptionalInit } from "openapi-fetch";
import type { ImsClient } from "./client.js";
import { dataOf } from "./data-of.js";
import { operationIdOf } from "./operations.js";
import type { ImsPaths } from "./paths.js";
import { waitForJob, waitLimits, type Job, type WaitForJobOptions } from "./waiter.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";
type Method = Uppercase<HttpMethod>;
type PathsWithMethod<Paths, M extends HttpMethod> = { [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never }[keyof Paths];
type AndWait<M extends Method, P extends PathsWithMethod<ImsPaths, Lowercase<M>>> = (
  client: ImsClient<boolean>,
  init: NonNullable<MaybeOptionalInit<ImsPaths[P], Lowercase<M>>>,
  options?: WaitForJobOptions,
) => Promise<Job>;

/**
 * Starts an asynchronous IMS operation and waits for its job: the finished job, or a typed error.
 * The method comes in capitals, as the client's calls take it (upper-casing it here cost 5 B).
 */
function andWait<M extends Method, P extends PathsWithMethod<ImsPaths, Lowercase<M>>>(method: M, path: P): AndWait<M, P> {
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

export const createImageAndWait = andWait("POST", "/v2/cloudimages/action");
export const createImageInSafeModeAndWait = andWait("POST", "/v2.1/cloudimages/action");
export const importImageQuickAndWait = andWait("POST", "/v2/cloudimages/quickimport/action");
export const importImageQuickInSafeModeAndWait = andWait("POST", "/v2.1/cloudimages/quickimport/action");
export const createDataImageAndWait = andWait("POST", "/v1/cloudimages/dataimages/action");
export const createDataImageInSafeModeAndWait = andWait("POST", "/v2.1/cloudimages/dataimages/action");
export const createWholeImageAndWait = andWait("POST", "/v1/cloudimages/wholeimages/action");
export const registerImageAndWait = andWait("PUT", "/v1/cloudimages/{image_id}/upload");
export const exportImageAndWait = andWait("POST", "/v1/cloudimages/{image_id}/file");
export const exportImageInSafeModeAndWait = andWait("POST", "/v2.1/cloudimages/{image_id}/file");
export const copyImageInRegionAndWait = andWait("POST", "/v1/cloudimages/{image_id}/copy");
export const copyImageInRegionInSafeModeAndWait = andWait("POST", "/v2.1/cloudimages/{image_id}/copy");
export const copyImageCrossRegionAndWait = andWait("POST", "/v1/cloudimages/{image_id}/cross_region_copy");
export const batchAddMembersAndWait = andWait("POST", "/v1/cloudimages/members");
export const batchUpdateMembersAndWait = andWait("PUT", "/v1/cloudimages/members");
export const batchDeleteMembersAndWait = andWait("DELETE", "/v1/cloudimages/members");
