import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createIamTokenProvider, createImsClient, ImsConfigError, ImsError, ImsTimeoutError } from "../src/index.js";
import { jsonResponse } from "./support/fake.js";

const PASSWORD = "Sup3r-secret-pass";
const SK = "SKsecretsecretsecretsecret0123456789";

function iam(expiresInMs = 24 * 3_600_000, clock = { now: 0 }) {
  const seen: { url: string; body: unknown }[] = [];
  let issued = 0;
  const fetch = async (req: Request): Promise<Response> => {
    seen.push({ url: req.url, body: JSON.parse(await req.text()) });
    issued++;
    return jsonResponse(201, { token: { expires_at: new Date(clock.now + expiresInMs).toISOString() } }, { "X-Subject-Token": `tok-${issued}` });
  };
  return { fetch, seen, clock };
}

/** A login that answers when the test calls the function handed to `expose`, and fails as fetch does when its request's signal aborts. */
function pendingLogin(req: Request, expose: (answer: () => void) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    expose(() => resolve(jsonResponse(201, { token: {} }, { "X-Subject-Token": "tok-1" })));
    req.signal.addEventListener("abort", () => reject(req.signal.reason as Error));
  });
}

describe("createIamTokenProvider", () => {
  it("logs in with a password for a project-scoped token (POST /v3/auth/tokens)", async () => {
    const server = iam();
    const provider = createIamTokenProvider({
      region: "ap-southeast-1",
      projectId: "0b1e494e2660441a957313163095fe5c",
      credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      fetch: server.fetch,
      now: () => server.clock.now,
    });
    expect(await provider.getToken()).toBe("tok-1");
    expect(server.seen[0]?.url).toBe("https://iam.ap-southeast-1.myhuaweicloud.com/v3/auth/tokens?nocatalog=true");
    expect(server.seen[0]?.body).toEqual({
      auth: {
        identity: { methods: ["password"], password: { user: { name: "ops", password: PASSWORD, domain: { name: "acme" } } } },
        scope: { project: { id: "0b1e494e2660441a957313163095fe5c" } },
      },
    });
  });

  it("logs in with AK/SK (hw_ak_sk), scoped by the region's project name when no ID is given", async () => {
    const server = iam();
    const provider = createIamTokenProvider({ region: "eu-west-101", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch });
    await provider.getToken();
    expect(server.seen[0]?.url).toMatch(/^https:\/\/iam\.eu-west-101\.myhuaweicloud\.eu\//);
    expect(server.seen[0]?.body).toMatchObject({
      auth: { identity: { methods: ["hw_ak_sk"], hw_ak_sk: { access: { key: "AK1" }, secret: { key: SK } } }, scope: { project: { name: "eu-west-101" } } },
    });
  });

  it("caches the token until shortly before it expires, then logs in again", async () => {
    const server = iam(3_600_000);
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { ak: "AK1", sk: SK },
      fetch: server.fetch,
      now: () => server.clock.now,
      refreshBeforeExpiryMs: 60_000,
    });
    expect(await provider.getToken()).toBe("tok-1");
    server.clock.now = 3_600_000 - 60_001;
    expect(await provider.getToken()).toBe("tok-1");
    server.clock.now = 3_600_000 - 59_999;
    expect(await provider.getToken()).toBe("tok-2");
    expect(server.seen).toHaveLength(2);
  });

  it("concurrent callers share one login", async () => {
    const server = iam();
    const provider = createIamTokenProvider({ iamEndpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch });
    const tokens = await Promise.all([provider.getToken(), provider.getToken(), provider.getToken()]);
    expect(tokens).toEqual(["tok-1", "tok-1", "tok-1"]);
    expect(server.seen).toHaveLength(1);
  });

  it("a forced refresh naming a token already replaced hands out the newer one; naming the cached one logs in again", async () => {
    const server = iam();
    const provider = createIamTokenProvider({ iamEndpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch, now: () => server.clock.now });
    expect(await provider.getToken()).toBe("tok-1");
    expect(await provider.getToken({ forceRefresh: true, refusedToken: "tok-1" })).toBe("tok-2");
    // A call that sent tok-1 before the refresh above learns of its refusal only now: no login.
    expect(await provider.getToken({ forceRefresh: true, refusedToken: "tok-1" })).toBe("tok-2");
    expect(server.seen).toHaveLength(2);
    // Without a refused token, a forced refresh always logs in, as before.
    expect(await provider.getToken({ forceRefresh: true })).toBe("tok-3");
    expect(await provider.getToken({ forceRefresh: true, refusedToken: null })).toBe("tok-4");
    expect(server.seen).toHaveLength(4);
    // Naming the cached token: it is the one refused, so a login it is.
    expect(await provider.getToken({ forceRefresh: true, refusedToken: "tok-4" })).toBe("tok-5");
    // Without forceRefresh, a named token changes nothing: the cached one is still good.
    expect(await provider.getToken({ refusedToken: "tok-5" })).toBe("tok-5");
    expect(server.seen).toHaveLength(5);
  });

  it("a forced refresh naming a replaced token still logs in when the newer one is due for refresh itself", async () => {
    const server = iam(3_600_000);
    const provider = createIamTokenProvider({ iamEndpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch, now: () => server.clock.now, refreshBeforeExpiryMs: 60_000 });
    expect(await provider.getToken()).toBe("tok-1");
    expect(await provider.getToken({ forceRefresh: true, refusedToken: "tok-1" })).toBe("tok-2");
    server.clock.now = 3_600_000 - 59_999;
    expect(await provider.getToken({ forceRefresh: true, refusedToken: "tok-1" })).toBe("tok-3");
    expect(server.seen).toHaveLength(3);
  });

  it("concurrent forced refreshes of the same refused token share one login", async () => {
    const server = iam();
    const provider = createIamTokenProvider({ iamEndpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch, now: () => server.clock.now });
    await provider.getToken();
    const tokens = await Promise.all(Array.from({ length: 5 }, () => provider.getToken({ forceRefresh: true, refusedToken: "tok-1" })));
    expect(tokens).toEqual(Array(5).fill("tok-2"));
    expect(server.seen).toHaveLength(2);
  });

  it("a caller whose signal aborts stops waiting alone: the shared login goes on for the others", async () => {
    const signals: AbortSignal[] = [];
    let answer!: () => void;
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { ak: "AK1", sk: SK },
      fetch: (req) => {
        signals.push(req.signal);
        return pendingLogin(req, (resolve) => (answer = resolve));
      },
    });
    const a = new AbortController();
    const reason = new Error("caller A gave up");
    const first = provider.getToken({ signal: a.signal });
    const second = provider.getToken();
    const third = provider.getToken({ signal: new AbortController().signal });
    a.abort(reason);
    await expect(first).rejects.toBe(reason);
    answer();
    expect(await second).toBe("tok-1");
    expect(await third).toBe("tok-1");
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    // Already aborted: rejects with its reason, and starts no login.
    await expect(provider.getToken({ forceRefresh: true, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(signals).toHaveLength(1);
  });

  it("a refused login is an ImsError with IAM's message, and never shows the password", async () => {
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      fetch: async () => jsonResponse(401, { error: { code: 401, message: "The username or password is wrong.", title: "Unauthorized" } }),
    });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 401, code: "401", message: "IMS answered 401 401: The username or password is wrong." });
    for (const shown of [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), inspect(provider, { showHidden: true, depth: 10 })]) {
      expect(shown).not.toContain(PASSWORD);
    }
  });

  it("a refused login whose answer echoes the request body never shows the password or SK, JSON-escaped or not", async () => {
    // A proxy or WAF in front of IAM may quote what it refused; the login body holds the secret,
    // JSON-encoded (a quote or a backslash escaped).
    const password = 'Pa"ss\\word-0123456789';
    for (const credentials of [{ username: "ops", password, domainName: "acme" }, { ak: "AK1", sk: SK }]) {
      for (const answer of [
        (body: string) => jsonResponse(401, { error: { code: 401, message: `refused: ${body}` } }),
        (body: string) => new Response(`<html><body>Request blocked: ${body}</body></html>`, { status: 403, headers: { "content-type": "text/html" } }),
      ]) {
        const provider = createIamTokenProvider({
          iamEndpoint: "http://127.0.0.1:1",
          projectId: "p1",
          credentials,
          fetch: async (req) => answer(await req.text()),
        });
        const error = await provider.getToken().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImsError);
        const secret = "password" in credentials ? credentials.password : credentials.sk;
        for (const shown of [String(error), (error as Error).stack, inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error)]) {
          expect(shown).not.toContain(secret);
          expect(shown).not.toContain(JSON.stringify(secret).slice(1, -1));
          expect(shown).toContain("[REDACTED]");
        }
      }
    }
  });

  it("never follows a redirect with the login body: a 307 from IAM is an ImsError, and its Location gets nothing", async () => {
    const { createServer } = await import("node:http");
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c));
      req.on("end", () => {
        elsewhere.push(body);
        res.writeHead(201, { "x-subject-token": "stolen", "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
    const iamServer = createServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(307, { location: `${otherUrl}/v3/auth/tokens` }).end());
    });
    await new Promise<void>((resolve) => iamServer.listen(0, "127.0.0.1", resolve));
    try {
      const provider = createIamTokenProvider({
        iamEndpoint: `http://127.0.0.1:${(iamServer.address() as { port: number }).port}`,
        projectId: "p1",
        credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      });
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(elsewhere).toEqual([]);
      expect(error).toBeInstanceOf(ImsError);
      expect(error).toMatchObject({ status: 307 });
    } finally {
      other.closeAllConnections();
      iamServer.closeAllConnections();
      await Promise.all([new Promise((r) => other.close(r)), new Promise((r) => iamServer.close(r))]);
    }
  });

  it("bad options name the field", () => {
    const cases: [unknown, string][] = [
      [{ credentials: { ak: "a", sk: "b" } }, "iamEndpoint"],
      [{ region: "mars-1", credentials: { ak: "a", sk: "b" } }, "region"],
      [{ region: "cn-north-4", credentials: { username: "u", password: "", domainName: "d" } }, "credentials.password"],
      [{ region: "cn-north-4", credentials: { ak: "a", sk: "b", securityToken: "t" } }, "credentials.securityToken"],
      [{ region: "cn-north-4", credentials: {} }, "credentials"],
      // Unchecked, these broke every login: a timeout past the longest timer (2^31 − 1 ms) or of 0
      // fired at once, and a negative margin kept handing out an expired token (as the client, a string is no number).
      [{ region: "cn-north-4", credentials: { ak: "a", sk: "b" }, timeoutMs: 3e9 }, "timeoutMs"],
      [{ region: "cn-north-4", credentials: { ak: "a", sk: "b" }, timeoutMs: 0 }, "timeoutMs"],
      [{ region: "cn-north-4", credentials: { ak: "a", sk: "b" }, refreshBeforeExpiryMs: -60_000 }, "refreshBeforeExpiryMs"],
      [{ region: "cn-north-4", credentials: { ak: "a", sk: "b" }, refreshBeforeExpiryMs: "60000" }, "refreshBeforeExpiryMs"],
    ];
    for (const [options, field] of cases) {
      expect(() => createIamTokenProvider(options as never), field).toThrow(ImsConfigError);
      try {
        createIamTokenProvider(options as never);
      } catch (e) {
        expect((e as ImsConfigError).field).toBe(field);
      }
    }
  });
});

describe("a client with a token provider", () => {
  it("sends the provider's token, and after a 401 fetches a fresh one and tries once more", async () => {
    let issued = 0;
    const refused: (string | null | undefined)[] = [];
    const provider = {
      getToken: async ({ forceRefresh = false, refusedToken }: { forceRefresh?: boolean; refusedToken?: string | null } = {}) => {
        refused.push(refusedToken);
        return forceRefresh || issued === 0 ? `tok-${++issued}` : `tok-${issued}`;
      },
    };
    const sent: string[] = [];
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: provider,
      fetch: async (req) => {
        sent.push(req.headers.get("x-auth-token") ?? "");
        return sent.length === 1
          ? jsonResponse(401, { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: token expires" })
          : jsonResponse(200, { job_id: "j1" });
      },
    });
    const { data } = await client.POST("/v2/cloudimages/action", { body: { name: "n", instance_id: "i" } });
    expect(data?.job_id).toBe("j1");
    expect(sent).toEqual(["tok-1", "tok-2"]);
    // The refresh names the token the gateway refused.
    expect(refused).toEqual([null, "tok-1"]);
  });

  it("10 calls in flight when the token is revoked: one IAM login between them, and all 10 succeed", async () => {
    const server = iam();
    const provider = createIamTokenProvider({ iamEndpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { ak: "AK1", sk: SK }, fetch: server.fetch, now: () => server.clock.now });
    let n = 0;
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: provider,
      // tok-1 is refused once revoked; the answers come in one after another, some after the first
      // refresh has finished its login.
      fetch: async (req) => {
        const token = req.headers.get("x-auth-token");
        await new Promise((resolve) => setTimeout(resolve, 5 * (n++ % 10)));
        return token === "tok-1" ? jsonResponse(401, { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: decrypt token fail" }) : jsonResponse(200, { images: [] });
      },
    });
    expect(await provider.getToken()).toBe("tok-1");
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => client.GET("/v2/cloudimages")));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill("fulfilled"));
    expect(server.seen).toHaveLength(2);
  });

  it("a refused IAM login is thrown as the provider's ImsError after one login, and IMS is never called", async () => {
    let logins = 0;
    let calls = 0;
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      fetch: async () => {
        logins++;
        return jsonResponse(401, { error: { code: 401, message: "The username or password is wrong.", title: "Unauthorized" } });
      },
    });
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: provider,
      retry: { baseDelayMs: 1 },
      fetch: async () => {
        calls++;
        return jsonResponse(200, { images: [] });
      },
    });
    const error = await client.GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 401, code: "401", operationId: "createIamToken" });
    expect(logins).toBe(1);
    expect(calls).toBe(0);
    expect(inspect(error, { depth: 10, showHidden: true }) + JSON.stringify(error)).not.toContain(PASSWORD);
  });

  // A GET and a POST through a client whose IAM provider's first login goes as `first` says and
  // whose second succeeds: the status, the logins and what IMS got.
  const START = [
    ["GET", "/v2/cloudimages", undefined],
    ["POST", "/v2/cloudimages/action", { name: "img", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" }],
  ] as const;
  async function afterFailedLogin(first: () => Response, [method, path, body]: (typeof START)[number]) {
    let logins = 0;
    const calls: string[] = [];
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      fetch: async () => (++logins === 1 ? first() : jsonResponse(201, { token: {} }, { "X-Subject-Token": "tok-1" })),
    });
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: provider,
      retry: { baseDelayMs: 1 },
      fetch: async (req) => {
        calls.push(`${req.method} ${req.headers.get("X-Auth-Token")}`);
        return jsonResponse(200, { job_id: "job-1", images: [] });
      },
    });
    const { response } = await client.request(method.toLowerCase() as "get", path as "/v2/cloudimages", body ? ({ body } as never) : undefined);
    return { status: response.status, logins, calls };
  }

  it("an IAM login that fails on the network goes again, for a POST too, and IMS gets the call once", async () => {
    const reset = (): never => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
    };
    for (const start of START) {
      expect(await afterFailedLogin(reset, start), start[0]).toEqual({ status: 200, logins: 2, calls: [`${start[0]} tok-1`] });
    }
  });

  it("an IAM login answered 503 or 429 goes again, for a POST too, and IMS gets the call once", async () => {
    for (const status of [503, 429]) {
      for (const start of START) {
        const busy = (): Response => jsonResponse(status, { error: { code: status, message: "busy" } });
        expect(await afterFailedLogin(busy, start), `${status} ${start[0]}`).toEqual({ status: 200, logins: 2, calls: [`${start[0]} tok-1`] });
      }
    }
  });

  it("an IAM login answered 503 every time fails with IAM's ImsError after maxAttempts logins", async () => {
    let logins = 0;
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { username: "ops", password: PASSWORD, domainName: "acme" },
      fetch: async () => {
        logins++;
        return jsonResponse(503, { error: { code: 503, message: "busy" } });
      },
    });
    const client = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: provider, retry: { baseDelayMs: 1 }, fetch: async () => jsonResponse(200, {}) });
    const error = await client.GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 503, operationId: "createIamToken" });
    expect(logins).toBe(3);
  });

  it("a POST whose login outlives the attempt's timeout is sent once, by the next attempt: nothing was sent before", async () => {
    let asked = 0;
    let calls = 0;
    const provider = {
      getToken: ({ signal }: { signal?: AbortSignal } = {}) =>
        ++asked === 1
          ? new Promise<string>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason as Error)))
          : Promise.resolve("tok-2"),
    };
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: provider,
      timeoutMs: 20,
      retry: { baseDelayMs: 1 },
      fetch: async () => {
        calls++;
        return jsonResponse(200, { job_id: "job-1" });
      },
    });
    const { data } = await client.POST("/v2/cloudimages/action", { body: { name: "img", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } });
    expect(data).toEqual({ job_id: "job-1" });
    expect(asked).toBe(2);
    expect(calls).toBe(1);
  });

  it("a token provider still waiting when the attempt times out or the caller aborts follows the timeout and abort path", async () => {
    let asked = 0;
    const provider = {
      getToken: ({ signal }: { signal?: AbortSignal } = {}) =>
        new Promise<string>((_resolve, reject) => {
          asked++;
          signal?.addEventListener("abort", () => reject(signal.reason as Error));
        }),
    };
    const client = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: provider, timeoutMs: 20, retry: { baseDelayMs: 1, maxAttempts: 2 } });
    const error = await client.GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsTimeoutError);
    expect(error).toMatchObject({ kind: "attempt", timeoutMs: 20 });
    expect(asked).toBe(2);
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    setTimeout(() => controller.abort(reason), 10);
    await expect(client.GET("/v2/cloudimages", { signal: controller.signal })).rejects.toBe(reason);
  });

  it("one call's abort does not fail another call waiting for the same login", async () => {
    let answer!: () => void;
    const provider = createIamTokenProvider({
      iamEndpoint: "http://127.0.0.1:1",
      projectId: "p1",
      credentials: { ak: "AK1", sk: SK },
      fetch: (req) => pendingLogin(req, (resolve) => (answer = resolve)),
    });
    const client = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: provider, fetch: async () => jsonResponse(200, { images: [] }) });
    const a = new AbortController();
    const reason = new Error("call A gave up");
    const callA = client.GET("/v2/cloudimages", { signal: a.signal });
    const callB = client.GET("/v2/cloudimages");
    await new Promise((resolve) => setTimeout(resolve, 10));
    a.abort(reason);
    await expect(callA).rejects.toBe(reason);
    answer();
    expect((await callB).data).toEqual({ images: [] });
  });

  it("a second 401 is thrown, not retried forever", async () => {
    let calls = 0;
    const client = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: { getToken: async () => "tok" },
      fetch: async () => {
        calls++;
        return jsonResponse(401, { error_code: "APIGW.0301", error_msg: "no" });
      },
    });
    await expect(client.GET("/v2/cloudimages")).rejects.toMatchObject({ status: 401, code: "APIGW.0301" });
    expect(calls).toBe(2);
  });
});
