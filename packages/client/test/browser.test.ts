import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, launchChromium } from "@imsjs/browser-testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signSync } from "@imsjs/signer";
import type { SeenRequest } from "./support/fault-server.js";
import { signatureVerifies } from "./support/signature.js";

// The client bundled for the browser (esbuild, platform "browser": a Node built-in on the default
// path would fail the build) and run in Debian's Chromium through playwright-core. Requests go to
// the page's own origin, where this server records them and checks their AK/SK signature.
const creds = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-browser-0123456789abcdefghijklmnopqr" };

describe("in headless Chromium", () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let origin = "";
  const seen: SeenRequest[] = [];

  beforeAll(async () => {
    // @imsjs/contract is an optional peer, loaded only with validateResponses.
    const js = await bundleForBrowser(fileURLToPath(new URL("../src/index.ts", import.meta.url)), { external: ["@imsjs/contract"] });
    const html = `<!doctype html><script type="module">import * as ims from "/client.js"; window.ims = ims;</script>`;
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = req.url ?? "";
        if (url === "/client.js") return void res.writeHead(200, { "content-type": "text/javascript" }).end(js);
        if (url === "/") return void res.writeHead(200, { "content-type": "text/html" }).end(html);
        if (!url.startsWith("/v2/")) return void res.writeHead(404).end();
        seen.push({ method: req.method ?? "", url, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
        if (url.startsWith("/v2/cloudimages/action")) {
          return void res.writeHead(400, { "content-type": "application/json", "x-request-id": "r-b1" }).end(JSON.stringify({ error: { code: "IMG.0024", message: "bad" } }));
        }
        const marker = new URL(url, origin).searchParams.get("marker");
        const images = marker ? [{ id: "c" }] : [{ id: "a" }, { id: "b" }];
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ images }));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it("signs with Web Crypto, pages, and throws typed errors, as in Node", async () => {
    const page = await (browser as Browser).newPage();
    try {
      await page.goto(origin);
      await page.waitForFunction(() => "ims" in window);
      const result = await page.evaluate(
        async ({ origin, creds }) => {
          type Ims = typeof import("../src/index.js");
          const ims = (window as unknown as { ims: Ims }).ims;
          const client = ims.createImsClient({ endpoint: origin, projectId: "0b1e494e2660441a957313163095fe5c", credentials: creds });
          const ids: string[] = [];
          for await (const image of ims.paginate(client, "/v2/cloudimages", { params: { query: { limit: 2 } } })) ids.push(image.id);
          const error = await client.POST("/v2/cloudimages/action", { body: { name: "n", instance_id: "i" } }).catch((e: unknown) => e);
          return {
            ids,
            isImsError: error instanceof ims.ImsError,
            error: { status: (error as { status?: number }).status, code: (error as { code?: string }).code, requestId: (error as { requestId?: string }).requestId },
            hasProcess: "process" in globalThis,
          };
        },
        { origin, creds },
      );
      expect(result.hasProcess).toBe(false);
      expect(result.ids).toEqual(["a", "b", "c"]);
      expect(result).toMatchObject({ isImsError: true, error: { status: 400, code: "IMG.0024", requestId: "r-b1" } });
      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        "GET /v2/cloudimages?limit=2",
        "GET /v2/cloudimages?limit=2&marker=b",
        "POST /v2/cloudimages/action",
      ]);
      for (const req of seen) {
        expect(req.headers["x-project-id"]).toBe("0b1e494e2660441a957313163095fe5c");
        expect(await signatureVerifies(signSync, origin, req, creds), `${req.method} ${req.url}`).toBe(true);
        // The browser's own User-Agent is sent, and not signed (the client adds none there).
        expect(String(req.headers["authorization"])).not.toMatch(/user-agent/);
      }
    } finally {
      await page.close();
    }
  }, 60_000);
});
