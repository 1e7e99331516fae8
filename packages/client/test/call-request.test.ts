import { describe, expect, it, vi } from "vitest";
import type { Middleware } from "openapi-fetch";
import { CallRequest } from "../src/call-request.js";
import { createImsClient, ImsError, ImsInvalidResponseError } from "../src/index.js";

const URL_ = "http://127.0.0.1:4010/v2/cloudimages/action";
const json = (): Headers => new Headers({ "content-type": "application/json" });

describe("CallRequest", () => {
  it("is a plain record for a call without a body, carrying the caller's signal", () => {
    const signal = new AbortController().signal;
    const r = CallRequest("http://127.0.0.1:4010/v2/cloudimages?limit=1", { method: "get", headers: new Headers(), signal, redirect: "follow" });
    expect(r).not.toBeInstanceOf(Request);
    expect(r).toMatchObject({ method: "GET", body: null, signal, redirect: "follow", url: "http://127.0.0.1:4010/v2/cloudimages?limit=1" });
  });

  it("is a plain record for a JSON text body that has its Content-Type", () => {
    const r = CallRequest(URL_, { method: "POST", headers: json(), body: '{"name":"web"}' });
    expect(r).not.toBeInstanceOf(Request);
    expect(r.body).toBe('{"name":"web"}');
    expect(r.signal).toBeUndefined();
  });

  it("takes a real Request for bodies the platform fills in: no Content-Type, or not text", async () => {
    const untyped = CallRequest(URL_, { method: "POST", headers: new Headers(), body: "plain" });
    expect(untyped).toBeInstanceOf(Request);
    expect(untyped.headers.get("content-type")).toBe("text/plain;charset=UTF-8");
    const blob = CallRequest(URL_, { method: "POST", headers: new Headers(), body: new Blob(["x"], { type: "application/x-test" }) });
    expect(blob).toBeInstanceOf(Request);
    expect(await (blob as Request).text()).toBe("x");
  });

  it("throws the platform's own errors: a body on GET, a URL that does not parse", () => {
    expect(() => CallRequest(URL_, { method: "GET", headers: json(), body: "{}" })).toThrow(TypeError);
    expect(() => CallRequest("not a url", { method: "GET", headers: new Headers() })).toThrow(TypeError);
  });
});

describe("client requests with and without middleware", () => {
  async function send(middleware: Middleware[]) {
    const seen: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
    const fetch = async (req: Request): Promise<Response> => {
      seen.push({ method: req.method, url: req.url, headers: Object.fromEntries(req.headers), body: await req.text() });
      return new Response(JSON.stringify({ job_id: "j" }), { status: 200, headers: { "content-type": "application/json" } });
    };
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010", credentials: { token: "t0k3n-value" }, fetch, middleware, userAgent: "ua" });
    const { data } = await client.POST("/v2/cloudimages/action", { body: { name: "wéb", instance_id: "i-1" } });
    expect(data?.job_id).toBe("j");
    return seen;
  }

  it("sends the same bytes and headers whether openapi-fetch built a Request or not", async () => {
    const requests: unknown[] = [];
    const watcher: Middleware = {
      onRequest({ request }) {
        requests.push(request);
      },
    };
    const withMiddleware = await send([watcher]);
    const without = await send([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toBeInstanceOf(Request);
    expect(without).toEqual(withMiddleware);
    expect(without[0]?.body).toBe('{"name":"wéb","instance_id":"i-1"}');
  });

  it("middleware added later with use() sees a real Request, and none after eject()", async () => {
    const fetch = async (): Promise<Response> => new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010", fetch });
    const requests: unknown[] = [];
    const watcher: Middleware = {
      onRequest({ request }) {
        requests.push(request);
      },
    };
    client.use(watcher);
    await client.GET("/v2/cloudimages");
    client.eject(watcher);
    await client.GET("/v2/cloudimages");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toBeInstanceOf(Request);
  });

  it("a per-call fetch still receives a real Request", async () => {
    const seen: unknown[] = [];
    const perCall = async (req: Request): Promise<Response> => {
      seen.push(req);
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    };
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010" });
    await client.GET("/v2/cloudimages", { fetch: perCall } as never);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
  });

  it("a body on GET fails as the platform's TypeError, before anything is sent", async () => {
    let sent = 0;
    const fetch = async (): Promise<Response> => {
      sent++;
      return new Response("{}", { status: 200 });
    };
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010", fetch });
    await expect(client.request("get", "/v2/cloudimages", { body: {} } as never)).rejects.toBeInstanceOf(TypeError);
    expect(sent).toBe(0);
  });
});

describe("a middleware that hands on a Request of its own", () => {
  const JOB = "ff8080814dbd65d7014dbe0d84db0013";
  const replacing: Middleware = {
    onRequest: ({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Trace": "1" } }),
  };

  it.each([
    ["the client's", { middleware: [replacing] }, {}],
    ["a call's", {}, { middleware: [replacing] }],
  ])("%s: the call keeps its operationId and typed errors, and leaves no timer running", async (_name, clientMiddleware, callMiddleware) => {
    const answers = [
      new Response(JSON.stringify({ job_id: JOB, status: "RUNNING" }), { status: 200, headers: { "content-type": "application/json" } }),
      new Response('{"job_id":', { status: 200, headers: { "content-type": "application/json" } }),
      new Response('{"error":{"code":"IMG.0404","message":"no such job"}}', { status: 404, headers: { "content-type": "application/json" } }),
    ];
    const traced: (string | null)[] = [];
    const fetch = async (req: Request): Promise<Response> => {
      traced.push(req.headers.get("x-trace"));
      return answers.shift()!;
    };
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010", credentials: { token: "t0k3n-value" }, fetch, retry: false, ...clientMiddleware });
    const init = { params: { path: { job_id: JOB } }, ...callMiddleware };
    vi.useFakeTimers();
    try {
      const { data } = await client.GET("/v1/cloudimages/job/{job_id}", init);
      expect(data?.status).toBe("RUNNING");
      // The 2xx attempt's timeout was cleared once its body was read.
      expect(vi.getTimerCount()).toBe(0);
      const invalid = await client.GET("/v1/cloudimages/job/{job_id}", init).catch((e: unknown) => e);
      expect(invalid).toBeInstanceOf(ImsInvalidResponseError);
      expect(invalid).toMatchObject({ status: 200, context: { operationId: "showJobProgress", path: "/v1/cloudimages/job/{job_id}" } });
      const refused = await client.GET("/v1/cloudimages/job/{job_id}", init).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ImsError);
      expect(refused).toMatchObject({ status: 404, operationId: "showJobProgress", path: "/v1/cloudimages/job/{job_id}" });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(traced).toEqual(["1", "1", "1"]);
  });

  it("one that sends a request through options.fetch itself leaves no timer running either", async () => {
    const fetch = async (): Promise<Response> => new Response('{"images":[]}', { status: 200, headers: { "content-type": "application/json" } });
    const sendsItself: Middleware = { onRequest: ({ request, options }) => options.fetch(new Request(request)) };
    const client = createImsClient({ endpoint: "http://127.0.0.1:4010", fetch, retry: false, middleware: [sendsItself] });
    vi.useFakeTimers();
    try {
      const { data } = await client.GET("/v2/cloudimages");
      expect(data).toEqual({ images: [] });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
