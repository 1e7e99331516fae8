import { describe, expect, it } from "vitest";
import { canonicalQuery, canonicalUri } from "../src/encode.js";
import { wireUrl } from "../src/url.js";

// The fast paths (already-normal URLs matched instead of parsed, WHATWG URL with a lone-surrogate guard, no recoding of already-canonical
// components, insertion sorts) are checked here against plain reference implementations.
let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const PIECES = ["a", "Z", "0", "-", "_", ".", "~", "/", "..", "./", "%2e", "%2E%2e", "%41", "%7e", "%3a", "%3A", "%zz", "%", " ", "\t", "镜", "🚀", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "[", "]", "^", "|", "`", "{", "}", '"', "<", ">", "\\", "#", "?", "é", "%C3%A9", "%e9", "%F0%9F%9A%80", "%u00e9", "%U00E9", "u", "%25u0041"];
const randomText = (max: number) => {
  let s = "";
  for (let n = Math.floor(random() * max); n > 0; n--) s += pick(PIECES);
  return s;
};

// The guide, literally: percent-decode to bytes ('+' is a space in a query), encode every byte
// outside A–Z a–z 0–9 - _ . ~ as upper-case %XX; sort query pairs by key, then value, as bytes.
const bytesOf = (s: string, form: boolean): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "%" && /^[\da-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (form && s[i] === "+") out.push(32);
    else out.push(...new TextEncoder().encode(s[i]));
  }
  return out;
};
const encodeBytes = (bytes: number[]) =>
  bytes.map((b) => (/[\w.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0"))).join("");
const compareBytes = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
};
const referenceUri = (path: string) => {
  const p = path.split("/").map((s) => encodeBytes(bytesOf(s, false))).join("/");
  return p.endsWith("/") ? p : p + "/";
};
const referenceQuery = (search: string) =>
  search
    .slice(1)
    .split("&")
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf("=");
      return [bytesOf(eq < 0 ? part : part.slice(0, eq), true), bytesOf(eq < 0 ? "" : part.slice(eq + 1), true)] as const;
    })
    .sort((a, b) => compareBytes(a[0], b[0]) || compareBytes(a[1], b[1]))
    .map(([k, v]) => encodeBytes(k) + "=" + encodeBytes(v))
    .join("&");

// Heavy but not timed: the timeout only keeps a loaded CI machine from failing it.
describe("fast paths agree with the reference behaviour", { timeout: 60_000 }, () => {
  it("wireUrl gives WHATWG URL's host, path and query for 20,000 random URLs", () => {
    const origins = ["https://ims.example.com", "http://127.0.0.1:4010", "https://IMS.Example.com", "https://ims.example.com:443", "http://h:80", "HTTPS://h", "https://u:p@h", "https://h:08443", "https://[::1]:8443", "https://ims.ap-southeast-1.myhuaweicloud.com", "http://10.32.7.15:8443", "https://h:8080", "http://h:443", "https://h:80", "https://h:0", "https://h:65536", "https://xn--abc.example", "https://xn--ls8h.example", "https://0x7f.1", "https://1.2.3", "https://a.b.123", "https://010.1.1.1", "https://256.1.1.1", "https://a..b", "https://h.", "https://h_x.example", "https://-a-.b-", "https://XN--ls8h.example", "https://Xn--abc.Example", "https://a.XN--ls8h", "https://IMS.EXAMPLE.COM:9443", "http://192.168.0.1:80", "https://255.255.255.255", "https://0.0.0.0:8443", "https://1.2.3.04", "https://1.2.3.4.", "https://1.2.3.4.example", "https://1.2.3.4a", "https://00.1.1.1", "https://1.2.3.256", "https://1.2.3.4.5", "https://249.250.199.100:65535"];
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const url = pick(origins) + pick(["", "/", "?"]) + randomText(12);
      let expected: URL | undefined;
      try {
        expected = new URL(url);
      } catch {
        expected = undefined;
      }
      let got: ReturnType<typeof wireUrl> | undefined;
      try {
        got = wireUrl(url);
      } catch {
        got = undefined;
      }
      if (got?.host !== expected?.host || got?.pathname !== expected?.pathname || got?.search !== expected?.search) wrong.push(url);
    }
    expect(wrong).toEqual([]);
  });

  it("canonicalUri and canonicalQuery match the guide's rules for 20,000 random wire URLs", () => {
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const url = new URL("https://h/" + randomText(10) + "?" + randomText(14));
      if (canonicalUri(url.pathname) !== referenceUri(url.pathname) || canonicalQuery(url.search) !== referenceQuery(url.search)) wrong.push(url.href);
    }
    expect(wrong).toEqual([]);
  });

  // Few keys, so most pairs tie on their key and are ordered by their decoded values ('+' a space,
  // %uXXXX no escape), and the already-canonical pairs kept as sent meet recoded ones.
  it("canonicalQuery orders 20,000 random queries of repeated keys as the guide's rules do", () => {
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let query = "";
      for (let n = 1 + Math.floor(random() * 5); n > 0; n--) query += pick(["k", "K", "k_", "%6B"]) + "=" + randomText(4) + "&";
      const { search } = new URL("https://h/?" + query);
      if (canonicalQuery(search) !== referenceQuery(search)) wrong.push(search);
    }
    expect(wrong).toEqual([]);
  });

  // These shapes skip the parse (the result is not a URL) and still give exactly what URL parsing gives.
  it.each(["https://10.32.7.15:8443", "http://127.0.0.1:4010", "https://255.255.255.255", "http://0.0.0.0", "https://199.249.250.9", "https://IMS.Example.Internal:9443", "HTTPS://Ims.AP-Southeast-1.MyHuaweiCloud.COM", "https://a.Xn-b.c"])(
    "matches without a parse and agrees with URL for %s",
    (origin) => {
      for (const rest of ["", "/", "/v2/images/a%3Ab", "/v1/cloudimages?limit=5&name=%E9%95%9C", "?a=1"]) {
        const url = origin + rest;
        const got = wireUrl(url);
        const expected = new URL(url);
        expect(got).not.toBeInstanceOf(URL);
        expect([got.host, got.pathname, got.search]).toEqual([expected.host, expected.pathname, expected.search]);
      }
    },
  );
});
