import createClient, { defaultPathSerializer, type Client, type Middleware } from "openapi-fetch";
import { endpointForRegion, normalizeEndpoint } from "./endpoints.js";
import { ImsConfigError } from "./errors.js";
import type { ImsPaths } from "./paths.js";

/** A static IAM token (`X-Auth-Token`). AK/SK signing comes with @imsjs/signer. */
export interface TokenCredentials {
  token: string;
}

export interface ImsClientOptions {
  /** Region ID such as `ap-southeast-1`; picks `https://ims.{region}.myhuaweicloud.com`. */
  region?: string;
  /** Base URL; overrides `region` (mocks, private deployments). */
  endpoint?: string;
  /** Project ID, filled into every `{project_id}` path parameter. */
  projectId?: string;
  credentials?: TokenCredentials;
  /** Custom fetch (tests, proxies); defaults to the global fetch. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra openapi-fetch middleware, run after authentication. */
  middleware?: Middleware[];
}

export type ImsClient = Client<ImsPaths>;

function authMiddleware(credentials: TokenCredentials): Middleware {
  // The token lives only in this closure: nothing the client exposes can print it.
  const { token } = credentials;
  return {
    onRequest({ request }) {
      request.headers.set("X-Auth-Token", token);
      return request;
    },
  };
}

function checkCredentials(credentials: unknown): TokenCredentials | undefined {
  if (credentials === undefined) return undefined;
  if (typeof credentials !== "object" || credentials === null || !("token" in credentials)) {
    throw new ImsConfigError("credentials", "expected { token }");
  }
  const { token } = credentials as { token: unknown };
  if (typeof token !== "string" || token.trim() === "") {
    throw new ImsConfigError("credentials.token", "must be a non-empty string");
  }
  if (/[\r\n]/.test(token)) throw new ImsConfigError("credentials.token", "must not contain line breaks");
  return { token };
}

/**
 * A typed IMS client: call any operation of the contract the openapi-fetch way,
 * e.g. `client.GET("/v2/cloudimages", { params: { query: { limit: 10 } } })`.
 */
export function createImsClient(options: ImsClientOptions): ImsClient {
  const baseUrl =
    options.endpoint !== undefined
      ? normalizeEndpoint(options.endpoint)
      : options.region !== undefined
        ? endpointForRegion(options.region)
        : undefined;
  if (baseUrl === undefined) throw new ImsConfigError("endpoint", "give either `endpoint` or `region`");
  const { projectId } = options;
  if (projectId !== undefined && !/^[A-Za-z0-9_-]+$/.test(projectId)) {
    throw new ImsConfigError("projectId", `"${projectId}" is not a project ID`);
  }
  const credentials = checkCredentials(options.credentials);

  const client = createClient<ImsPaths>({
    baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    pathSerializer(pathname, params) {
      if (pathname.includes("{project_id}") && params["project_id"] === undefined) {
        if (projectId === undefined) {
          throw new ImsConfigError("projectId", `${pathname} needs a project ID: set \`projectId\` on the client`);
        }
        return defaultPathSerializer(pathname, { ...params, project_id: projectId });
      }
      return defaultPathSerializer(pathname, params);
    },
  });
  if (credentials) client.use(authMiddleware(credentials));
  for (const m of options.middleware ?? []) client.use(m);
  return client;
}
