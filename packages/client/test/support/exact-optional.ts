// A consumer compiled with `exactOptionalPropertyTypes` (test/exact-optional.test.ts): options that
// may be undefined, which the client reads as absent, compile; a misspelt option still does not.
import { createIamTokenProvider, createImsClient, paginate, waitForJob, createImageAndWait, type ImsLogger, type TokenProvider } from "../../src/index.js";

declare const env: Record<string, string | undefined>;
declare const signal: AbortSignal | undefined;
declare const debug: boolean;
declare const n: number | undefined;
declare const flag: boolean | undefined;
declare const fetcher: ((request: Request) => Promise<Response>) | undefined;
declare const provider: TokenProvider;

const endpoint = "http://127.0.0.1:1";
const logger: ImsLogger | undefined = debug ? console : undefined;
export const ims = createImsClient({
  endpoint,
  region: env["HUAWEICLOUD_SDK_REGION"],
  projectId: env["HUAWEICLOUD_SDK_PROJECT_ID"],
  credentials: { ak: "a", sk: "b", securityToken: env["HUAWEICLOUD_SDK_SECURITY_TOKEN"] },
  fetch: fetcher,
  retry: { maxAttempts: n, baseDelayMs: n, maxDelayMs: n, maxRetryAfterMs: n, statuses: debug ? [503] : undefined, retryNonIdempotent: flag },
  timeoutMs: { attempt: n, total: n },
  validateResponses: debug ? "warn" : undefined,
  logger,
  userAgent: env["UA"],
  throwOnError: debug ? true : undefined,
  middleware: debug ? [] : undefined,
});
export const lenient = createImsClient({ endpoint, retry: debug ? false : undefined, timeoutMs: n, credentials: debug ? { token: "t" } : undefined });
export const iam = createIamTokenProvider({
  region: env["REGION"],
  iamEndpoint: env["IAM"],
  projectId: env["P"],
  projectName: env["PN"],
  credentials: { ak: "a", sk: "b" },
  fetch: fetcher,
  refreshBeforeExpiryMs: n,
  timeoutMs: n,
  now: debug ? Date.now : undefined,
});
export const token = provider.getToken({ forceRefresh: flag, refusedToken: env["T"], signal });
const onProgress = debug ? () => undefined : undefined;
export const job = waitForJob(ims, "j", { maxWaitMs: n, minDelayMs: n, maxDelayMs: n, signal, onProgress });
export const created = createImageAndWait(ims, { body: { name: "web", instance_id: "i" } }, { signal, maxWaitMs: n });
export const pages = paginate(ims, "/v2/cloudimages", { maxPages: n });

// @ts-expect-error a misspelt client option is still refused
export const misspelt = createImsClient({ endpoint, projectID: "p" });
// @ts-expect-error a misspelt retry option is still refused
export const badRetry = createImsClient({ endpoint, retry: { maxAttempt: 2 } });
// @ts-expect-error a misspelt waiter option is still refused
export const badWait = waitForJob(ims, "j", { minDelay: 1 });
// @ts-expect-error a misspelt IAM option is still refused
export const badIam = createIamTokenProvider({ region: "r", projectID: "p", credentials: { ak: "a", sk: "b" } });
// @ts-expect-error a misspelt paginate option is still refused
export const badPages = paginate(ims, "/v2/cloudimages", { maxPage: 1 });
