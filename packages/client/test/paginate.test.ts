import { describe, expect, it } from "vitest";
import { ImsError, ImsInvalidResponseError, paginate } from "../src/index.js";
import { fakeClient, jsonResponse } from "./support/fake.js";

const ids = (n: number, prefix = "i") => Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("marker/limit (listImages)", () => {
  const all = ids(7);
  const server = (req: Request) => {
    const q = new URL(req.url).searchParams;
    const limit = Number(q.get("limit"));
    const start = q.get("marker") ? all.indexOf(q.get("marker")!) + 1 : 0;
    return jsonResponse(200, { images: all.slice(start, start + limit).map((id) => ({ id })) });
  };

  it("follows the last ID as marker and stops on the short last page", async () => {
    const { client, seen } = fakeClient(server);
    const got = await collect(paginate(client, "/v2/cloudimages", { params: { query: { limit: 3, __imagetype: "private" } } }));
    expect(got.map((i) => i.id)).toEqual(all);
    expect(seen.map((s) => s.url.search)).toEqual([
      "?limit=3&__imagetype=private",
      "?limit=3&__imagetype=private&marker=i3",
      "?limit=3&__imagetype=private&marker=i6",
    ]);
  });

  it("when the last page is exactly full, one more (empty) page ends it", async () => {
    const { client, seen } = fakeClient(server);
    const got = await collect(paginate(client, "/v2/cloudimages", { params: { query: { limit: 7 } } }));
    expect(got).toHaveLength(7);
    expect(seen).toHaveLength(2);
  });

  it("without a limit it asks for the documented default (500), so a short page is surely the last", async () => {
    const { client, seen } = fakeClient(server);
    expect(await collect(paginate(client, "/v2/cloudimages"))).toHaveLength(7);
    expect(seen[0]?.url.searchParams.get("limit")).toBe("500");
    expect(seen).toHaveLength(1);
  });

  it("fetches pages lazily: breaking out early sends no further request", async () => {
    const { client, seen } = fakeClient(server);
    for await (const image of paginate(client, "/v2/cloudimages", { params: { query: { limit: 2 } } })) {
      if (image.id === "i2") break;
    }
    expect(seen).toHaveLength(1);
  });

  it("stops instead of looping when the server repeats a page (as a stateless mock does)", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(200, { images: [{ id: "x" }, { id: "y" }] }));
    const got = await collect(paginate(client, "/v2/cloudimages", { params: { query: { limit: 2 } } }));
    expect(got.map((i) => i.id)).toEqual(["x", "y"]);
    expect(seen).toHaveLength(2);
  });

  it("maxPages caps the number of requests", async () => {
    const { client, seen } = fakeClient(server);
    expect(await collect(paginate(client, "/v2/cloudimages", { params: { query: { limit: 1 } }, maxPages: 2 }))).toHaveLength(2);
    expect(seen).toHaveLength(2);
  });

  it("an error page is thrown as ImsError, even from a client that does not throw", async () => {
    const { client } = fakeClient(() => jsonResponse(400, { error: { code: "IMG.0024", message: "bad type" } }), { throwOnError: false });
    await expect(collect(paginate(client, "/v2/cloudimages"))).rejects.toMatchObject({ name: "ImsError", code: "IMG.0024", operationId: "listImages" });
    await expect(collect(paginate(client, "/v2/cloudimages"))).rejects.toBeInstanceOf(ImsError);
  });

  // openapi-fetch gives no data for an empty 2xx body; read as an empty page it ended the list
  // early, silently, with the rest of the images never fetched.
  it("an empty 200 body is an ImsInvalidResponseError, not the end of the list", async () => {
    let n = 0;
    const { client } = fakeClient(() => (n++ === 0 ? jsonResponse(200, { images: [{ id: "a" }, { id: "b" }] }) : new Response(null, { status: 200, headers: { "x-request-id": "req-empty" } })));
    const got: string[] = [];
    const error = await (async () => {
      for await (const image of paginate(client, "/v2/cloudimages", { params: { query: { limit: 2 } } })) got.push(image.id);
    })().catch((e: unknown) => e);
    expect(got).toEqual(["a", "b"]);
    expect(error).toBeInstanceOf(ImsInvalidResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "req-empty", context: { operationId: "listImages" } });
  });

  // The client no longer follows redirects, so a 3xx reaches paginate; it is not the last page.
  it("a redirect page is thrown as ImsError, not read as the end of the list", async () => {
    const { client } = fakeClient(() => new Response(null, { status: 302, headers: { location: "http://elsewhere.example/v2/cloudimages", "x-request-id": "req-302" } }), { throwOnError: false });
    await expect(collect(paginate(client, "/v2/cloudimages"))).rejects.toMatchObject({ name: "ImsError", status: 302, requestId: "req-302", operationId: "listImages" });
  });
});

describe("page/limit (listTags)", () => {
  const all = ids(5, "k.");
  const server = (req: Request) => {
    const q = new URL(req.url).searchParams;
    const limit = Number(q.get("limit") ?? all.length);
    const page = Number(q.get("page") ?? 1);
    return jsonResponse(200, { tags: all.slice((page - 1) * limit, page * limit) });
  };

  it("counts pages up from 1 until a short page", async () => {
    const { client, seen } = fakeClient(server);
    expect(await collect(paginate(client, "/v1/cloudimages/tags", { params: { query: { limit: 2 } } }))).toEqual(all);
    expect(seen.map((s) => s.url.searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("without a limit IMS sends everything at once: one request", async () => {
    const { client, seen } = fakeClient(server);
    expect(await collect(paginate(client, "/v1/cloudimages/tags"))).toEqual(all);
    expect(seen).toHaveLength(1);
  });

  // maxPages only ends the loop when the guard fails (a loop over answers that never yields to the
  // event loop would outlast the test's timeout).
  it("stops instead of looping when the server ignores page and repeats a page (as the stateless mock does)", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(200, { tags: ["a.1", "b.2", "c.3"] }));
    expect(await collect(paginate(client, "/v1/cloudimages/tags", { params: { query: { limit: 2 } }, maxPages: 20 }))).toEqual(["a.1", "b.2", "c.3"]);
    expect(seen.map((s) => s.url.searchParams.get("page"))).toEqual(["1", "2"]);
  });
});

describe("offset/limit in the body (listImageByTags)", () => {
  const all = ids(25, "r");
  const server = (_req: Request, body: string) => {
    const b = JSON.parse(body) as { offset: string; limit: string; action: string };
    expect(typeof b.offset).toBe("string");
    const offset = Number(b.offset);
    const page = all.slice(offset, offset + Number(b.limit));
    return jsonResponse(200, { resources: page.map((resource_id) => ({ resource_id })), total_count: all.length });
  };

  it("moves the offset by each page, as strings, and stops at total_count", async () => {
    const { client, seen } = fakeClient(server);
    const got = await collect(paginate(client, "/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: "10" } }));
    expect(got.map((r) => r.resource_id)).toEqual(all);
    expect(seen.map((s) => JSON.parse(s.body).offset)).toEqual(["0", "10", "20"]);
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual(Array(3).fill("POST /v2/p1/images/resource_instances/action"));
  });

  it("stops at total_count even when the last page is full", async () => {
    const { client, seen } = fakeClient(server);
    expect(await collect(paginate(client, "/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: "5" } }))).toHaveLength(25);
    expect(seen).toHaveLength(5);
  });

  it("stops instead of looping when the server ignores offset and repeats a page", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(200, { resources: [{ resource_id: "a" }, { resource_id: "b" }] }));
    const got = await collect(paginate(client, "/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: "2" }, maxPages: 20 }));
    expect(got.map((r) => r.resource_id)).toEqual(["a", "b"]);
    expect(seen.map((s) => JSON.parse(s.body).offset)).toEqual(["0", "2"]);
  });

  it("does not yield a repeated page even when total_count says it would be the last", async () => {
    const { client, seen } = fakeClient(() => jsonResponse(200, { resources: [{ resource_id: "a" }, { resource_id: "b" }], total_count: 3 }));
    const got = await collect(paginate(client, "/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: "2" }, maxPages: 20 }));
    expect(got.map((r) => r.resource_id)).toEqual(["a", "b"]);
    expect(seen).toHaveLength(2);
  });
});

describe("page_info.next_marker (listImageMembers)", () => {
  const all = ids(5, "m");
  const server = (req: Request) => {
    const q = new URL(req.url).searchParams;
    const start = q.get("marker") ? all.indexOf(q.get("marker")!) : 0;
    const page = all.slice(start, start + 2);
    const next = all[start + 2];
    return jsonResponse(200, {
      members: page.map((member_id) => ({ member_id })),
      page_info: { current_count: page.length, ...(next ? { next_marker: next } : {}) },
    });
  };

  it("passes next_marker back as marker until it is missing", async () => {
    const { client, seen } = fakeClient(server);
    const got = await collect(
      paginate(client, "/v1/{project_id}/cloudimages/{image_id}/members", { params: { path: { image_id: "33ad552d-1149-471c-8190-ff6776174a00" } } }),
    );
    expect(got.map((m) => m.member_id)).toEqual(all);
    expect(seen.map((s) => s.url.searchParams.get("marker"))).toEqual([null, "m3", "m5"]);
  });
});

describe("next links (OpenStack GET /v2/images)", () => {
  const all = ids(5, "g");
  const server = (req: Request) => {
    const q = new URL(req.url).searchParams;
    const start = q.get("marker") ? all.indexOf(q.get("marker")!) + 1 : 0;
    const page = all.slice(start, start + 2);
    const more = start + 2 < all.length;
    return jsonResponse(200, {
      images: page.map((id) => ({ id })),
      first: "/v2/images?limit=2",
      ...(more ? { next: `/v2/images?limit=2&status=active&marker=${page[page.length - 1]}` } : {}),
    });
  };

  it("follows next until the last page has none", async () => {
    const { client, seen } = fakeClient(server);
    const got = await collect(paginate(client, "/v2/images", { params: { query: { limit: 2, status: "active" } } }));
    expect(got.map((i) => i.id)).toEqual(all);
    expect(seen.map((s) => s.url.search)).toEqual(["?limit=2&status=active", "?limit=2&status=active&marker=g2", "?limit=2&status=active&marker=g4"]);
  });

  // The reference's next link repeats every filter ("/v2/images?__isregistered=true&marker=…&__imagetype=gold&limit=2");
  // one that left a filter out made every later page unfiltered.
  it("keeps the first request's filters on every page, even those a next link leaves out", async () => {
    const { client, seen } = fakeClient((req) => {
      const marker = new URL(req.url).searchParams.get("marker");
      return marker
        ? jsonResponse(200, { images: [{ id: "g3" }] })
        : jsonResponse(200, { images: [{ id: "g1" }, { id: "g2" }], next: "/v2/images?marker=g2&limit=2" });
    });
    const got = await collect(paginate(client, "/v2/images", { params: { query: { __imagetype: "gold", __isregistered: "true", limit: 2 } } }));
    expect(got.map((i) => i.id)).toEqual(["g1", "g2", "g3"]);
    const second = seen[1]!.url.searchParams;
    expect([second.get("__imagetype"), second.get("__isregistered"), second.get("marker"), second.get("limit")]).toEqual(["gold", "true", "g2", "2"]);
  });
});
