import { createImsClient } from "@imsjs/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { allowOfflineGlobals, useOfflineGlobals } from "../src/http/offline.js";
import { OfflineHeaders } from "../src/http/offline-headers.js";
import { OfflineRequest, type OfflineRequestInit } from "../src/http/offline-request.js";

// The dry run's stand-ins must observe exactly what undici's Request and Headers do: every case
// below runs through both and compares what the client, the signer and the printer read.

type HeadersInit = ConstructorParameters<typeof Headers>[0];

function outcome<T>(make: () => T): { ok: T } | { error: string } {
  try {
    return { ok: make() };
  } catch (err) {
    return { error: (err as Error).constructor.name };
  }
}

const headerInputs: [string, () => HeadersInit][] = [
  ["a record with mixed case", () => ({ "Content-Type": "application/json", "X-Auth-Token": "t" })],
  ["pairs with a repeated name", () => [["Accept", "a"], ["accept", "b"], ["X-B", "1"], ["x-a", "2"]]],
  ["values with edge whitespace", () => ({ "x-pad": " \t v a l \t ", "x-empty": "" })],
  ["set-cookie kept apart", () => [["Set-Cookie", "a=1"], ["set-cookie", "b=2"], ["x-y", "z"]]],
  ["names with digits and underscores", () => ({ "x_9": "1", "x1": "2", "x-a": "3", "X_a": "4" })],
  ["latin-1 value", () => ({ "x-l": "caf\u00e9" })],
  ["an invalid name", () => ({ "bad name": "v" })],
  ["a value with a newline inside", () => ({ "x-nl": "a\nb" })],
  ["a value outside latin-1", () => ({ "x-u": "\u20ac" })],
  ["a pair of three", () => [["a", "b", "c"]] as unknown as HeadersInit],
];

const entriesOf = (h: { forEach(cb: (v: string, k: string) => void): void }): [string, string][] => {
  const out: [string, string][] = [];
  h.forEach((v, k) => out.push([k, v]));
  return out;
};

describe("OfflineHeaders", () => {
  it.each(headerInputs)("matches Headers for %s", (_, init) => {
    const real = outcome(() => new Headers(init()));
    const offline = outcome(() => new OfflineHeaders(init() as never));
    if ("error" in real) {
      expect(offline).toEqual({ error: "TypeError" });
      return;
    }
    expect("ok" in offline).toBe(true);
    const o = (offline as { ok: OfflineHeaders }).ok;
    expect(entriesOf(o)).toEqual(entriesOf(real.ok));
    expect([...o]).toEqual([...real.ok]);
    expect([...o.keys()]).toEqual([...real.ok.keys()]);
    expect([...o.values()]).toEqual([...real.ok.values()]);
    for (const name of ["accept", "ACCEPT", "content-type", "x-pad", "set-cookie", "missing"]) {
      expect(o.get(name)).toBe(real.ok.get(name));
      expect(o.has(name)).toBe(real.ok.has(name));
    }
    expect(o.getSetCookie()).toEqual(real.ok.getSetCookie());
  });

  it("matches Headers through set, append and delete, and copies another Headers", () => {
    const real = new Headers({ a: "1" });
    const offline = new OfflineHeaders({ a: "1" });
    for (const h of [real, offline]) {
      h.append("B", "2");
      h.append("b", " 3 ");
      h.set("A", "4");
      h.delete("c");
      h.set("C", "5");
      h.delete("C");
    }
    expect(entriesOf(offline)).toEqual(entriesOf(real));
    expect(entriesOf(new OfflineHeaders(offline))).toEqual(entriesOf(new Headers(real)));
    expect(() => offline.set("x y", "1")).toThrow(TypeError);
    expect(() => offline.append("x", "a\rb")).toThrow(TypeError);
    expect(Object.prototype.toString.call(offline)).toBe("[object Headers]");
  });
});

const requestInputs: [string, string, OfflineRequestInit | undefined][] = [
  ["a plain GET", "http://127.0.0.1:1/v2/cloudimages?limit=5", undefined],
  ["a URL that needs normalising", "HTTP://Example.COM:80/a/../b/%7e?q=a b&r=ü#frag", { method: "get" }],
  ["a lower-case post with a JSON string", "http://h/x", { method: "post", headers: { "Content-Type": "application/json" }, body: '{"name":"ü"}' }],
  ["a string body without a type", "http://h/x", { method: "PUT", body: "text ✓" }],
  ["bytes", "http://h/x", { method: "POST", body: new Uint8Array([1, 2, 3, 250]) }],
  ["a view into a larger buffer", "http://h/x", { method: "POST", body: new Uint8Array([9, 1, 2, 9]).subarray(1, 3) }],
  ["an ArrayBuffer", "http://h/x", { method: "POST", body: new Uint8Array([7, 8]).buffer }],
  ["URLSearchParams", "http://h/x", { method: "POST", body: new URLSearchParams({ a: "1 2", b: "ü" }) }],
  ["PATCH kept as given", "http://h/x", { method: "PATCH", headers: [["content-type", "application/openstack-images-v2.1-json-patch"]], body: "[]" }],
  ["a custom method kept as given", "http://h/x", { method: "Purge" }],
  ["delete in lower case", "http://h/x", { method: "delete" }],
  ["a GET with a body", "http://h/x", { method: "GET", body: "x" }],
  ["a HEAD with a body", "http://h/x", { method: "HEAD", body: "x" }],
  ["a forbidden method", "http://h/x", { method: "CONNECT" }],
  ["an invalid method", "http://h/x", { method: "GE T" }],
  ["a relative URL", "/v2/cloudimages", undefined],
  ["a URL with credentials", "http://user:pw@h/x", undefined],
  ["redirect manual", "http://h/x", { redirect: "manual" }],
];

async function observe(make: () => Request | OfflineRequest) {
  const made = outcome(make);
  if ("error" in made) return made;
  const r = made.ok;
  const hasBody = r.body !== null;
  const clone = r.clone();
  const bytes = new Uint8Array(await r.arrayBuffer());
  return {
    url: r.url,
    method: r.method,
    headers: entriesOf(r.headers),
    redirect: r.redirect,
    hasBody,
    bytes: [...bytes],
    cloneText: await clone.text(),
    used: r.bodyUsed,
  };
}

describe("OfflineRequest", () => {
  it.each(requestInputs)("matches Request for %s", async (_, url, init) => {
    const real = await observe(() => new Request(url, init as RequestInit));
    const offline = await observe(() => new OfflineRequest(url, init));
    expect(offline).toEqual(real);
  });

  it("a Request made from another takes its body, as fetch's does", async () => {
    const real = new Request("http://h/x", { method: "POST", body: "abc", headers: { "x-a": "1" } });
    const offline = new OfflineRequest("http://h/x", { method: "POST", body: "abc", headers: { "x-a": "1" } });
    const realCopy = new Request(real, { headers: { "x-b": "2" } });
    const offlineCopy = new OfflineRequest(offline, { headers: { "x-b": "2" } });
    expect(await observe(() => offlineCopy)).toEqual(await observe(() => realCopy));
    expect(offline.bodyUsed).toBe(real.bodyUsed);
    await expect(offline.text()).rejects.toThrow(TypeError);
    expect(() => offline.clone()).toThrow(TypeError);
  });

  it("exposes the body as a stream of the same bytes, and the caller's signal", async () => {
    const ctl = new AbortController();
    const offline = new OfflineRequest("http://h/x", { method: "POST", body: "stream me", signal: ctl.signal });
    expect(await new Response(offline.body).text()).toBe("stream me");
    ctl.abort();
    expect(offline.signal.aborted).toBe(true);
    expect(new OfflineRequest("http://h/x").signal.aborted).toBe(false);
    expect(Object.prototype.toString.call(offline)).toBe("[object Request]");
  });

  it("refuses a body it could not print exactly", () => {
    expect(() => new OfflineRequest("http://h/x", { method: "POST", body: new Blob(["x"]) as never })).toThrow(/dry run cannot show a body/);
  });
});

// The whole client path, AK/SK signing included, once with fetch's own globals and once with the
// stand-ins the binary installs for --dry-run: what reaches the transport must be identical.
describe("the client with the dry run's globals", () => {
  const names = ["Request", "Headers", "FormData", "fetch"] as const;
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)] as const);
  afterEach(() => {
    for (const [n, d] of saved) if (d) Object.defineProperty(globalThis, n, d);
    vi.useRealTimers();
  });

  async function capture(credentials: Parameters<typeof createImsClient>[0]["credentials"], call: (c: ReturnType<typeof createImsClient>) => Promise<unknown>) {
    vi.useFakeTimers({ now: new Date("2026-01-02T03:04:05Z"), toFake: ["Date"] });
    let seen: { method: string; url: string; headers: [string, string][]; body: string } | undefined;
    const client = createImsClient({
      endpoint: "http://127.0.0.1:9",
      projectId: "0b1e494e2660441a957313163095fe5c",
      credentials,
      retry: false,
      fetch: async (r) => {
        seen = { method: r.method, url: r.url, headers: entriesOf(r.headers), body: r.body === null ? "" : await r.text() };
        throw new Error("captured");
      },
    });
    await expect(call(client)).rejects.toThrow();
    return seen;
  }

  const calls: [string, (c: ReturnType<typeof createImsClient>) => Promise<unknown>][] = [
    ["a GET with a query", (c) => c.GET("/v2/cloudimages", { params: { query: { __imagetype: "private", name: "a b/ü", limit: 5 } } })],
    ["a POST with a JSON body", (c) => c.POST("/v2/cloudimages/action", { body: { name: "wéb", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a" } })],
    ["a project-scoped GET", (c) => c.GET("/v2/{project_id}/images/{image_id}/tags", { params: { path: { image_id: "4a5c4e3e" } } })],
  ];

  it.each(calls)("sends the same request for %s, AK/SK signature included", async (_, call) => {
    for (const credentials of [{ ak: "AKEXAMPLE", sk: "sk-SECRET-abcdefghijklmnop", securityToken: "st-SECRET" }, { token: "MIIZ-token-SECRET" }]) {
      const real = await capture(credentials, call);
      allowOfflineGlobals();
      expect(useOfflineGlobals()).toBe(true);
      expect(globalThis.Request).toBe(OfflineRequest);
      const offline = await capture(credentials, call);
      for (const [n, d] of saved) if (d) Object.defineProperty(globalThis, n, d);
      expect(real?.headers.map(([k]) => k)).toContain("user-agent");
      expect(offline).toEqual(real);
    }
  });

  it("the fetch the stand-ins leave in place never sends", async () => {
    allowOfflineGlobals();
    useOfflineGlobals();
    await expect(fetch("http://127.0.0.1:9/")).rejects.toThrow(/dry run: nothing is sent/);
    expect(() => new FormData()).toThrow(TypeError);
  });
});
