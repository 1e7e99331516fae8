import { fileURLToPath } from "node:url";
import { bundleForBrowser, launchChromium, serveFiles, type LoopbackServer } from "@imsjs/browser-testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signSync, type Credentials, type SignOptions } from "../src/index.js";

// Web Crypto needs a secure context, which http://127.0.0.1 is.

interface WireCase {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Body bytes as numbers (structured-clone friendly), or a string. */
  body?: string | number[];
  credentials: Credentials;
  options: Omit<SignOptions, "date"> & { date: string };
}

const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-example-0123456789abcdefghijklmnopqrstuv" };
const date = "2026-11-27T09:15:00.000Z";
const CASES: WireCase[] = [
  {
    method: "GET",
    url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
    headers: { "Content-Type": "application/json" },
    credentials: { ak: "QTWAOYTTINDUT2QVKYUC", sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc" },
    options: { date: "2019-11-15T03:36:55.000Z" },
  },
  {
    method: "POST",
    url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages/action",
    headers: { "Content-Type": "application/json;charset=UTF-8", "X-Project-Id": "0b1e494e2660441a957313163095fe5c" },
    body: JSON.stringify({ name: "镜像 🚀", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" }),
    credentials: { ...credentials, securityToken: "temporary-token" },
    options: { date },
  },
  {
    method: "GET",
    url: "https://ims.example.com/v2/镜像/a b/urn:x%3Ay?name=é+1&tag=b&tag=a&empty",
    headers: { "X-Custom": "  spaced   value ", "X-Name": "caf\u00e9 \u00fc" },
    credentials,
    options: { date },
  },
  {
    method: "PUT",
    url: "https://ims.example.com:443/v2/images/0f3c6e6a-3c1d-4b8e-9a2f-5d7e8c9b0a1f/file",
    body: [0, 1, 127, 128, 254, 255],
    credentials,
    options: { date },
  },
  {
    // A Host equal to the URL's (returned, but the URL's host is what is signed) and a name given
    // twice with an empty last value (signed as the server reads it, "a,").
    method: "GET",
    url: "https://ims.example.com/v1/cloudimages/quota",
    headers: { Host: "IMS.Example.COM", "X-A": "a", "x-a": "" },
    credentials,
    options: { date },
  },
  {
    method: "GET",
    url: "https://ims.example.com/v1/cloudimages/quota",
    credentials: { ...credentials, securityToken: "temporary-token" },
    options: { date, algorithm: "V11-HMAC-SHA256", region: "ap-southeast-1", service: "ims" },
  },
];

describe("in headless Chromium (Web Crypto, the package as a browser bundler resolves it)", () => {
  let server: LoopbackServer | undefined;
  let browser: Browser | undefined;
  let origin = "";

  beforeAll(async () => {
    // Resolved by name as a browser bundler does: the `browser` export condition, built dist/browser.
    const js = await bundleForBrowser(fileURLToPath(new URL("./support/as-published.mjs", import.meta.url)));
    const html = `<!doctype html><script type="module">import * as signer from "/signer.js"; window.signer = signer;</script>`;
    server = await serveFiles({ "/signer.js": { type: "text/javascript", body: js } }, { fallback: { type: "text/html", body: html } });
    origin = server.url;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    // Both are released even when launching or a test failed half-way.
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  it("signs exactly as Node's signSync does, and keeps the browser-only guarantees", async () => {
    const page = await (browser as Browser).newPage();
    try {
      await page.goto(origin);
      await page.waitForFunction(() => "signer" in window);
      const result = await page.evaluate(async (cases: WireCase[]) => {
        type Signer = typeof import("../src/index.js");
        const signer = (window as unknown as { signer: Signer }).signer;
        const signed: Record<string, string>[] = [];
        for (const c of cases) {
          const body = Array.isArray(c.body) ? new Uint8Array(c.body) : c.body;
          const headers = await signer.sign({ method: c.method, url: c.url, headers: c.headers, body }, c.credentials, { ...c.options, date: new Date(c.options.date) });
          signed.push({ ...headers, json: JSON.stringify(headers) });
        }
        const errorOf = async (run: () => unknown) => {
          try {
            await run();
          } catch (e) {
            return { isSignerError: e instanceof signer.SignerError, code: (e as { code?: string }).code };
          }
        };
        const request = { method: "GET", url: "https://ims.example.com/v1" };
        const middleware = signer.createSignerMiddleware(cases[1]!.credentials, { date: new Date(cases[1]!.options.date) });
        const viaMiddleware = await middleware.onRequest({
          request: new Request(cases[1]!.url, { method: "POST", headers: cases[1]!.headers, body: cases[1]!.body as string }),
        });
        // As a browser without Request#body (Firefox; Chrome before 105) sees the same request.
        const bare = new Request(cases[1]!.url, { method: "POST", headers: cases[1]!.headers, body: cases[1]!.body as string });
        Object.defineProperty(bare, "body", { get: () => undefined });
        const viaBare = await middleware.onRequest({ request: bare });
        return {
          secure: window.isSecureContext,
          signed,
          middleware: viaMiddleware.headers.get("authorization"),
          bare: [viaBare.headers.get("authorization"), await viaBare.text()],
          redirect: viaMiddleware.redirect,
          noSignSync: await errorOf(() => signer.signSync(request, cases[0]!.credentials)),
          noSm3: await errorOf(() => signer.sign(request, cases[0]!.credentials, { algorithm: "SDK-HMAC-SM3" })),
        };
      }, CASES);

      expect(result.secure).toBe(true);
      CASES.forEach((c, i) => {
        const body = Array.isArray(c.body) ? new Uint8Array(c.body) : c.body;
        const node = signSync({ method: c.method, url: c.url, headers: c.headers, body }, c.credentials, { ...c.options, date: new Date(c.options.date) });
        const { json, ...browserHeaders } = result.signed[i] as Record<string, string>;
        expect(browserHeaders).toEqual({ ...node });
        expect(json).toBe(JSON.stringify(node));
        if (c.credentials.securityToken) expect(json).not.toContain(c.credentials.securityToken);
      });
      expect(result.signed[0]?.Authorization).toContain("Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
      expect(result.middleware).toBe(result.signed[1]?.Authorization);
      expect(result.redirect).toBe("manual");
      expect(result.bare).toEqual([result.signed[1]?.Authorization, CASES[1]!.body]);
      expect(result.noSignSync).toEqual({ isSignerError: true, code: "UNSUPPORTED_RUNTIME" });
      expect(result.noSm3).toEqual({ isSignerError: true, code: "UNSUPPORTED_ALGORITHM" });
    } finally {
      await page.close();
    }
  }, 60_000);
});
