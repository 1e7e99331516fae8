// Servers that misbehave on purpose, on 127.0.0.1.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

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
