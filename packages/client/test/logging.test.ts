import { beforeEach, describe, expect, it } from "vitest";
import { createImsClient, redactHeaders } from "../src/index.js";
import { resetDeprecationWarnings } from "../src/deprecation.js";
import { jsonResponse } from "./support/fake.js";

const TOKEN = "MIIsecret-token-logged-nowhere";

function capture() {
  const lines: { level: string; message: string; fields: unknown }[] = [];
  const logger = Object.fromEntries(
    (["debug", "info", "warn", "error"] as const).map((level) => [level, (message: string, fields?: unknown) => lines.push({ level, message, fields })]),
  );
  return { lines, logger };
}

const job = { job_id: "j1", status: "RUNNING" };

beforeEach(() => {
  resetDeprecationWarnings();
});

describe("deprecated operations", () => {
  it("warn once per process through the logger, naming the replacement", async () => {
    const { lines, logger } = capture();
    const make = () => createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p1", logger, fetch: async () => jsonResponse(200, job) });
    await make().GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j1" } } });
    await make().GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j2" } } });
    const warnings = lines.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe("IMS operation showJob (GET /v1/{project_id}/jobs/{job_id}) is deprecated; use showJobProgress instead");
  });

  it("current operations do not warn", async () => {
    const { lines, logger } = capture();
    const c = createImsClient({ endpoint: "http://127.0.0.1:1", logger, fetch: async () => jsonResponse(200, job) });
    await c.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: "j1" } } });
    expect(lines.filter((l) => l.level === "warn")).toEqual([]);
  });
});

describe("logging", () => {
  it("is off by default: nothing is printed to the console", async () => {
    const printed: unknown[] = [];
    const original = { ...console };
    for (const level of ["log", "debug", "info", "warn", "error"] as const) console[level] = (...a: unknown[]) => void printed.push(a);
    try {
      const c = createImsClient({ endpoint: "http://127.0.0.1:1", projectId: "p1", credentials: { token: TOKEN }, fetch: async () => jsonResponse(500, {}), retry: { baseDelayMs: 1 } });
      await c.GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j1" } } }).catch(() => undefined);
    } finally {
      Object.assign(console, original);
    }
    expect(printed).toEqual([]);
  });

  it("redacts credential headers, and scrubs a token that turns up anywhere else", async () => {
    const { lines, logger } = capture();
    const c = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: { token: TOKEN },
      logger,
      retry: false,
      // A gateway that echoes the token back in its error text.
      fetch: async () => jsonResponse(401, { error_msg: `token ${TOKEN} expired` }, { "x-request-id": "r1" }),
    });
    const error = await c.GET("/v2/cloudimages").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, message: "IMS answered 401: token [REDACTED] expired" });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    const all = JSON.stringify(lines);
    expect(all).toContain("[REDACTED]");
    expect(all).not.toContain(TOKEN);
    expect(lines.find((l) => l.message === "ims response")?.fields).toMatchObject({ status: 401, requestId: "r1", method: "GET" });
  });

  it("scrubs an AK/SK signature that turns up in a log field", async () => {
    const { lines, logger } = capture();
    const sent: string[] = [];
    const c = createImsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: { ak: "AKEXAMPLE000", sk: "SK-secret-0123456789" },
      logger,
      retry: { baseDelayMs: 1 },
      // A failure whose text quotes the request's Authorization header: logged as the retry's reason.
      fetch: async (req) => {
        sent.push(/Signature=(\w+)/.exec(req.headers.get("authorization")!)![1]!);
        if (sent.length === 1) throw new TypeError(`fetch failed: authorization: ${req.headers.get("authorization")}`);
        return jsonResponse(200, { images: [] });
      },
    });
    await c.GET("/v2/cloudimages");
    expect(lines.find((l) => l.message === "ims retry")?.fields).toMatchObject({ reason: expect.stringMatching(/, Signature=\[REDACTED\]$/) });
    for (const signature of sent) expect(JSON.stringify(lines)).not.toContain(signature);
  });

  it("redactHeaders hides Authorization, X-Auth-Token and X-Security-Token", () => {
    const h = new Headers({ Authorization: "SDK-HMAC-SHA256 Access=AK, Signature=abc", "X-Auth-Token": "t", "X-Security-Token": "st", "X-Sdk-Date": "20260101T000000Z" });
    expect(redactHeaders(h)).toEqual({
      authorization: "[REDACTED]",
      "x-auth-token": "[REDACTED]",
      "x-security-token": "[REDACTED]",
      "x-sdk-date": "20260101T000000Z",
    });
  });
});
