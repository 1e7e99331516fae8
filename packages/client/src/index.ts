export { createImsClient } from "./client.js";
export type { ImsClient, ImsClientOptions, TokenCredentials } from "./client.js";
export { endpointForRegion } from "./endpoints.js";
export { ImsConfigError } from "./errors.js";
export type { ImsPaths } from "./paths.js";
export type { paths, components, operations } from "@imsjs/openapi";
