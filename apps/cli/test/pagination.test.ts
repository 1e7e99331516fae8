import { afterEach, describe, expect, it } from "vitest";
import { baseEnv, ims, imsInProcess } from "./support/run.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const env = (url: string): Record<string, string> =>
  baseEnv({ IMS_ENDPOINT: url, IMS_TOKEN: "tok-pages-1234", HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c" });
const IDS = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

/** listImages as IMS pages it: `limit` images after `marker`. */
function pagedImages(req: { url: URL }): { body: unknown } {
  const limit = Number(req.url.searchParams.get("limit") ?? 500);
  const marker = req.url.searchParams.get("marker");
  const start = marker ? IDS.indexOf(marker) + 1 : 0;
  return { body: { images: IDS.slice(start, start + limit).map((id) => ({ id, name: `img-${id.slice(-1)}`, status: "active" })) } };
}

describe("images list --all", () => {
  it("follows the marker page by page until a short page", async () => {
    server = await fakeIms(pagedImages);
    const r = await ims(["images", "list", "--all", "--limit", "3", "--type", "private", "-q", "[].id"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(IDS);
    expect(server.requests.map((q) => q.url.search)).toEqual([
      "?__imagetype=private&limit=3",
      `?__imagetype=private&limit=3&marker=${IDS[2]}`,
      `?__imagetype=private&limit=3&marker=${IDS[5]}`,
    ]);
  });

  it("stops when the server repeats a page instead of advancing", async () => {
    server = await fakeIms(() => ({ body: { images: IDS.slice(0, 2).map((id) => ({ id, name: "x", status: "active" })) } }));
    const r = await ims(["images", "list", "--all", "--limit", "2", "-o", "tsv", "-q", "[].id"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${IDS[0]}\n${IDS[1]}\n`);
    expect(server.requests).toHaveLength(2);
  });

  it("without --all asks for one page only", async () => {
    server = await fakeIms(pagedImages);
    const r = await ims(["images", "list", "--limit", "3", "--marker", IDS[0]!, "-q", "[].id"], { env: env(server.url) });
    expect(JSON.parse(r.stdout)).toEqual(IDS.slice(1, 4));
    expect(server.requests).toHaveLength(1);
  });

  it("a full page on a terminal says how to get the next one", async () => {
    server = await fakeIms(pagedImages);
    const full = await imsInProcess(["images", "list", "--limit", "3", "-o", "json"], { env: env(server.url), stderrIsTTY: true });
    expect(full.stderr).toBe(`More images may follow: add --all, or --marker ${IDS[2]} for the next page.\n`);
    const last = await imsInProcess(["images", "list", "--limit", "3", "--marker", IDS[4]!, "-o", "json"], { env: env(server.url), stderrIsTTY: true });
    expect(last.stderr).toBe("");
  });

  it("--all and --marker do not go together", async () => {
    const r = await ims(["images", "list", "--all", "--marker", "x"], { env: env("http://127.0.0.1:1") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/option '--all' cannot be used with option '--marker <image-id>'/);
  });
});

describe("images share list --all", () => {
  it("follows page_info.next_marker", async () => {
    const members = ["p1", "p2", "p3", "p4", "p5"].map((m) => ({ member_id: m, status: "accepted", member_type: "project" }));
    server = await fakeIms((req) => {
      const marker = req.url.searchParams.get("marker");
      const start = marker ? members.findIndex((m) => m.member_id === marker) + 1 : 0;
      const page = members.slice(start, start + 2);
      const next = start + 2 < members.length ? page[page.length - 1]?.member_id : undefined;
      return { body: { members: page, page_info: { current_count: page.length, ...(next ? { next_marker: next } : {}) } } };
    });
    const r = await ims(["images", "share", "list", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--all", "--limit", "2", "-q", "[].member_id"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(["p1", "p2", "p3", "p4", "p5"]);
    expect(server.requests.map((q) => q.url.searchParams.get("marker"))).toEqual([null, "p2", "p4"]);
    expect(server.requests[0]?.url.pathname).toBe("/v1/0b1e494e2660441a957313163095fe5c/cloudimages/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d/members");
  });

  it("one page on a terminal says how to get the next one, whatever the output format", async () => {
    const IMAGE = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";
    server = await fakeIms((req) => {
      const marker = req.url.searchParams.get("marker");
      // The first page as the reference shows page_info, the second as API Explorer does (a list of one); the last has none.
      if (!marker) return { body: { members: [{ member_id: "p1", status: "accepted" }], page_info: { next_marker: "bWFya2VyLTI=" } } };
      if (marker === "bWFya2VyLTI=") return { body: { members: [{ member_id: "p2", status: "pending" }], page_info: [{ next_marker: "bWFya2VyLTM=" }] } };
      return { body: { members: [{ member_id: "p3", status: "pending" }], page_info: { current_count: 1 } } };
    });
    const hint = (m: string): string => `More members follow: add --all, or --marker ${m} for the next page.\n`;
    for (const format of ["json", "table", "tsv", "yaml"]) {
      const first = await imsInProcess(["images", "share", "list", IMAGE, "-o", format], { env: env(server.url), stderrIsTTY: true });
      expect([first.code, first.stderr], format).toEqual([0, hint("bWFya2VyLTI=")]);
    }
    const second = await imsInProcess(["images", "share", "list", IMAGE, "--marker", "bWFya2VyLTI=", "-o", "json"], { env: env(server.url), stderrIsTTY: true });
    expect(second.stderr).toBe(hint("bWFya2VyLTM="));
    const last = await imsInProcess(["images", "share", "list", IMAGE, "--marker", "bWFya2VyLTM=", "-o", "json"], { env: env(server.url), stderrIsTTY: true });
    expect([last.code, last.stderr]).toEqual([0, ""]);
    // In a pipe, scripts read stdout only, as with images list.
    const piped = await ims(["images", "share", "list", IMAGE], { env: env(server.url) });
    expect([piped.code, piped.stderr, JSON.parse(piped.stdout)]).toEqual([0, "", [{ member_id: "p1", status: "accepted" }]]);
  });
});
