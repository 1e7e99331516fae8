// Debian's Chromium driven by playwright-core (no browser download), with every request that
// leaves 127.0.0.1 blocked and recorded.
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OutsideRequest {
  url: string;
  type: string;
}

export async function offlinePage(browser: Browser): Promise<{ page: Page; outside: OutsideRequest[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside: OutsideRequest[] = [];
  await page.route("**/*", (route) => {
    const request = route.request();
    if (new URL(request.url()).hostname === "127.0.0.1") return route.continue();
    outside.push({ url: request.url(), type: request.resourceType() });
    return route.abort();
  });
  return { page, outside };
}
