import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as browser from "../src/browser/index.js";
import { sign, SignerError, signSync, type Credentials, type SignOptions, type SignRequest } from "../src/index.js";
import { canonicalOf } from "./support/canonical.js";

// signSync keeps per-key HMAC pads and remembers checked credentials, methods and header names.
// These tests hold each of those shortcuts to the plain computation and to the checks it skips.
const date = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));
const request: SignRequest = { method: "GET", url: "https://ims.example.com/v2/cloudimages?limit=5" };

/** The signature recomputed with createHmac from the string to sign. */
const expected = (req: SignRequest, credentials: Credentials, options: SignOptions) => {
  const { stringToSign } = canonicalOf(req, credentials, options);
  const alg = options.algorithm === "SDK-HMAC-SM3" ? "sm3" : "sha256";
  const scope = options.algorithm === "V11-HMAC-SHA256" ? `20261127/${options.region}/${options.service}` : "";
  const key = scope ? Buffer.from(hkdfSync("sha256", credentials.sk, credentials.ak, scope, 32)).toString("hex") : credentials.sk;
  return createHmac(alg, key).update(stringToSign).digest("hex");
};
const signature = (headers: Record<string, string>) => /Signature=([\da-f]{64})$/.exec(headers.Authorization ?? "")?.[1];

describe("HMAC from precomputed key pads", () => {
  const sks = ["k", "x".repeat(63), "y".repeat(64), "z".repeat(65), "w".repeat(300), "sk-ünïcødé-密钥", "é".repeat(32), "é".repeat(33)];
  it.each(sks)("matches createHmac for the SK %s, with every algorithm", async (sk) => {
    const credentials = { ak: "HPUAEXAMPLEAK0000001", sk };
    for (const options of [{ date }, { date, algorithm: "SDK-HMAC-SM3" }, { date, algorithm: "V11-HMAC-SHA256", region: "ap-southeast-1", service: "ims" }] as SignOptions[]) {
      const want = expected(request, credentials, options);
      // Twice: the second signature comes from the cached pads.
      expect(signature(signSync(request, credentials, options))).toBe(want);
      expect(signature(signSync(request, credentials, options))).toBe(want);
      expect(signature(await sign(request, credentials, options))).toBe(want);
    }
  });

  it("falls back to createHmac for a string to sign longer than the pads leave room for (V11 with a long scope)", () => {
    const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-grow" };
    for (const length of [10, 200, 1000, 50]) {
      const options: SignOptions = { date, algorithm: "V11-HMAC-SHA256", region: "r".repeat(length), service: "ims" };
      expect(signature(signSync(request, credentials, options))).toBe(expected(request, credentials, options));
    }
  });

  it("signs at the edge of the pads' room and rewrites the string to sign's start when it changes", () => {
    const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-edge" };
    // A V11 string to sign is 47 + region + 64 characters: 256 (the room left) at a 145-character region.
    for (const length of [144, 145, 146, 145, 3, 144, 147, 145])
      for (const service of ["ims", "evs"]) {
        const options: SignOptions = { date, algorithm: "V11-HMAC-SHA256", region: "r".repeat(length), service };
        expect(signature(signSync(request, credentials, options))).toBe(expected(request, credentials, options));
      }
    for (const when of [date, new Date(date.getTime() + 1000), date]) expect(signature(signSync(request, credentials, { date: when }))).toBe(expected(request, credentials, { date: when }));
  });

  it("keeps signing correctly while more keys come and go than it keeps", () => {
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 40; i++) {
        const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: `sk-${i}` };
        expect(signature(signSync(request, credentials, { date }))).toBe(expected(request, credentials, { date }));
      }
  });
});

describe("header lines made once per name", () => {
  it("keeps the canonical headers and the signed list right while more names come and go than it keeps", async () => {
    const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "sk-lines" };
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 130; i += round + 1) {
        // Names sort around each other and around the signer's own: before host, between, after x-sdk-date.
        const headers = { [`X-H${i}`]: `v${i}`, "A-First": "1", "x-z": " padded ", [`Host-${i % 3}`]: "h" };
        const req = { ...request, headers };
        const { canonicalRequest } = canonicalOf(req, credentials, { date });
        const names = ["a-first", "host", `host-${i % 3}`, `x-h${i}`, "x-sdk-date", "x-z"].sort();
        const values: Record<string, string> = { "a-first": "1", host: "ims.example.com", [`host-${i % 3}`]: "h", [`x-h${i}`]: `v${i}`, "x-sdk-date": "20261127T091500Z", "x-z": "padded" };
        const block = names.map((n) => `${n}:${values[n]}\n`).join("");
        expect(canonicalRequest).toContain(`\n${block}\n${names.join(";")}\n`);
        // The browser entry builds its canonical request without these caches.
        expect(signSync(req, credentials, { date })).toEqual(await browser.sign(req, credentials, { date }));
      }
  });
});

describe("checks are remembered only for what passed them", () => {
  const fails = (req: SignRequest, credentials: Credentials, field: string) => {
    expect(() => signSync(req, credentials, { date })).toThrowError(expect.objectContaining({ name: "SignerError", field }) as SignerError);
  };

  it("checks a new AK or token after a good one", () => {
    const good = { ak: "AK-GOOD", sk: "sk", securityToken: "token-good" };
    signSync(request, good, { date });
    fails(request, { ...good, ak: "AK\r\nX-Evil: 1" }, "credentials.ak");
    fails(request, { ...good, ak: "" }, "credentials.ak");
    fails(request, { ...good, securityToken: "token\n" }, "credentials.securityToken");
    fails(request, { ...good, securityToken: "" }, "credentials.securityToken");
    expect(signSync(request, good, { date }).Authorization).toContain("Access=AK-GOOD,");
  });

  it("checks each method once and maps it as fetch does, every time", () => {
    for (let round = 0; round < 2; round++) {
      expect(canonicalOf({ ...request, method: "get" }, { ak: "AK", sk: "sk" }, { date }).canonicalRequest.startsWith("GET\n")).toBe(true);
      expect(canonicalOf({ ...request, method: "patch" }, { ak: "AK", sk: "sk" }, { date }).canonicalRequest.startsWith("patch\n")).toBe(true);
      fails({ ...request, method: "GE T" }, { ak: "AK", sk: "sk" }, "method");
      fails({ ...request, method: 7 as unknown as string }, { ak: "AK", sk: "sk" }, "method");
    }
  });

  it("takes only a string or a URL as the URL, as the regex shortcut it replaced did", () => {
    const credentials = { ak: "AK", sk: "sk" };
    fails({ ...request, url: { toString: () => "https://ims.example.com/v2" } as unknown as string }, credentials, "url");
    expect(canonicalOf({ ...request, url: new URL("https://ims.example.com/a%3Ab") }, credentials, { date }).canonicalRequest.split("\n")[1]).toBe("/a%3Ab/");
  });

  it("checks the date every time, though its stamp is kept per second", () => {
    const credentials = { ak: "AK", sk: "sk" };
    for (const bad of [date.toISOString(), date.getTime(), true, new Date(NaN)]) {
      signSync(request, credentials, { date });
      expect(() => signSync(request, credentials, { date: bad as Date })).toThrowError(expect.objectContaining({ name: "SignerError", field: "options.date" }) as SignerError);
    }
  });

  it("trims a value that starts or ends with a control character only of spaces and tabs", () => {
    const credentials = { ak: "AK", sk: "sk" };
    const { canonicalRequest } = canonicalOf({ ...request, headers: { "X-A": "\x01 a \x1f", "X-B": " \x0b b" } }, credentials, { date });
    expect(canonicalRequest).toContain("\nx-a:\x01 a \x1f\nx-b:\x0b b\n");
  });

  it("treats values outside printable ASCII by the full rules", () => {
    const credentials = { ak: "AK", sk: "sk" };
    const headers = { "X-Tab": "a\tb", "X-Del": "a\x7fb", "X-Ctl": "a\x01b", "X-Name": "café" };
    const { canonicalRequest } = canonicalOf({ ...request, headers }, credentials, { date });
    expect(canonicalRequest).toContain("\nx-ctl:a\x01b\nx-del:a\x7fb\nx-name:café\n");
    expect(signature(signSync({ ...request, headers }, credentials, { date }))).toBe(expected({ ...request, headers }, credentials, { date }));
    for (const bad of ["a\nb", "a\rb", "a\0b", "镜像"]) fails({ ...request, headers: { "X-Bad": bad } }, credentials, "headers.X-Bad");
  });
});
