// IMS documents no redirect. fetch follows one by default and, across origins, drops only
// Authorization: an IAM token (X-Auth-Token) or STS token (X-Security-Token) would go to the new host.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImsClient, ImsError, type ImsCredentials } from "../src/index.js";

let server: Server;
let port: number;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url!, headers: req.headers });
    if (req.url === "/elsewhere") res.writeHead(200, { "content-type": "application/json" }).end('{"images":[]}');
    // "localhost" is another origin than the client's 127.0.0.1, on the same server.
    else res.writeHead(302, { location: `http://localhost:${port}/elsewhere`, "x-request-id": "req-302" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const list = (credentials: ImsCredentials, throwOnError = true) =>
  createImsClient({ endpoint: `http://127.0.0.1:${port}`, projectId: "p1", credentials, throwOnError }).GET("/v2/cloudimages");

describe("redirects", () => {
  it.each([{ token: "t0ken" }, { ak: "AKEXAMPLE", sk: "sk-example", securityToken: "sts-token" }])("are not followed, so no credential reaches the Location (%o)", async (credentials) => {
    seen.length = 0;
    const error = await list(credentials).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImsError);
    expect(error).toMatchObject({ status: 302, operationId: "listImages", requestId: "req-302", method: "GET", path: "/v2/cloudimages" });
    expect(seen.map((s) => s.url)).toEqual(["/v2/cloudimages"]);
  });

  it("come back as the 3xx with throwOnError: false, its Location readable", async () => {
    const { data, response } = await list({ token: "t0ken" }, false);
    expect(data).toBeUndefined();
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`http://localhost:${port}/elsewhere`);
  });
});
