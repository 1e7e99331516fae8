import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, launchChromium, serveFiles, type LoopbackServer } from "@imsjs/browser-testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const image = { id: "33ad552d-1149-471c-8190-ff6776174a00", name: "ims_test", status: "active" };

describe("where code generation is forbidden", () => {
  let server: LoopbackServer | undefined;
  let browser: Browser | undefined;
  let origin = "";

  beforeAll(async () => {
    const js = await bundleForBrowser(fileURLToPath(new URL("../src/index.ts", import.meta.url)));
    // The page does the work itself: code run through the DevTools protocol is exempt from CSP.
    const page = `
      const { validateResponse } = await import("/contract.js");
      let evalBlocked = false;
      try { new Function("return 1")(); } catch { evalBlocked = true; }
      const image = ${JSON.stringify(image)};
      window.results = {
        evalBlocked,
        good: validateResponse({ method: "GET", path: "/v2/cloudimages" }, { status: 200, body: { images: [image] } }),
        bad: validateResponse({ operationId: "listImages" }, { status: 200, body: { images: [{ ...image, status: 1 }] } }),
      };`;
    const html = `<!doctype html><script type="module" src="/page.js"></script>`;
    // No 'unsafe-eval': eval and new Function throw, as in edge runtimes.
    server = await serveFiles(
      { "/contract.js": { type: "text/javascript", body: js }, "/page.js": { type: "text/javascript", body: page } },
      { fallback: { type: "text/html", body: html }, headers: { "content-security-policy": "default-src 'self'; script-src 'self'" } },
    );
    origin = server.url;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("validates in headless Chromium under a CSP without unsafe-eval", async () => {
    const tab = await browser!.newPage();
    await tab.goto(origin);
    await tab.waitForFunction(() => "results" in window);
    const results = (await tab.evaluate(() => (window as unknown as { results: unknown }).results)) as {
      evalBlocked: boolean;
      good: unknown;
      bad: { errors: unknown[] };
    };
    expect(results.evalBlocked).toBe(true);
    expect(results.good).toEqual({ valid: true, errors: [], operationId: "listImages" });
    expect(results.bad.errors).toEqual([expect.objectContaining({ pointer: "/images/0/status", keyword: "type" })]);
    await tab.close();
  }, 30_000);

  it("validates in Node started with --disallow-code-generation-from-strings", () => {
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `
      const { validateResponse } = await import(${JSON.stringify(dist)});
      let blocked = false;
      try { new Function("return 1"); } catch { blocked = true; }
      const r = validateResponse({ operationId: "showJobProgress" }, { status: 200, body: { job_id: "j", status: 5 } });
      console.log(JSON.stringify({ blocked, pointers: r.errors.map((e) => e.pointer) }));`;
    const run = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ blocked: true, pointers: ["/status"] });
  }, 30_000);
});
