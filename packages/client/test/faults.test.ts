import { execFile } from "node:child_process";
import { inspect, promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createImageAndWait,
  createImsClient,
  ImsError,
  ImsInvalidResponseError,
  ImsNetworkError,
  ImsTimeoutError,
  paginate,
  waitForJob,
  WaiterTimeoutError,
  type ImsClientOptions,
} from "../src/index.js";
import { json, reset, slow, slowBody, startFaultServer, text, truncated, type Fault } from "./support/fault-server.js";

const TOKEN = "MIIsecret-token-9f8e7d6c5b4a";
let server: Awaited<ReturnType<typeof startFaultServer>>;
const lines: string[] = [];
const logger = {
  debug: (m: string, f?: unknown) => lines.push(`${m} ${JSON.stringify(f)}`),
  info: (m: string, f?: unknown) => lines.push(`${m} ${JSON.stringify(f)}`),
  warn: (m: string, f?: unknown) => lines.push(`${m} ${JSON.stringify(f)}`),
};

function client(extra: Partial<ImsClientOptions> = {}) {
  return createImsClient({
    endpoint: server.url,
    projectId: "p1",
    credentials: { token: TOKEN },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    logger,
    ...extra,
  });
}

const body = { name: "img", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" };

function expectNoSecret(...things: unknown[]): void {
  for (const t of things) {
    expect(String(t)).not.toContain(TOKEN);
    expect(inspect(t, { depth: 10, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(t) ?? "").not.toContain(TOKEN);
  }
  expect(lines.join("\n")).not.toContain(TOKEN);
}

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  lines.length = 0;
});

describe("retries", () => {
  it("a GET that gets 500 twice and then 200 succeeds on the third attempt", async () => {
    server.script(json(500, { error: { code: "IMG.0500", message: "boom" } }), json(500, {}), json(200, { images: [{ id: "a" }] }));
    const { data } = await client().GET("/v2/cloudimages");
    expect(data?.images).toEqual([{ id: "a" }]);
    expect(server.requests).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith("ims retry"))).toHaveLength(2);
  });

  it("gives up after maxAttempts and throws the last ImsError, with its request ID", async () => {
    server.script(json(503, { error: { code: "IMG.0503", message: "busy" } }, { "x-request-id": "req-42" }));
    const error = await client({ retry: { maxAttempts: 4, baseDelayMs: 1 } }).GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(server.requests).toHaveLength(4);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 503, code: "IMG.0503", requestId: "req-42", operationId: "listImages", method: "GET", path: "/v2/cloudimages" });
    expectNoSecret(error);
  });

  it("honours Retry-After on 503 instead of its own backoff", async () => {
    server.script(json(503, {}, { "retry-after": "1" }), json(200, { images: [] }));
    const started = Date.now();
    await client().GET("/v2/cloudimages");
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("a negative Retry-After is unreadable: the client's own backoff applies, not a wait of 0 ms", async () => {
    // Date.parse("-5") is valid (the year -5), which read it as a date long past: no wait at all.
    server.script(json(503, {}, { "retry-after": "-5" }), json(200, { images: [] }));
    const random = vi.spyOn(Math, "random").mockReturnValue(0.5);
    try {
      await client({ retry: { baseDelayMs: 100, maxDelayMs: 100 } }).GET("/v2/cloudimages");
    } finally {
      random.mockRestore();
    }
    expect(server.requests).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("ims retry"))).toEqual([expect.stringContaining('"delayMs":50,')]);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs: the 503 comes back at once", async () => {
    server.script(json(503, {}, { "retry-after": "3600" }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries 429 (the gateway's throttle) even for a POST", async () => {
    server.script(json(429, { error_code: "APIGW.0308", error_msg: "throttled" }), json(200, { job_id: "j1" }));
    const { data } = await client().POST("/v2/cloudimages/action", { body });
    expect(data?.job_id).toBe("j1");
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ["500", json(500, {})],
    ["502", json(502, {})],
    ["503", json(503, {}, { "retry-after": "0" })],
    ["a connection reset", reset],
  ])("never sends a POST twice after %s (it may have reached the server)", async (_name, fault) => {
    server.script(fault, json(200, { job_id: "j1" }));
    await expect(client().POST("/v2/cloudimages/action", { body })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  // PUT and DELETE, but each starts an asynchronous job: sent twice, it may start two.
  const jobStarters = [
    ["registerImage", "put", "/v1/cloudimages/{image_id}/upload"],
    ["batchUpdateMembers", "put", "/v1/cloudimages/members"],
    ["batchDeleteMembers", "delete", "/v1/cloudimages/members"],
  ] as const;
  const jobInit = { params: { path: { image_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } }, body: { image_url: "bucket:disk.qcow2", images: ["i"], projects: ["p2"] } } as never;

  it.each(jobStarters.flatMap(([op, method, path]) => [
    [op, method, path, "a 500", json(500, {})],
    [op, method, path, "a connection reset", reset],
    [op, method, path, "an attempt timeout", slow(5_000)],
  ]))("%s (%s %s), which starts a job, is never sent twice after %s", async (_op, method, path, _name, fault) => {
    server.script(fault, json(200, { job_id: "j1" }));
    await expect(client({ timeoutMs: 200 }).request(method, path as never, jobInit)).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it.each(jobStarters)("%s (%s %s) is retried after a 429, or after a 500 with retryNonIdempotent", async (_op, method, path) => {
    server.script(json(429, { error_code: "APIGW.0308", error_msg: "throttled" }), json(200, { job_id: "j1" }));
    expect((await client().request(method, path as never, jobInit)).data).toEqual({ job_id: "j1" });
    expect(server.requests).toHaveLength(2);
    server.script(json(500, {}), json(200, { job_id: "j1" }));
    expect((await client({ retry: { baseDelayMs: 1, retryNonIdempotent: true } }).request(method, path as never, jobInit)).data).toEqual({ job_id: "j1" });
    expect(server.requests).toHaveLength(2);
  });

  it("a PUT that starts no job is still retried after a 500", async () => {
    server.script(json(500, {}), json(204, {}));
    await client().PUT("/v1/cloudimages/tags", { body: { image_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a", tag: "k.v" } });
    expect(server.requests).toHaveLength(2);
  });

  it("retryNonIdempotent: true lets a POST be retried", async () => {
    server.script(json(500, {}), json(200, { job_id: "j1" }));
    const { data } = await client({ retry: { baseDelayMs: 1, retryNonIdempotent: true } }).POST("/v2/cloudimages/action", { body });
    expect(data?.job_id).toBe("j1");
    expect(server.requests).toHaveLength(2);
  });

  it("retry: false makes one attempt", async () => {
    server.script(json(500, {}), json(200, { images: [] }));
    await expect(client({ retry: false }).GET("/v2/cloudimages")).rejects.toBeInstanceOf(ImsError);
    expect(server.requests).toHaveLength(1);
  });

  it("4xx answers are not retried", async () => {
    server.script(json(400, { error: { code: "IMG.0024", message: "The imagetype is invalid." } }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ status: 400, code: "IMG.0024", message: "IMS answered 400 IMG.0024: The imagetype is invalid." });
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  it("a GET whose connection is reset is retried, then reported as ImsNetworkError", async () => {
    server.script(reset);
    const error = await client().GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsNetworkError);
    expect((error as ImsNetworkError).context).toMatchObject({ operationId: "listImages", method: "GET" });
    expect(server.requests).toHaveLength(3);
    expectNoSecret(error);
  });

  it("a body cut short is a network failure, retried for a GET", async () => {
    server.script(truncated(JSON.stringify({ images: [{ id: "a" }, { id: "b" }] })), json(200, { images: [{ id: "c" }] }));
    const { data } = await client().GET("/v2/cloudimages");
    expect(data?.images).toEqual([{ id: "c" }]);
    expect(server.requests).toHaveLength(2);
  });

  it("bodies cut short every time: maxAttempts in all, then an ImsNetworkError", async () => {
    server.script(truncated(JSON.stringify({ images: [{ id: "a" }, { id: "b" }] })));
    const error = await client({ retry: { maxAttempts: 3, baseDelayMs: 1 } }).GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsNetworkError);
    expect((error as Error).message).toMatch(/body was cut short/);
    expect(server.requests).toHaveLength(3);
  });

  it("a POST whose answer's body is cut short is not sent again", async () => {
    server.script(truncated(JSON.stringify({ job_id: "j1", padding: "x".repeat(200) })));
    await expect(client().POST("/v2/cloudimages/action", { body })).rejects.toBeInstanceOf(ImsNetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("a complete 200 whose JSON is broken is an ImsInvalidResponseError", async () => {
    server.script(text(200, '{"images": [', { "content-type": "application/json", "x-request-id": "r-7" }));
    const error = await client().GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsInvalidResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "r-7" });
  });

  it("a refused connection is retried even for a POST (nothing was sent)", async () => {
    // A port that was free a moment ago: nothing listens there now.
    const gone = await startFaultServer();
    await gone.close();
    let calls = 0;
    const closed = createImsClient({
      endpoint: gone.url,
      credentials: { token: TOKEN },
      retry: { baseDelayMs: 1 },
      fetch: (req) => {
        calls++;
        return fetch(req);
      },
    });
    const error = await closed.POST("/v2/cloudimages/action", { body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsNetworkError);
    expect(String(error)).toMatch(/ECONNREFUSED/);
    expect(calls).toBe(3);
  });
});

describe("timeouts and abort", () => {
  it("a slow answer hits the per-attempt timeout on every attempt", async () => {
    server.script(slow(5_000));
    const started = Date.now();
    const error = await client({ timeoutMs: 150 }).GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsTimeoutError);
    expect(error).toMatchObject({ kind: "attempt", timeoutMs: 150 });
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("a body that trickles in counts against the attempt timeout too", async () => {
    server.script(slowBody(5_000, { images: [] }), json(200, { images: [{ id: "fast" }] }));
    const { data } = await client({ timeoutMs: 150 }).GET("/v2/cloudimages");
    expect(data?.images).toEqual([{ id: "fast" }]);
    expect(server.requests).toHaveLength(2);
  });

  it("the total timeout bounds the call, retries included", async () => {
    server.script(slow(5_000));
    const started = Date.now();
    const error = await client({ timeoutMs: { attempt: 10_000, total: 200 } }).GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ImsTimeoutError", kind: "total", timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("a POST that times out is not sent again", async () => {
    server.script(slow(5_000));
    await expect(client({ timeoutMs: 100 }).POST("/v2/cloudimages/action", { body })).rejects.toBeInstanceOf(ImsTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("an AbortSignal stops the call with its reason, and no retry follows", async () => {
    server.script(slow(5_000));
    const controller = new AbortController();
    const reason = new Error("user gave up");
    setTimeout(() => controller.abort(reason), 50);
    await expect(client().GET("/v2/cloudimages", { signal: controller.signal })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  // Node 20's fetch follows the signal of a Request it is given only while that Request is alive: a
  // custom fetch such as `(r) => fetch(r)` (the CLI's) drops it, and after a garbage collection
  // neither timeouts nor aborts reached the call, which waited as long as the server did.
  it("with a custom fetch, the timeouts and the caller's abort still end a call after a garbage collection", async () => {
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `
      import { createServer } from "node:http";
      import { createImsClient } from ${JSON.stringify(dist)};
      setInterval(() => globalThis.gc(), 20).unref();
      const server = createServer((req, res) => setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end('{"images":[]}'), 2_500));
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const ims = (timeoutMs) => createImsClient({ endpoint: "http://127.0.0.1:" + server.address().port, credentials: { token: "t" }, retry: false, timeoutMs, fetch: (r) => fetch(r) });
      const outcome = (p) => { const started = Date.now(); return p.then(() => "answered", (e) => e.name + (e.kind ? "(" + e.kind + ")" : "")).then((o) => o + (Date.now() - started < 1_500 ? " in time" : " late")); };
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("stop")), 300);
      const outcomes = await Promise.all([
        outcome(ims(300).GET("/v2/cloudimages")),
        outcome(ims({ attempt: 10_000, total: 300 }).GET("/v2/cloudimages")),
        outcome(ims(10_000).GET("/v2/cloudimages", { signal: controller.signal })),
      ]);
      console.log(outcomes.join(", "));
      server.closeAllConnections();
      server.close();
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { timeout: 10_000 });
    expect(stdout.trim()).toBe("ImsTimeoutError(attempt) in time, ImsTimeoutError(total) in time, Error in time");
  });

  // A timer longer than 2^31 − 1 ms fires at once (Node warns, browsers say nothing): such limits
  // are refused when the client is made (test/client.test.ts); the longest one allowed still waits.
  it("the longest timeout allowed, 2e9 ms (23 days), waits for the answer", async () => {
    server.script(slow(300, json(200, { images: [{ id: "a" }] })));
    const { data } = await client({ timeoutMs: { attempt: 2e9, total: 2e9 } }).GET("/v2/cloudimages");
    expect(data?.images).toEqual([{ id: "a" }]);
    expect(server.requests).toHaveLength(1);
  });

  it("aborting during the backoff wait stops at once", async () => {
    server.script(json(503, {}, { "retry-after": "30" }));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(client().GET("/v2/cloudimages", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("waitForJob against a job endpoint that never answers", () => {
  const JOB = "ff8080814dbd65d7014dbe0d84db0013";
  // Takes the poll and never answers; counts the polls whose connection the client closed.
  let cancelled = 0;
  const silent: Fault = (res) => {
    res.on("close", () => cancelled++);
  };
  beforeEach(() => {
    cancelled = 0;
  });

  it("maxWaitMs bounds the poll in flight: WaiterTimeoutError at maxWaitMs, the poll cancelled", async () => {
    server.script(silent);
    const started = Date.now();
    // The client alone would wait up to 6 s for this poll.
    const c = client({ timeoutMs: { attempt: 2_000, total: 6_000 } });
    const error = await waitForJob(c, JOB, { maxWaitMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ jobId: JOB, maxWaitMs: 300, lastStatus: undefined });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(1);
    await expect.poll(() => cancelled).toBe(1);
  });

  it("a poll that runs out of the client's total timeout is ridden out until maxWaitMs", async () => {
    server.script(silent);
    const started = Date.now();
    // Each poll's retries outrun the client's 250 ms total: every poll ends in a "total" timeout.
    const c = client({ timeoutMs: { attempt: 100, total: 250 }, retry: { maxAttempts: 5, baseDelayMs: 1 } });
    const error = await waitForJob(c, JOB, { maxWaitMs: 1_200, minDelayMs: 10, maxDelayMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_190);
    expect(Date.now() - started).toBeLessThan(2_500);
    // Three attempts per poll at most (250 ms / 100 ms), and more than one poll.
    expect(server.requests.length).toBeGreaterThan(3);
  });

  it("the caller's abort ends the poll in flight with the caller's reason", async () => {
    server.script(silent);
    const controller = new AbortController();
    const reason = new Error("user gave up");
    setTimeout(() => controller.abort(reason), 100);
    const started = Date.now();
    await expect(waitForJob(client(), JOB, { signal: controller.signal })).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect.poll(() => cancelled).toBe(1);
  });

  it("leaves no timer behind: a process whose waits ended (done, aborted, timed out) exits at once", async () => {
    // Through the built package in a process of its own: a timer left for the default 1 h deadline
    // would keep it alive.
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `
      import { createServer } from "node:http";
      import { createImsClient, waitForJob } from ${JSON.stringify(dist)};
      const server = createServer((req, res) => {
        if (req.url.endsWith("/done")) res.writeHead(200, { "content-type": "application/json" }).end('{"job_id":"done","status":"SUCCESS"}');
      });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const ims = createImsClient({ endpoint: "http://127.0.0.1:" + server.address().port, credentials: { token: "t" } });
      const outcomes = [(await waitForJob(ims, "done")).status];
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("aborted")), 50);
      outcomes.push(await waitForJob(ims, "silent", { signal: controller.signal }).catch((e) => e.message));
      outcomes.push(await waitForJob(ims, "silent", { maxWaitMs: 50 }).catch((e) => e.name));
      server.closeAllConnections();
      server.close();
      console.log(outcomes.join(" "));
      globalThis.ended = Date.now();
      process.on("exit", () => console.log("exited after", Date.now() - globalThis.ended, "ms"));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { timeout: 4_000 });
    expect(stdout).toMatch(/^SUCCESS aborted WaiterTimeoutError\nexited after \d{1,3} ms\n$/);
  });

  it("an …AndWait helper starts the job, then gives up at maxWaitMs on the poll that never answers", async () => {
    server.script(json(200, { job_id: JOB }), silent);
    const started = Date.now();
    const error = await createImageAndWait(client({ timeoutMs: { attempt: 2_000, total: 6_000 } }), { body }, { maxWaitMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /v2/cloudimages/action", `GET /v1/cloudimages/job/${JOB}`]);
  });
});

describe("error bodies of every shape", () => {
  it("an HTML error page from a gateway becomes a readable ImsError", async () => {
    server.script(text(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>", { "content-type": "text/html" }));
    const error = await client({ retry: false }).GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 502, code: undefined, message: "IMS answered 502: 502 Bad Gateway" });
  });

  it("an empty error body falls back to the status", async () => {
    server.script(text(404, "", { "x-openstack-request-id": "req-os-1" }));
    const error = await client().GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: "ff8080814dbd65d7014dbe0d84db0013" } } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, requestId: "req-os-1", body: undefined });
    expect((error as Error).message).toMatch(/^IMS answered 404: /);
  });

  it("an API Gateway body gives its APIGW code", async () => {
    server.script(json(403, { error_code: "APIGW.0306", error_msg: "API access denied.", request_id: "abc" }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ status: 403, code: "APIGW.0306" });
  });

  it("an API Gateway body's request_id is the requestId when no header carries one", async () => {
    server.script(json(403, { error_code: "APIGW.0302", error_msg: "The IAM user is not authorized to access the API.", request_id: "c7b1a9f0e2d3" }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ status: 403, code: "APIGW.0302", requestId: "c7b1a9f0e2d3" });
    // A header, when there is one, is what the logs carry: it wins.
    server.script(json(403, { error_code: "APIGW.0302", error_msg: "denied", request_id: "from-body" }, { "x-request-id": "from-header" }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ requestId: "from-header" });
  });

  it("throwOnError: false returns the error instead", async () => {
    server.script(json(400, { error: { code: "IMG.0024", message: "bad" } }));
    const { error, response } = await client({ throwOnError: false }).GET("/v2/cloudimages");
    expect(response.status).toBe(400);
    expect(error).toEqual({ error: { code: "IMG.0024", message: "bad" } });
  });
});

describe("a returned error whose body is no JSON object", () => {
  const pages: [string, Fault, Record<string, unknown>][] = [
    ["an HTML page", text(502, "<html><title>502 Bad Gateway</title></html>", { "content-type": "text/html" }), { message: "IMS answered 502: 502 Bad Gateway", body: "<html><title>502 Bad Gateway</title></html>" }],
    ["an empty body", text(503, "", { "x-request-id": "r-9" }), { message: "IMS answered 503: Service Unavailable", body: undefined, requestId: "r-9" }],
    ["an empty chunked body", (res) => res.writeHead(503).end(), { message: "IMS answered 503: Service Unavailable", body: undefined }],
    ["JSON null", json(500, null), { message: "IMS answered 500: Internal Server Error", body: null }],
  ];
  it.each(pages)("%s comes back as the ImsError a throwing client would throw: truthy, and safe for `in`", async (_, page, fields) => {
    server.script(page);
    const { data, error, response } = await client({ throwOnError: false, retry: false }).GET("/v2/cloudimages");
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: response.status, code: undefined, operationId: "listImages", ...fields });
    // The README's way to tell the shapes apart.
    expect(error && "error_code" in error).toBe(false);
  });

  // Glance documents text/plain error bodies: the client's types promise an object there too.
  it.each([
    ["a text/plain body", text(400, "400 Bad Request\n\nInvalid filter value", { "content-type": "text/plain" }), { status: 400, message: "IMS answered 400: 400 Bad Request Invalid filter value", body: "400 Bad Request\n\nInvalid filter value" }],
    ["an HTML page", text(401, "<html><head><title>401 Unauthorized</title></head></html>", { "content-type": "text/html" }), { status: 401, message: "IMS answered 401: 401 Unauthorized", body: "<html><head><title>401 Unauthorized</title></head></html>" }],
    ["an empty 404", text(404, ""), { status: 404, message: "IMS answered 404: Not Found", body: undefined }],
  ] satisfies [string, Fault, Record<string, unknown>][])("on a Glance call, %s comes back as the ImsError too", async (_, page, fields) => {
    server.script(page);
    const { data, error } = await client({ throwOnError: false, retry: false }).GET("/v2/images");
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ code: undefined, operationId: "glanceListImages", ...fields });
  });

  it("a JSON object body comes back as it is, not as an ImsError", async () => {
    server.script(json(400, { error_code: "APIGW.0101", error_msg: "bad", request_id: "r-1" }));
    const { error } = await client({ throwOnError: false, retry: false }).GET("/v2/images");
    expect(error).not.toBeInstanceOf(ImsError);
    expect(error).toEqual({ error_code: "APIGW.0101", error_msg: "bad", request_id: "r-1" });
  });

  it("paginate and the waiters throw that same ImsError", async () => {
    const page = text(502, "<html><title>502 Bad Gateway</title></html>", { "content-type": "text/html" });
    const c = client({ throwOnError: false, retry: false });
    server.script(page);
    const returned = (await c.GET("/v2/cloudimages")).error;
    server.script(page);
    const paged = await (async () => {
      for await (const image of paginate(c, "/v2/cloudimages")) void image;
    })().catch((e: unknown) => e);
    server.script(page);
    const started = await createImageAndWait(c, { body }).catch((e: unknown) => e);
    for (const e of [paged, started]) expect(e).toMatchObject({ name: "ImsError", status: 502, message: (returned as Error).message, body: (returned as ImsError).body });
  });
});

describe("secrets a gateway echoes in an error body", () => {
  it("are scrubbed from an error that is returned, and from the ImsErrors paginate and the waiters build from it", async () => {
    server.script(json(403, { error_code: "APIGW.0101", error_msg: `bad token ${TOKEN}` }));
    const c = client({ throwOnError: false });
    const { error } = await c.GET("/v2/cloudimages");
    expect(error).toEqual({ error_code: "APIGW.0101", error_msg: "bad token [REDACTED]" });
    const thrown = [
      await (async () => {
        for await (const image of paginate(c, "/v2/cloudimages")) void image;
      })().catch((e: unknown) => e),
      await waitForJob(c, "ff8080814dbd65d7014dbe0d84db0013").catch((e: unknown) => e),
      await createImageAndWait(c, { body }).catch((e: unknown) => e),
    ];
    for (const e of thrown) expect(e).toMatchObject({ name: "ImsError", status: 403, message: "IMS answered 403 APIGW.0101: bad token [REDACTED]" });
    expectNoSecret(error, ...thrown);
  });
});

describe("what goes on the wire", () => {
  it("sends the token, a User-Agent, and the POST body once, as JSON", async () => {
    server.script(json(200, { job_id: "j1" }));
    await client().POST("/v2/cloudimages/action", { body });
    const [req] = server.requests;
    expect(req?.headers["x-auth-token"]).toBe(TOKEN);
    expect(req?.headers["user-agent"]).toMatch(/^imsjs\/\d+\.\d+\.\d+/);
    expect(JSON.parse(req?.body ?? "")).toEqual(body);
  });

  it("the logs name method, URL, status and attempt, with every credential redacted", async () => {
    server.script(json(500, {}), json(200, { images: [] }));
    await client().GET("/v2/cloudimages");
    const all = lines.join("\n");
    expect(all).toMatch(/ims request .*"attempt":1/);
    expect(all).toMatch(/ims response .*"status":500/);
    expect(all).toMatch(/"x-auth-token":"\[REDACTED\]"/);
    expectNoSecret();
  });
});
