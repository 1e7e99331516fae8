// The built reference and landing page in headless Chromium, served from 127.0.0.1.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationsOf } from "../src/decorate.mjs";
import { publicPackages } from "../src/landing.mjs";
import { launch, offlinePage, type OutsideRequest } from "./support/browser.js";
import { serve, type StaticServer } from "./support/serve.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(appDir, "dist");
const results = path.join(appDir, "test-results");

let server: StaticServer;
let browser: Browser;
let spec: Parameters<typeof operationsOf>[0] & { info: { title: string } };

beforeAll(async () => {
  spec = JSON.parse(await readFile(path.join(dist, "openapi.json"), "utf8"));
  await mkdir(results, { recursive: true });
  server = await serve(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Redoc 3 routes operations as `#/<tag slug>/<operationId in lower case>`. */
function hashOf(tag: string, operationId: string): string {
  return `#/${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}/${operationId.toLowerCase()}`;
}

describe("API reference", () => {
  let page: Page;
  let outside: OutsideRequest[];

  beforeAll(async () => {
    ({ page, outside } = await offlinePage(browser));
    await page.goto(`${server.url}/reference.html`);
    await page.getByText(spec.info.title).first().waitFor();
  });

  it("renders the page of every operation, showing its operationId", async () => {
    const operations = operationsOf(spec);
    expect(operations.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { operation } of operations) {
      const id = operation.operationId!;
      const tag = (operation.tags as string[] | undefined)?.[0] ?? "default";
      await page.evaluate((hash) => (window.location.hash = hash), hashOf(tag, id));
      const shown = page.getByText(`Operation ID: ${id}`, { exact: true });
      await shown.first().waitFor({ timeout: 15000 }).catch(() => missing.push(id));
    }
    expect(missing).toEqual([]);
  });

  // Today's API Gateway statuses: every operation lists them, and the samples show the gateway's bodies.
  it("lists 429, 502 and 504 under every operation's responses and shows the gateway's example bodies", async () => {
    const lacking: string[] = [];
    for (const { method, path: route, operation } of operationsOf(spec)) {
      const id = operation.operationId!;
      const tag = (operation.tags as string[] | undefined)?.[0] ?? "default";
      await page.evaluate((hash) => (window.location.hash = hash), hashOf(tag, id));
      // Redoc renders an operation's parts one after another: look again until all are there.
      const missing = async (): Promise<string[]> => {
        const own = page.locator("div").filter({ has: page.getByText(`Operation ID: ${id}`, { exact: true }) }).filter({ hasText: "Responses" }).last();
        const text = await own.innerText({ timeout: 1000 }).catch(() => "");
        const shown = text.slice(text.lastIndexOf("Responses"));
        return [
          ...["429", "502", "504"].filter((code) => !new RegExp(`^${code}$`, "m").test(shown)).map((code) => `${id} ${code}`),
          ...(text.includes(`${method.toUpperCase()}\n${route}`) ? [] : [`${id} ${method} ${route}`]),
        ];
      };
      // The first operation that lacks something is reported (waiting on each would outlast the test).
      const ok = await expect.poll(missing, { timeout: 15000 }).toEqual([]).then(() => true, () => false);
      if (!ok) {
        lacking.push(...(await missing()));
        break;
      }
    }
    expect(lacking).toEqual([]);

    await page.evaluate((hash) => (window.location.hash = hash), hashOf("Images", "listImages"));
    const own = page.locator("div").filter({ has: page.getByText("Operation ID: listImages", { exact: true }) }).filter({ hasText: "Responses" }).last();
    for (const [code, message] of [["429", "APIGW.0308"], ["502", "Backend unavailable."], ["504", "Backend timeout."]] as const) {
      await own.getByText(code, { exact: true }).last().click();
      await own.getByText(`"${message}`).first().waitFor({ timeout: 15000 });
    }
  });

  // Redoc does not show `x-extensible-enum`: the known values of a server-controlled field must be
  // in its description, as in the generated types.
  it("shows the known values of a server-controlled field (a job's status)", async () => {
    const known = (spec as unknown as { components: { schemas: Record<string, { "x-extensible-enum"?: string[] }> } }).components.schemas["JobStatus"]?.["x-extensible-enum"];
    expect(known?.length).toBeGreaterThan(1);
    await page.evaluate((hash) => (window.location.hash = hash), hashOf("Jobs", "showJobProgress"));
    await page.getByText("Operation ID: showJobProgress", { exact: true }).first().waitFor();
    await page.getByText(`Known values: ${known!.join(", ")} (others may appear).`).first().waitFor({ timeout: 15000 });
  });

  // The sidebar's hrefs are root-relative (see the README); what a reader can share is the hash URL
  // a click leaves in the address bar, which must reload to the same page.
  it("leaves a hash URL in the address bar on a sidebar click, which reloads to that page", async () => {
    const { page: tab } = await offlinePage(browser);
    try {
      await tab.goto(`${server.url}/reference.html`);
      await tab.getByText(spec.info.title).first().waitFor();
      await tab.locator('[data-component-name="Menu/MenuItem"] a', { hasText: "Jobs" }).first().click();
      await expect.poll(() => tab.url(), { timeout: 15000 }).toBe(`${server.url}/reference.html#/jobs`);
      await tab.reload();
      await tab.getByText("Operation ID: showJobProgress", { exact: true }).first().waitFor({ timeout: 15000 });
    } finally {
      await tab.close();
    }
  });

  it("finds createImage with the search box and opens it", async () => {
    const create = operationsOf(spec).find((o) => o.operation.operationId === "createImage");
    expect(create).toBeDefined();
    const box = page.getByPlaceholder("Search docs...");
    const hit = page.locator('[data-component-name="Search/SearchItem"]', { hasText: create!.path });
    // On a loaded machine Redoc is slow on every step: the shortcut is only heard once it has
    // hydrated, its search index is built after the box appears (a query typed before is never run
    // again), and the box can close meanwhile. So open it and type the query again until the hit shows.
    await expect
      .poll(
        async () => {
          if (await hit.first().isVisible()) return true;
          if (!(await box.isVisible())) await page.keyboard.press("Control+k");
          await box.fill("", { timeout: 1000 }).catch(() => undefined);
          await box.fill("createImage", { timeout: 1000 }).catch(() => undefined);
          return hit.first().isVisible();
        },
        { timeout: 60000, interval: 1000 },
      )
      .toBe(true);
    expect(await hit.first().innerText()).toContain(create!.method.toUpperCase());
    await page.screenshot({ path: path.join(results, "reference-search.png") });
    await hit.first().click();
    await page.getByText("Operation ID: createImage", { exact: true }).first().waitFor();
  });

  // Anything fetched from the internet, even Redocly's badge image, fails offline and tells a
  // third party who reads the docs.
  it("loads nothing from outside 127.0.0.1", async () => {
    await page.goto(`${server.url}/reference.html${hashOf("Images", "createImage")}`);
    await page.getByText("Operation ID: createImage").first().waitFor();
    await page.screenshot({ path: path.join(results, "reference.png") });
    expect(outside).toEqual([]);
  });

  it("works from disk (file://) with no request leaving the file and no console error", async () => {
    const { page: tab, outside: away } = await offlinePage(browser);
    const errors: string[] = [];
    tab.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    tab.on("pageerror", (e) => void errors.push(e.message));
    try {
      await tab.goto(`${pathToFileURL(path.join(dist, "reference.html")).href}${hashOf("Jobs", "showJobProgress")}`);
      await tab.getByText("Operation ID: showJobProgress", { exact: true }).first().waitFor({ timeout: 15000 });
      await tab.getByText("API docs by").first().waitFor();
      expect(away.filter((r) => !r.url.startsWith("file:"))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

// The spec's text is Markdown for Redoc; HTML written into it must show as text, not become
// elements of the page (nor fetch anything), while Markdown itself still renders.
describe("API reference built from a spec whose text holds HTML", () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "imsjs-docs-hostile-"));
    const hostile = structuredClone(spec) as typeof spec & { paths: Record<string, Record<string, { description?: string }>> };
    hostile.paths["/v2/cloudimages"]!["get"]!.description =
      'Lists **images**. <b id="injected">bold</b> <iframe id="framed" src="https://example.com/frame"></iframe> ' +
      "Use `<image_id>` here; a name is < 128 characters & ![pixel](https://example.com/pixel.png)";
    await writeFile(path.join(work, "spec.json"), JSON.stringify(hostile));
    const script = path.join(appDir, "scripts/build.mjs");
    await promisify(execFile)(process.execPath, [script, "--spec", path.join(work, "spec.json"), "--out", path.join(work, "dist")]);
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("shows the HTML as text and renders the Markdown", async () => {
    const { page: tab, outside: away } = await offlinePage(browser);
    try {
      await tab.goto(`${pathToFileURL(path.join(work, "dist/reference.html")).href}${hashOf("Images", "listImages")}`);
      await tab.getByText("Operation ID: listImages", { exact: true }).first().waitFor({ timeout: 15000 });
      const description = tab.locator("p", { hasText: "Lists images." }).first();
      await description.waitFor();
      expect(await description.innerText()).toContain('<b id="injected">bold</b> <iframe id="framed"');
      expect(await description.innerText()).toContain("a name is < 128 characters &");
      expect(await tab.locator("#injected, iframe, img[src*='example.com']").count()).toBe(0);
      expect(await description.locator("strong").innerText()).toBe("images");
      expect(await description.locator("code").innerText()).toBe("<image_id>");
      expect(away.filter((r) => !r.url.startsWith("file:"))).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe("landing page", () => {
  it("has the quick start, every public package, and a link to the reference", async () => {
    const { page, outside } = await offlinePage(browser);
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator("#quick-start pre").count()).toBeGreaterThan(1);
    expect(await page.locator("#quick-start").innerText()).toContain("pnpm start");
    expect(await page.locator("#quick-start").innerText()).toContain("createImsClient");

    const listed = await page.locator("#packages tbody td:first-child").allInnerTexts();
    const packages = await publicPackages(path.resolve(appDir, "../.."));
    expect(listed).toEqual(packages.map((p) => p.name));

    await page.screenshot({ path: path.join(results, "landing.png"), fullPage: true });
    await page.locator("#reference-link").click();
    await page.getByText(spec.info.title).first().waitFor();
    expect(page.url()).toBe(`${server.url}/reference.html`);
    expect(outside).toEqual([]);
    await page.close();
  });
});
