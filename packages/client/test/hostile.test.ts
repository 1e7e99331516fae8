// Servers that misbehave on purpose, on 127.0.0.1: a login redirected elsewhere, an IAM that
// echoes what it was sent, a gateway page built to make a parser backtrack.
import { execFile } from "node:child_process";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect, promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createIamTokenProvider, createImsClient, ImsError } from "../src/index.js";

const PASSWORD = "Sup3r-secret-pass";
const SK = "SKsecretsecretsecretsecret0123456789";
const servers: Server[] = [];

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function shows(error: unknown): string {
  return [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)].join("\n");
}

describe("an IAM login against a hostile server", () => {
  it.each([{ username: "ops", password: PASSWORD, domainName: "acme" }, { ak: "AK1", sk: SK }])(
    "does not follow a redirect, which would hand the password or SK in its body to the Location's host (%o)",
    async (credentials) => {
      const stolen: string[] = [];
      const elsewhere = await serve((req, res) => {
        let body = "";
        req.on("data", (chunk: Buffer) => (body += chunk.toString()));
        req.on("end", () => {
          stolen.push(body);
          res.writeHead(201, { "content-type": "application/json", "x-subject-token": "forged" }).end('{"token":{}}');
        });
      });
      // "localhost" is another origin than 127.0.0.1; 307 and 308 keep the method and the body.
      const iam = await serve((req, res) => void res.writeHead(307, { location: `${elsewhere.replace("127.0.0.1", "localhost")}/v3/auth/tokens` }).end());
      const provider = createIamTokenProvider({ iamEndpoint: iam, projectId: "p1", credentials });
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImsError);
      expect(error).toMatchObject({ status: 307 });
      expect(stolen).toEqual([]);
    },
  );

  it.each([
    [{ username: "ops", password: PASSWORD, domainName: "acme" }, PASSWORD],
    [{ ak: "AK1", sk: SK }, SK],
  ] as const)("an error body that echoes the login request never shows the secret, from the provider or through a call (%o)", async (credentials, secret) => {
    const iam = await serve((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: 400, message: `Invalid input for request: ${body}` } }));
      });
    });
    const ims = await serve((_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end('{"images":[]}'));
    const provider = createIamTokenProvider({ iamEndpoint: iam, projectId: "p1", credentials });
    const direct = await provider.getToken().catch((e: unknown) => e);
    const viaCall = await createImsClient({ endpoint: ims, credentials: provider }).GET("/v2/cloudimages").catch((e: unknown) => e);
    for (const error of [direct, viaCall]) {
      expect(error).toBeInstanceOf(ImsError);
      expect(error).toMatchObject({ status: 400, message: expect.stringContaining("Invalid input for request") });
      expect(shows(error)).not.toContain(secret);
    }
  });
});

describe("an error page built to make a parser backtrack", () => {
  it("a 502 of a megabyte of unclosed tags still comes back as its ImsError", async () => {
    // `<[^>]*>` and `<title[^>]*>` each scanned to the end of the page from every `<`: quadratic,
    // minutes of a blocked event loop (no timeout can fire) for one such page. In a process of its
    // own, through the built package, so that a regression fails the test instead of stalling the
    // run; the kill timeout is a safety net, hundreds of times what the call takes.
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `
      import { createServer } from "node:http";
      import { createImsClient } from ${JSON.stringify(dist)};
      const page = "<".repeat(500_000) + "<title".repeat(100_000);
      const server = createServer((req, res) => res.writeHead(502, { "content-type": "text/html" }).end(page));
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const ims = createImsClient({ endpoint: "http://127.0.0.1:" + server.address().port, retry: false });
      const error = await ims.GET("/v2/cloudimages").catch((e) => e);
      server.close();
      console.log(error.name, error.status, error.message.length);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { timeout: 60_000 });
    // The message keeps at most 300 characters of the page (and an ellipsis).
    expect(stdout).toMatch(/^ImsError 502 \d{3}\n$/);
  }, 70_000);
});
