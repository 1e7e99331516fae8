import { describe, expect, it } from "vitest";
import { wireUrl } from "../src/url.js";

// wireUrl skips `new URL` for strings that are already normal. Whatever it returns must be what
// WHATWG URL (and so fetch) would put on the wire.
describe("wireUrl agrees with WHATWG URL", () => {
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const ORIGINS = ["https://ims.example.com", "http://127.0.0.1:4010", "https://IMS.Example.com", "https://ims.example.com:443", "http://h:80", "HTTPS://h", "https://u:p@h", "https://h:08443", "https://[::1]:8443"];
  const PIECES = ["a", "Z", "0", "-", "_", ".", "~", "/", "..", "./", "%2e", "%2E%2e", "%41", "%zz", "%", " ", "\t", "镜", "🚀", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "[", "]", "^", "|", "`", "{", "}", '"', "<", ">", "\\", "#", "?", "é"];

  it("on 20,000 random URLs", () => {
    for (let i = 0; i < 20_000; i++) {
      let rest = "";
      for (let n = Math.floor(random() * 12); n > 0; n--) rest += pick(PIECES);
      const url = pick(ORIGINS) + pick(["", "/", "?"]) + rest;
      let expected: URL;
      try {
        expected = new URL(url);
      } catch {
        expect(() => wireUrl(url), url).toThrow(/^url must be an absolute URL$/);
        continue;
      }
      const got = wireUrl(url);
      expect({ url, host: got.host, pathname: got.pathname, search: got.search }).toEqual({
        url,
        host: expected.host,
        pathname: expected.pathname,
        search: expected.search,
      });
    }
  });
});
