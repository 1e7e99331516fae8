import type { AkSkCredentials, TokenProvider } from "./credentials.js";
import { iamEndpointForRegion, normalizeEndpoint } from "./endpoints.js";
import { imsErrorFrom, requestIdOf } from "./error-body.js";
import { ImsConfigError, ImsInvalidResponseError, ImsNetworkError, ImsTimeoutError } from "./errors.js";
import { check, numberOption } from "./option-checks.js";
import { createScrubber } from "./redact.js";

/** An IAM user's password login. */
export interface IamPasswordCredentials {
  username: string;
  password: string;
  /** The account (domain) name the IAM user belongs to. */
  domainName: string;
}

export interface IamTokenProviderOptions {
  /** Region of the token's project; picks `https://iam.{region}.myhuaweicloud.com` and the project name. */
  region?: string | undefined;
  /** IAM base URL; overrides `region` (mocks, private deployments). */
  iamEndpoint?: string | undefined;
  /** Scope the token to this project ID (preferred); otherwise to the project named `projectName ?? region`. */
  projectId?: string | undefined;
  projectName?: string | undefined;
  /** Password login or permanent AK/SK. */
  credentials: IamPasswordCredentials | Pick<AkSkCredentials, "ak" | "sk">;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Fetch a new token this long before the cached one expires. Default 300 000 ms (5 min). */
  refreshBeforeExpiryMs?: number | undefined;
  /** Timeout of one IAM call. Default 30 000 ms. */
  timeoutMs?: number | undefined;
  /** Clock, for tests. */
  now?: (() => number) | undefined;
}

const CONTEXT = { operationId: "createIamToken", method: "POST", path: "/v3/auth/tokens" } as const;
// A token whose expiry IAM did not state is kept for one hour: IAM tokens live 24 h.
const UNKNOWN_EXPIRY_MS = 3_600_000;

function field(name: string, value: unknown): string {
  check(typeof value === "string" && value, name, "must be a non-empty string");
  return value;
}

function identityOf(credentials: IamTokenProviderOptions["credentials"]): Record<string, unknown> {
  if (credentials && typeof credentials === "object" && "password" in credentials) {
    return {
      methods: ["password"],
      password: {
        user: {
          name: field("credentials.username", credentials.username),
          password: field("credentials.password", credentials.password),
          domain: { name: field("credentials.domainName", credentials.domainName) },
        },
      },
    };
  }
  if (credentials && typeof credentials === "object" && "ak" in credentials) {
    if ("securityToken" in credentials) {
      throw new ImsConfigError("credentials.securityToken", "temporary AK/SK cannot log in to IAM: pass them to createImsClient directly");
    }
    return {
      methods: ["hw_ak_sk"],
      hw_ak_sk: { access: { key: field("credentials.ak", credentials.ak) }, secret: { key: field("credentials.sk", credentials.sk) } },
    };
  }
  throw new ImsConfigError("credentials", "must be { username, password, domainName } or { ak, sk }");
}

/** The TokenProvider `createIamTokenProvider()` returns. */
export interface IamTokenProvider extends TokenProvider {
  /** The cached token, or a new one from IAM; the options may be left out. */
  getToken(options?: Parameters<TokenProvider["getToken"]>[0]): Promise<string>;
}

/**
 * A token provider that logs in to IAM (`POST /v3/auth/tokens`) for a project-scoped token and
 * caches it until shortly before it expires. Concurrent callers share one login.
 */
export function createIamTokenProvider(options: IamTokenProviderOptions): IamTokenProvider {
  check(typeof options === "object" && options, "options", "must be an object");
  const base =
    options.iamEndpoint !== undefined
      ? normalizeEndpoint(options.iamEndpoint, "iamEndpoint")
      : options.region !== undefined
        ? iamEndpointForRegion(options.region)
        : undefined;
  check(base, "iamEndpoint", "give either `iamEndpoint` or `region`");
  const project =
    options.projectId !== undefined
      ? { id: field("projectId", options.projectId) }
      : { name: field("projectName", options.projectName ?? options.region) };
  // Serialised once: the password or SK then lives only in this string (and the scrubbing below), inside this closure.
  const body = JSON.stringify({ auth: { identity: identityOf(options.credentials), scope: { project } } });
  // The password or SK (identityOf checked it): an IAM error, or a proxy or WAF in front of IAM, may
  // quote the refused request back, as sent (JSON-escaped) or as given.
  const secret = (options.credentials as { password?: string }).password ?? (options.credentials as AkSkCredentials).sk;
  const scrub = createScrubber(() => [JSON.stringify(secret).slice(1, -1), secret]);
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  // Checked as the client's: a timeout past the longest timer, or of 0, fired at once.
  const margin = numberOption("refreshBeforeExpiryMs", options.refreshBeforeExpiryMs, 300_000, 0);
  const timeoutMs = numberOption("timeoutMs", options.timeoutMs, 30_000, 1);
  const now = options.now ?? Date.now;

  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  // Shared by every caller waiting for it, so it runs on its own timeout alone: one caller's abort
  // must not fail the others.
  async function login(): Promise<string> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new ImsTimeoutError("attempt", timeoutMs, CONTEXT)), timeoutMs);
    let response: Response;
    try {
      response = await send(
        new Request(`${base}/v3/auth/tokens?nocatalog=true`, {
          method: "POST",
          headers: { "Content-Type": "application/json;charset=utf8" },
          body,
          signal: timeout.signal,
          // A followed 307 or 308 would send the body, password or SK in it, to the Location's host.
          redirect: "manual",
        }),
      );
      // One read for both outcomes; an HTML or text page stays text.
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: an error page, or a token answer without its body (its expiry then unknown)
      }
      // Scrubbed once parsed, so a secret quoted inside a quoted body (escaped twice) goes too.
      if (!response.ok) throw imsErrorFrom(scrub(parsed), response, CONTEXT);
      const token = response.headers.get("x-subject-token");
      if (!token) {
        throw new ImsInvalidResponseError("IAM answered without an X-Subject-Token header", response.status, requestIdOf(response), CONTEXT);
      }
      // Date.parse reads a missing expiry (undefined) as NaN.
      const expiresAt = Date.parse((parsed as { token?: { expires_at?: string } } | null)?.token?.expires_at as string);
      const lifetime = Number.isNaN(expiresAt) ? UNKNOWN_EXPIRY_MS : expiresAt - now();
      cached = { token, refreshAt: now() + Math.max(0, lifetime - margin) };
      return token;
    } catch (error) {
      if (timeout.signal.aborted) throw timeout.signal.reason;
      if (error instanceof TypeError) throw new ImsNetworkError(`IAM login failed: ${error.message}`, CONTEXT, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async getToken({ forceRefresh, refusedToken, signal } = {}) {
      // A refresh for a token that is no longer the cached one (another caller's refresh replaced
      // it while this caller's call was on its way) takes the newer token: one login per refusal,
      // not one per call that was in flight; unless that one is due for refresh too.
      if (cached && now() < cached.refreshAt && (!forceRefresh || (refusedToken && refusedToken !== cached.token))) return cached.token;
      if (forceRefresh) cached = undefined;
      signal?.throwIfAborted();
      const shared = (inflight ??= login().finally(() => {
        inflight = undefined;
      }));
      if (!signal) return shared;
      // This caller stops waiting when its signal aborts; the login goes on for the others.
      return new Promise((resolve, reject) => {
        const onAbort = (): void => reject(signal.reason);
        signal.addEventListener("abort", onAbort);
        shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
      });
    },
  };
}
