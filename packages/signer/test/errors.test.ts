import { inspect } from "node:util";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import * as browser from "../src/browser/index.js";
import { createSignerMiddleware, sign, SignerError, signSync, type Credentials, type SignOptions, type SignRequest } from "../src/index.js";

const SK = "SUPER-SECRET-SK-4d9f1c";
const TOKEN = "SUPER-SECRET-TOKEN-8e2a7b";
const good: Credentials = { ak: "HPUAEXAMPLEAK0000001", sk: SK, securityToken: TOKEN };
const url = "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages";
const get: SignRequest = { method: "GET", url };

type Case = [string, SignRequest, unknown, SignOptions, SignerError["code"], string];
const cases: Case[] = [
  ["missing AK", get, { sk: SK }, {}, "INVALID_CREDENTIALS", "credentials.ak"],
  ["missing credentials", get, undefined, {}, "INVALID_CREDENTIALS", "credentials.ak"],
  ["empty SK", get, { ak: "AK", sk: "" }, {}, "INVALID_CREDENTIALS", "credentials.sk"],
  ["SK not a string", get, { ak: "AK", sk: 42 }, {}, "INVALID_CREDENTIALS", "credentials.sk"],
  ["AK with a line break", get, { ak: "AK\r\nX-Evil: 1", sk: SK }, {}, "INVALID_CREDENTIALS", "credentials.ak"],
  ["token with a line break", get, { ...good, securityToken: `${TOKEN}\n` }, {}, "INVALID_CREDENTIALS", "credentials.securityToken"],
  ["header name with a space", { ...get, headers: { "X Bad": "v" } }, good, {}, "INVALID_HEADER", "headers"],
  ["header name __proto__", { ...get, headers: JSON.parse('{"__proto__":"v"}') }, good, {}, "INVALID_HEADER", "headers"],
  // An own toJSON would shadow the hook that redacts X-Security-Token from JSON.stringify.
  ["header name toJSON", { ...get, headers: { toJSON: "v" } }, good, {}, "INVALID_HEADER", "headers"],
  ["header value with LF", { ...get, headers: { "X-Token": `${TOKEN}\nX-Evil: 1` } }, good, {}, "INVALID_HEADER", "headers.X-Token"],
  ["header value above U+00FF", { ...get, headers: { "X-Name": "镜像" } }, good, {}, "INVALID_HEADER", "headers.X-Name"],
  ["header value not a string", { ...get, headers: { "X-Limit": 5 as unknown as string } }, good, {}, "INVALID_HEADER", "headers.X-Limit"],
  ["lone surrogate in the URL", { ...get, url: `${url}/\ud800` }, good, {}, "INVALID_REQUEST", "url"],
  ["lone low surrogate in the query", { ...get, url: `${url}?name=\udc00x` }, good, {}, "INVALID_REQUEST", "url"],
  ["relative URL", { ...get, url: "/v2/cloudimages" }, good, {}, "INVALID_REQUEST", "url"],
  ["URL not a string", { ...get, url: 42 as unknown as string }, good, {}, "INVALID_REQUEST", "url"],
  ["method not a token", { ...get, method: "GE T" }, good, {}, "INVALID_REQUEST", "method"],
  // The types exclude these; the method is the first of the request's fields checked.
  ["request missing", undefined as never, good, {}, "INVALID_REQUEST", "method"],
  ["request null", null as never, good, {}, "INVALID_REQUEST", "method"],
  ["body of the wrong type", { ...get, method: "POST", body: { name: "x" } as unknown as string }, good, {}, "INVALID_REQUEST", "body"],
  ["unsupported algorithm", get, good, { algorithm: "AWS4-HMAC-SHA256" as never }, "UNSUPPORTED_ALGORITHM", "options.algorithm"],
  ["V11 without a region", get, good, { algorithm: "V11-HMAC-SHA256", service: "ims" }, "INVALID_OPTION", "options.region"],
  ["V11 without a service", get, good, { algorithm: "V11-HMAC-SHA256", region: "ap-southeast-1" }, "INVALID_OPTION", "options.service"],
  ["invalid date", get, good, { date: new Date("not a date") }, "INVALID_OPTION", "options.date"],
  ["date as a string", get, good, { date: "2026-11-27" as never }, "INVALID_OPTION", "options.date"],
  ["signedHeaders naming an absent header", get, good, { signedHeaders: ["X-Missing"] }, "INVALID_OPTION", "options.signedHeaders"],
  ["signedHeaders naming an invalid token", get, good, { signedHeaders: ["X Bad"] }, "INVALID_OPTION", "options.signedHeaders"],
];

const detached = () => {
  const buffer = new ArrayBuffer(4);
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
};

// Typed by the main entry, `sign` and `signSync` alike. The browser entry, at its size budget, leaves
// these to the platform (a TypeError, or for Host: it signs the URL's host, which is all a browser
// can send); see the README, "Two entry points".
const mainEntryOnly: Case[] = [
  // fetch sends the URL's host instead, so a signature over this one could never verify.
  ["a Host other than the URL's", { ...get, headers: { Host: "ims.example.com" } }, good, {}, "INVALID_HEADER", "headers.Host"],
  ["two Hosts (fetch would join them)", { ...get, headers: new Headers([["Host", new URL(url).host], ["host", new URL(url).host]]) }, good, {}, "INVALID_HEADER", "headers.host"],
  ["two Hosts as two record keys", { ...get, headers: { Host: new URL(url).host, host: new URL(url).host } }, good, {}, "INVALID_HEADER", "headers.host"],
  ["options null", get, good, null as never, "INVALID_OPTION", "options"],
  ["date as a number", get, good, { date: Date.now() as never }, "INVALID_OPTION", "options.date"],
  ["date with getTime but no toISOString", get, good, { date: { getTime: () => 1e12 } as never }, "INVALID_OPTION", "options.date"],
  ["signedHeaders not an array", get, good, { signedHeaders: "host" as never }, "INVALID_OPTION", "options.signedHeaders"],
  // fetch and Web Crypto refuse shared memory (signSync used to sign it).
  ["body a view on a SharedArrayBuffer", { ...get, method: "POST", body: new Uint8Array(new SharedArrayBuffer(4)) }, good, {}, "INVALID_REQUEST", "body"],
  // Transferred away: Node's Request refuses it too. (Web Crypto and browsers read it as empty.)
  ["body a detached ArrayBuffer", { ...get, method: "POST", body: detached() }, good, {}, "INVALID_REQUEST", "body"],
];

const leaks = (value: unknown) => {
  const texts = [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ""];
  if (value instanceof Error) texts.push(value.message, value.stack ?? "");
  return texts.some((t) => t.includes(SK) || t.includes(TOKEN));
};

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("bad input", () => {
  it.each(cases)("%s → %s on %s", async (_, request, credentials, options, code, field) => {
    const syncError = thrown(() => signSync(request, credentials as Credentials, options));
    const asyncError = await sign(request, credentials as Credentials, options).catch((e: unknown) => e);
    const browserError = await browser.sign(request, credentials as Credentials, options).catch((e: unknown) => e);
    // Same class and message from the browser entry's own checks.
    expect(browserError).toEqual(asyncError);
    for (const error of [syncError, asyncError, browserError]) {
      expect(error).toBeInstanceOf(SignerError);
      expect(error).toMatchObject({ name: "SignerError", code, field });
      expect((error as Error).message.startsWith(field + " ")).toBe(true);
      expect(leaks(error)).toBe(false);
    }
  });
});

describe("bad input the main entry types", () => {
  it.each(mainEntryOnly)("%s → %s on %s", async (_, request, credentials, options, code, field) => {
    const syncError = thrown(() => signSync(request, credentials as Credentials, options));
    const asyncError = await sign(request, credentials as Credentials, options).catch((e: unknown) => e);
    expect(syncError).toEqual(asyncError);
    expect(asyncError).toBeInstanceOf(SignerError);
    expect(asyncError).toMatchObject({ name: "SignerError", code, field });
    expect((asyncError as Error).message.startsWith(field + " ")).toBe(true);
    expect(leaks(asyncError)).toBe(false);
  });

  it("says why a Host is refused", () => {
    expect(() => signSync({ ...get, headers: { Host: "ims.example.com" } }, good)).toThrow("headers.Host must be the URL's host, which fetch sends");
  });

  it("takes a Date from another realm, as before, in every entry", async () => {
    const { Date: OtherDate } = runInNewContext("({ Date })") as { Date: DateConstructor };
    const date = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));
    const expected = { ...signSync(get, good, { date }) };
    expect({ ...signSync(get, good, { date: new OtherDate(date.getTime()) }) }).toEqual(expected);
    expect({ ...(await sign(get, good, { date: new OtherDate(date.getTime()) })) }).toEqual(expected);
    expect({ ...(await browser.sign(get, good, { date: new OtherDate(date.getTime()) })) }).toEqual(expected);
  });
});

describe("secrets", () => {
  const date = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));

  it("sends the security token but hides it from JSON.stringify and util.inspect", async () => {
    for (const headers of [signSync(get, good, { date }), await sign(get, good, { date }), await browser.sign(get, good, { date })]) {
      expect(new Headers(headers).get("x-security-token")).toBe(TOKEN);
      expect(Object.keys(headers)).toEqual(["X-Security-Token", "X-Sdk-Date", "Authorization"]);
      expect(JSON.stringify(headers)).toContain('"X-Security-Token":"[REDACTED]"');
      expect(inspect(headers)).toContain("[REDACTED]");
      expect(leaks(headers)).toBe(false);
      expect(leaks({ nested: { headers } })).toBe(false);
    }
  });

  it("hides a token that arrives as an input header too", () => {
    const headers = signSync({ ...get, headers: { "x-security-token": TOKEN } }, { ak: "AK", sk: SK }, { date });
    expect(headers["x-security-token"]).toBe(TOKEN);
    expect(leaks(headers)).toBe(false);
  });

  it("keeps the credentials out of the middleware object", () => {
    expect(leaks(createSignerMiddleware(good))).toBe(false);
    expect(leaks(browser.createSignerMiddleware(good))).toBe(false);
  });
});
