// Pages on which every request that leaves 127.0.0.1 (or the disk) is blocked and recorded.
import type { Browser, Page } from "playwright-core";

export { launchChromium as launch } from "@imsjs/browser-testing";

export interface OutsideRequest {
  url: string;
  type: string;
}

export async function offlinePage(browser: Browser): Promise<{ page: Page; outside: OutsideRequest[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside: OutsideRequest[] = [];
  await page.route("**/*", (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.hostname === "127.0.0.1" || url.protocol === "file:") return route.continue();
    outside.push({ url: request.url(), type: request.resourceType() });
    return route.abort();
  });
  return { page, outside };
}
