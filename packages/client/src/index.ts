export { createImsClient } from "./client.js";
export type { ImsClient, ImsClientOptions, TimeoutOptions } from "./client.js";
export type { ImsCallInit } from "./typed-client.js";
export type { AkSkCredentials, ImsCredentials, TokenCredentials, TokenProvider } from "./credentials.js";
export { credentialsFromEnv, type EnvSettings } from "./env.js";
export { createIamTokenProvider, type IamPasswordCredentials, type IamTokenProvider, type IamTokenProviderOptions } from "./token-provider.js";
export { endpointForRegion, iamEndpointForRegion, IMS_REGIONS, type ImsRegion } from "./endpoints.js";
export {
  ImsConfigError,
  ImsError,
  ImsInvalidResponseError,
  ImsNetworkError,
  ImsTimeoutError,
  JobFailedError,
  WaiterTimeoutError,
  type ImsCallContext,
} from "./errors.js";
export { paginate, type PageItem, type PaginateInit, type PaginatedPath, type PaginateOptions } from "./paginate.js";
export { waitForJob, WAITER_DEFAULTS, type Job, type WaitForJobOptions } from "./waiter.js";
export * from "./and-wait.js";
export { redactHeaders, type ImsLogger } from "./logger.js";
export { RETRY_DEFAULTS, type RetryOptions } from "./retry.js";
export { VERSION } from "./generated/version.js";
export type { ImsPaths } from "./paths.js";
export type { paths, components, operations } from "@imsjs/openapi";
