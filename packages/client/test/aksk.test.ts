import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sign } from "@imsjs/signer";
import { createImsClient } from "../src/index.js";
import { json, startFaultServer, type Fault, type SeenRequest } from "./support/fault-server.js";
import { signatureVerifies } from "./support/signature.js";

const AK = "HPUAEXAMPLEAK0000001";
const SK = "SKsecretsecretsecretsecret0123456789ABCD";
const ST = "ST-temporary-security-token-value-0001";
let server: Awaited<ReturnType<typeof startFaultServer>>;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(async () => {
  await server.close();
});

/** Signs what the server received, as the gateway would, and says whether the signature matches. */
const verifies = (req: SeenRequest, creds: { ak: string; sk: string; securityToken?: string }) => signatureVerifies(sign, server.url, req, creds);

function client(lines: string[] = [], credentials: { ak: string; sk: string; securityToken?: string } = { ak: AK, sk: SK }) {
  const log = (m: string, f?: unknown) => void lines.push(`${m} ${JSON.stringify(f)}`);
  return createImsClient({
    endpoint: server.url,
    projectId: "0b1e494e2660441a957313163095fe5c",
    credentials,
    retry: { baseDelayMs: 1 },
    logger: { debug: log, info: log, warn: log, error: log },
  });
}

const signatureOf = (req: SeenRequest): string => /Signature=([0-9a-f]{64})$/.exec(String(req.headers["authorization"]))![1]!;

const body = { name: "web-golden", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a", description: "ünïcödé ✓" };

describe("AK/SK signing through @imsjs/signer", () => {
  it("sends Authorization, X-Sdk-Date and X-Project-Id, signed over the project path", async () => {
    server.script(json(200, {}));
    await client().GET("/v1/{project_id}/cloudimages/quota");
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.url).toBe("/v1/0b1e494e2660441a957313163095fe5c/cloudimages/quota");
    expect(req.headers["x-project-id"]).toBe("0b1e494e2660441a957313163095fe5c");
    expect(String(req.headers["authorization"])).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=[^,]*x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`));
    expect(await verifies(req, { ak: AK, sk: SK })).toBe(true);
  });

  it("POST bodies and queries verify as the gateway would check them", async () => {
    const seen: SeenRequest[] = [];
    const keep: Fault = (res, req) => json(200, { job_id: "j1", images: [] })(res, req);
    server.script(keep);
    await client().POST("/v2/cloudimages/action", { body });
    seen.push(server.requests[0]!);
    server.script(keep);
    await client().GET("/v2/cloudimages", { params: { query: { __imagetype: "private", name: "a b+c", limit: 5 } } });
    seen.push(server.requests[0]!);
    for (const req of seen) expect(await verifies(req, { ak: AK, sk: SK }), `${req.method} ${req.url}`).toBe(true);
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it("temporary credentials send and sign X-Security-Token", async () => {
    server.script(json(200, { images: [] }));
    await client([], { ak: AK, sk: SK, securityToken: ST }).GET("/v2/cloudimages");
    const req = server.requests[0]!;
    expect(req.headers["x-security-token"]).toBe(ST);
    expect(String(req.headers["authorization"])).toMatch(/x-security-token/);
    expect(await verifies(req, { ak: AK, sk: SK, securityToken: ST })).toBe(true);
  });

  it("an expired signature is signed again with a fresh X-Sdk-Date and sent once more, even a POST", async () => {
    const expired: Fault = (res, req) => {
      setTimeout(
        () => json(401, { error_msg: "Incorrect IAM authentication information: calc ak sk signature fail:signature expired", error_code: "APIGW.0301" })(res, req),
        1_100,
      );
    };
    server.script(expired, json(200, { job_id: "j2" }));
    const lines: string[] = [];
    const { data } = await client(lines).POST("/v2/cloudimages/action", { body });
    expect(data?.job_id).toBe("j2");
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(second?.headers["x-sdk-date"]).not.toBe(first?.headers["x-sdk-date"]);
    expect(await verifies(second!, { ak: AK, sk: SK })).toBe(true);
    expect(lines.some((l) => l.startsWith("ims signature expired"))).toBe(true);
  });

  it("a wrong SK is not retried (five failures lock the AK at the gateway)", async () => {
    server.script(json(401, { error_msg: "Incorrect IAM authentication information: verify aksk signature fail", error_code: "APIGW.0301" }));
    await expect(client().GET("/v2/cloudimages")).rejects.toMatchObject({ status: 401, code: "APIGW.0301" });
    expect(server.requests).toHaveLength(1);
  });

  it("a signature the gateway echoes in its error body is redacted, thrown or returned, as in the request log", async () => {
    const echo: Fault = (res, req) =>
      json(401, { error_code: "APIGW.0301", error_msg: `Incorrect IAM authentication information: verify aksk signature fail, authorization: ${req.headers.authorization}` })(res, req);
    server.script(echo);
    const lines: string[] = [];
    const error = await client(lines).GET("/v2/cloudimages").catch((e: unknown) => e);
    const signatures = [signatureOf(server.requests[0]!)];
    expect(error).toMatchObject({ status: 401, code: "APIGW.0301" });
    expect((error as Error).message).toMatch(/SignedHeaders=[^,]+, Signature=\[REDACTED\]$/);
    server.script(echo);
    const returned = createImsClient({ endpoint: server.url, credentials: { ak: AK, sk: SK }, retry: false, throwOnError: false });
    const { error: body } = await returned.GET("/v2/cloudimages");
    signatures.push(signatureOf(server.requests[0]!));
    expect(body).toMatchObject({ error_msg: expect.stringMatching(/Signature=\[REDACTED\]$/) });
    const shown = [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), JSON.stringify(body), ...lines].join("\n");
    for (const signature of signatures) expect(shown).not.toContain(signature);
  });

  it("the SK and security token appear in no error, log line, inspect or JSON output", async () => {
    server.script(json(500, { error_msg: `echo ${SK} ${ST}` }));
    const lines: string[] = [];
    const c = client(lines, { ak: AK, sk: SK, securityToken: ST });
    const error = await c.GET("/v2/cloudimages").catch((e: unknown) => e);
    const shown = [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), inspect(c, { depth: 10, showHidden: true }), JSON.stringify(c) ?? "", ...lines].join("\n");
    expect(lines.length).toBeGreaterThan(3);
    expect(shown).not.toContain(SK);
    expect(shown).not.toContain(ST);
  });
});
