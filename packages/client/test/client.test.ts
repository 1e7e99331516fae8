import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operationIndex } from "@imsjs/openapi";
import { ROUTES } from "../src/generated/routes.js";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createImsClient, endpointForRegion, iamEndpointForRegion, ImsConfigError, ImsTimeoutError, IMS_REGIONS, VERSION } from "../src/index.js";

function recorder() {
  const requests: Request[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    requests.push(req);
    return new Response(JSON.stringify({ images: [] }), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { requests, fetch };
}

describe("endpoints", () => {
  it("maps a region to its IMS endpoint, with the real exceptions", () => {
    expect(endpointForRegion("ap-southeast-1")).toBe("https://ims.ap-southeast-1.myhuaweicloud.com");
    expect(endpointForRegion("cn-north-4")).toBe("https://ims.cn-north-4.myhuaweicloud.com");
    expect(endpointForRegion("eu-west-101")).toBe("https://ims.eu-west-101.myhuaweicloud.eu");
  });

  it("rejects something that is not a region ID, naming the field", () => {
    const err = (() => {
      try {
        endpointForRegion("https://evil.example");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ImsConfigError);
    expect((err as ImsConfigError).field).toBe("region");
  });

  it("an unknown region without an endpoint is a clear error listing the known ones", () => {
    expect(() => endpointForRegion("mars-north-1")).toThrow(/"mars-north-1" is not an IMS region \(known: af-south-1, .*\); pass `endpoint`/);
    expect(() => createImsClient({ region: "mars-north-1" })).toThrow(ImsConfigError);
  });

  it("every known region has an IMS and an IAM endpoint on the same domain", () => {
    for (const region of IMS_REGIONS) {
      const ims = new URL(endpointForRegion(region));
      const iam = new URL(iamEndpointForRegion(region));
      expect(ims.hostname.replace(/^ims\./, "")).toBe(iam.hostname.replace(/^iam\./, ""));
      expect(ims.protocol).toBe("https:");
    }
  });

  it("sends requests to the region's endpoint", async () => {
    const r = recorder();
    await createImsClient({ region: "cn-north-4", credentials: { token: "t" }, fetch: r.fetch }).GET("/v2/cloudimages");
    expect(r.requests[0]?.url).toBe("https://ims.cn-north-4.myhuaweicloud.com/v2/cloudimages");
  });

  it("an explicit endpoint wins and loses its trailing slash", async () => {
    const r = recorder();
    await createImsClient({ region: "cn-north-4", endpoint: "http://127.0.0.1:4010/", fetch: r.fetch }).GET("/v2/cloudimages");
    expect(r.requests[0]?.url).toBe("http://127.0.0.1:4010/v2/cloudimages");
  });
});

describe("configuration errors name the field", () => {
  it.each([
    [{}, "endpoint"],
    [{ endpoint: "not a url" }, "endpoint"],
    [{ endpoint: "ftp://x" }, "endpoint"],
    [{ endpoint: "http://x", projectId: "../etc" }, "projectId"],
    [{ endpoint: "http://x", credentials: { token: "" } }, "credentials.token"],
    [{ endpoint: "http://x", credentials: { token: "a\nb" } }, "credentials.token"],
    [{ endpoint: "http://x", credentials: { password: "p" } }, "credentials"],
    [{ endpoint: "http://x", credentials: { ak: "AK", sk: "" } }, "credentials.sk"],
    [{ endpoint: "http://x", credentials: { ak: "A K", sk: "s" } }, "credentials.ak"],
    [{ endpoint: "http://x", credentials: { ak: "AK", sk: "s", securityToken: "a\r\nb" } }, "credentials.securityToken"],
    [{ endpoint: "http://x", timeoutMs: 0 }, "timeoutMs"],
    [{ endpoint: "http://x", timeoutMs: { total: -1 } }, "timeoutMs.total"],
    [{ endpoint: "http://x", retry: { maxAttempts: 0 } }, "retry.maxAttempts"],
    [{ endpoint: "http://x", retry: { baseDelayMs: Number.NaN } }, "retry.baseDelayMs"],
    [{ endpoint: "http://x", userAgent: "a\nb" }, "userAgent"],
    [{ endpoint: "http://user:pw@x" }, "endpoint"],
    [{ endpoint: "http://x/?a=1" }, "endpoint"],
    [{ endpoint: "http://x", projectId: 123 }, "projectId"],
    [{ endpoint: "http://x", fetch: "yes" }, "fetch"],
    [{ endpoint: "http://x", credentials: 5 }, "credentials"],
    [{ endpoint: "http://x", retry: "often" }, "retry"],
    [{ endpoint: "http://x", retry: { statuses: "5xx" } }, "retry.statuses"],
    [{ endpoint: "http://x", timeoutMs: "slow" }, "timeoutMs"],
    [{ endpoint: "http://x", timeoutMs: { attempt: Infinity } }, "timeoutMs.attempt"],
    // Past the longest timer (2^31 − 1 ms), which fires at once: every call timed out unsent, a long Retry-After was waited 1 ms.
    [{ endpoint: "http://x", timeoutMs: 3e9 }, "timeoutMs"],
    [{ endpoint: "http://x", timeoutMs: { total: Number.MAX_SAFE_INTEGER } }, "timeoutMs.total"],
    [{ endpoint: "http://x", retry: { maxRetryAfterMs: 1e11 } }, "retry.maxRetryAfterMs"],
    [{ endpoint: "http://x", retry: { maxDelayMs: 2 ** 31 } }, "retry.maxDelayMs"],
    [{ endpoint: "http://x", validateResponses: "" }, "validateResponses"],
    [{ endpoint: "http://x", userAgent: 7 }, "userAgent"],
    [{ endpoint: "http://x", middleware: { onRequest: () => undefined } }, "middleware"],
    [{ endpoint: "http://x", middleware: "none" }, "middleware"],
    [{ endpoint: "http://x", logger: "console" }, "logger"],
    [{ endpoint: "http://x", logger: null }, "logger"],
    [{ endpoint: "http://x", logger: { warn: "yes" } }, "logger.warn"],
    [{ endpoint: "http://x", logger: { ...console, debug: true } }, "logger.debug"],
  ])("%j → %s", (options, field) => {
    expect(() => createImsClient(options as never)).toThrow(ImsConfigError);
    try {
      createImsClient(options as never);
    } catch (e) {
      expect((e as ImsConfigError).field).toBe(field);
    }
  });
});

describe("logger", () => {
  it("console, a class instance, or an object with some methods (others absent or null) is accepted and used", async () => {
    class Logger {
      lines: string[] = [];
      debug(message: string): void {
        this.lines.push(message);
      }
    }
    const instance = new Logger();
    const r = recorder();
    await createImsClient({ endpoint: "http://127.0.0.1:1", fetch: r.fetch, logger: instance }).GET("/v2/cloudimages");
    expect(instance.lines).toContain("ims request");
    expect(() => createImsClient({ endpoint: "http://127.0.0.1:1", logger: console })).not.toThrow();
    expect(() => createImsClient({ endpoint: "http://127.0.0.1:1", logger: { warn: () => undefined, error: null as never } })).not.toThrow();
  });
});

describe("path parameters", () => {
  // encodeURIComponent leaves "." alone, and URL parsing resolves a "." or ".." segment: deleting the
  // Glance tag ".." sent DELETE /v2/images/{image_id}/, the image itself; "" drops a segment too.
  it.each([
    ["DELETE", "/v2/images/{image_id}/tags/{tag}", { image_id: "img-1", tag: ".." }, "params.path.tag"],
    ["DELETE", "/v2/images/{image_id}/members/{member_id}", { image_id: "img-1", member_id: "." }, "params.path.member_id"],
    ["DELETE", "/v2/{project_id}/images/{image_id}/tags/{key}", { image_id: "img-1", key: "" }, "params.path.key"],
    ["GET", "/v2/images/{image_id}", { image_id: "" }, "params.path.image_id"],
    // Left unset (JavaScript, or a variable that is undefined): the template went out as %7Bimage_id%7D.
    ["GET", "/v2/images/{image_id}", { image_id: undefined }, "params.path.image_id"],
    ["DELETE", "/v2/images/{image_id}/tags/{tag}", { image_id: "img-1", tag: null }, "params.path.tag"],
    ["GET", "/v1/{project_id}/cloudimages/quota", { project_id: ".." }, "params.path.project_id"],
  ])("%s %s with %j is refused naming %s, and nothing is sent", async (method, path, pathParams, field) => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1/prefix", projectId: "p123", fetch: r.fetch });
    const error = await c.request(method as "get", path as "/v2/images/{image_id}", { params: { path: pathParams as never } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsConfigError);
    expect(error).toMatchObject({ field });
    expect(r.requests).toHaveLength(0);
  });

  it("a value that only contains dots, or is a number, is sent encoded as it is", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p123", fetch: r.fetch });
    await c.DELETE("/v2/images/{image_id}/tags/{tag}", { params: { path: { image_id: "img-1", tag: "..." } } });
    await c.DELETE("/v2/images/{image_id}/tags/{tag}", { params: { path: { image_id: "img-1", tag: "a/../b" } } });
    await c.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: 0 as never } } });
    expect(r.requests.map((q) => new URL(q.url).pathname)).toEqual(["/v2/images/img-1/tags/...", "/v2/images/img-1/tags/a%2F..%2Fb", "/v1/cloudimages/job/0"]);
  });
});

describe("project ID", () => {
  it("is filled into {project_id} from the configuration", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p123", fetch: r.fetch });
    await c.GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j1" } } });
    expect(new URL(r.requests[0]!.url).pathname).toBe("/v1/p123/jobs/j1");
  });

  it("an explicit project_id overrides the configured one", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p123", fetch: r.fetch });
    await c.GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { project_id: "other", job_id: "j1" } } });
    expect(new URL(r.requests[0]!.url).pathname).toBe("/v1/other/jobs/j1");
  });

  it("is filled in where it is the only path parameter, so `params` can be left out", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p123", fetch: r.fetch });
    await c.GET("/v1/{project_id}/cloudimages/quota");
    expect(new URL(r.requests[0]!.url).pathname).toBe("/v1/p123/cloudimages/quota");
  });

  it("missing where a path needs it is a clear error, and nothing is sent", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", fetch: r.fetch });
    await expect(c.GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j1" } } })).rejects.toThrow(/projectId/);
    expect(r.requests).toHaveLength(0);
  });
});

describe("token credentials", () => {
  it("are sent as X-Auth-Token", async () => {
    const r = recorder();
    await createImsClient({ endpoint: "http://127.0.0.1:1", credentials: { token: "tok-123" }, fetch: r.fetch }).GET("/v2/cloudimages");
    expect(r.requests[0]?.headers.get("x-auth-token")).toBe("tok-123");
  });

  it("never show up when the client is inspected or serialised", () => {
    const secret = "MIIsecret-token-value";
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: { token: secret } });
    expect(inspect(c, { depth: 10, showHidden: true })).not.toContain(secret);
    expect(JSON.stringify(c) ?? "").not.toContain(secret);
  });

  it("never show up in configuration errors", () => {
    const secret = "MIIsecret\ntoken";
    try {
      createImsClient({ endpoint: "http://x", credentials: { token: secret } });
    } catch (e) {
      expect(String(e)).not.toContain("MIIsecret");
    }
  });
});

describe("answers the contract documents at a 3xx status", () => {
  const versions = { versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: "http://127.0.0.1:1/v2/" }] }] };
  const answering = (status: number) => async (): Promise<Response> =>
    new Response(JSON.stringify(versions), { status, headers: { "content-type": "application/json" } });

  it("are data: the versions, which IMS answers with 300 Multiple Choices", async () => {
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: { token: "tok-123" }, fetch: answering(300) });
    for (const answer of [await c.GET("/"), await c.GET("/{version}", { params: { path: { version: "v2.0" } } })]) {
      expect(answer.response.status).toBe(300);
      expect(answer.data).toEqual(versions);
      expect(answer.error).toBeUndefined();
    }
  });

  it("a 3xx an operation does not document is an error: thrown, or returned with throwOnError: false", async () => {
    // Thrown by default, as the types promise `data` to a client that throws.
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", fetch: answering(300) });
    await expect(c.GET("/v2/cloudimages")).rejects.toMatchObject({ name: "ImsError", status: 300, operationId: "listImages", body: versions });
    const answer = await createImsClient({ endpoint: "http://127.0.0.1:1", fetch: answering(300), throwOnError: false }).GET("/v2/cloudimages");
    expect(answer.data).toBeUndefined();
    expect(answer.error).toEqual(versions);
  });
});

describe("a per-call fetch", () => {
  it("goes through the client's auth, retries and timeouts, like the client's own fetch", async () => {
    const tokens: (string | null)[] = [];
    const busyThenOk = async (req: Request): Promise<Response> => {
      tokens.push(req.headers.get("x-auth-token"));
      return tokens.length < 3
        ? new Response('{"error":{"code":"X","message":"busy"}}', { status: 503, headers: { "content-type": "application/json" } })
        : new Response('{"images":[]}', { status: 200, headers: { "content-type": "application/json" } });
    };
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", credentials: { token: "tok-123" }, retry: { baseDelayMs: 1 }, timeoutMs: 50, fetch: r.fetch });
    const { data } = await c.GET("/v2/cloudimages", { fetch: busyThenOk });
    expect(data).toEqual({ images: [] });
    expect(tokens).toEqual(["tok-123", "tok-123", "tok-123"]);
    expect(r.requests).toHaveLength(0);

    let hung = 0;
    const hangs = (req: Request): Promise<Response> =>
      new Promise((_resolve, reject) => {
        hung++;
        req.signal.addEventListener("abort", () => reject(req.signal.reason as Error));
      });
    const error = await c.GET("/v2/cloudimages", { fetch: hangs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsTimeoutError);
    expect(error).toMatchObject({ kind: "attempt", timeoutMs: 50 });
    expect(hung).toBe(3);
  });

  it("that is not a function is refused, naming the field, before anything is sent", async () => {
    const r = recorder();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", fetch: r.fetch });
    const error = await c.GET("/v2/cloudimages", { fetch: "yes" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsConfigError);
    expect(error).toMatchObject({ field: "fetch" });
    expect(r.requests).toHaveLength(0);
  });
});

describe("package", () => {
  it("VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it("the generated route table is current and names every operation of the contract", () => {
    const script = fileURLToPath(new URL("../scripts/generate-routes.mjs", import.meta.url));
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(/up to date/);
    expect(Object.values(ROUTES).map((v) => v!.split("|")[0]).sort()).toEqual(Object.keys(operationIndex).sort());
  });

  it("no source file imports a Node built-in, so browsers and edge runtimes can load it", () => {
    const dir = new URL("../src/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), "utf8");
      expect(text, file).not.toMatch(/from\s+["'](node:|fs|path|crypto|http|https|os|util|buffer|stream)["'/]/);
      expect(text, file).not.toMatch(/\brequire\(/);
    }
  });
});
