import { describe, expect, it } from "vitest";
import { sign, signFastest, signSync, type Credentials, type SignOptions, type SignRequest } from "../src/index.js";
import * as browser from "../src/browser/index.js";
import { canonicalOf } from "./support/canonical.js";

interface Vector {
  name: string;
  request: SignRequest;
  credentials: Credentials;
  options: SignOptions;
  canonicalRequest?: string;
  authorization: string;
}

const bothPaths = async (v: Vector) => {
  const sync = signSync(v.request, v.credentials, v.options);
  const web = await sign(v.request, v.credentials, v.options);
  expect(sync.Authorization).toBe(v.authorization);
  expect(web.Authorization).toBe(v.authorization);
  // The browser entry's own, smaller canonicalisation: every header identical.
  if (v.options.algorithm !== "SDK-HMAC-SM3") expect({ ...(await browser.sign(v.request, v.credentials, v.options)) }).toEqual({ ...sync });
  if (v.canonicalRequest) expect(canonicalOf(v.request, v.credentials, v.options).canonicalRequest).toBe(v.canonicalRequest);
};

describe("Huawei's API Gateway signing guide", () => {
  // devg-apisign "Constructing a Standard Request" … "Adding the Signature": every intermediate value is published.
  const v: Vector = {
    name: "VPC list example",
    request: {
      method: "GET",
      url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
      headers: { "Content-Type": "application/json" },
    },
    credentials: { ak: "QTWAOYTTINDUT2QVKYUC", sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc" },
    options: { date: new Date(Date.UTC(2019, 10, 15, 3, 36, 55)) },
    canonicalRequest: [
      "GET",
      "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
      "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
      "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n",
      "content-type;host;x-sdk-date",
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ].join("\n"),
    authorization:
      "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
  };

  it("reproduces the canonical request, its hash, the string to sign and the signature", async () => {
    const { stringToSign } = canonicalOf(v.request, v.credentials, v.options);
    expect(stringToSign).toBe("SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    await bothPaths(v);
  });

  it("returns every header to send: the input ones plus X-Sdk-Date and Authorization (host is fetch's job)", () => {
    expect({ ...signSync(v.request, v.credentials, v.options) }).toEqual({
      "Content-Type": "application/json",
      "X-Sdk-Date": "20191115T033655Z",
      Authorization: v.authorization,
    });
  });
});

describe("Go SDK published vectors (core/auth/signer *_test.go)", () => {
  // The Go tests sign only X-Sdk-Date (their TEST_UNDERSCORE header is not signed), hence signedHeaders: [].
  const credentials = { ak: "AccessKey", sk: "SecretKey" };
  const date = new Date(Date.UTC(2006, 0, 2, 15, 4, 5));
  const get = (query: string): SignRequest => ({ method: "GET", url: "https://example.huaweicloud.com/path" + query, headers: { TEST_UNDERSCORE: "TEST_VALUE" } });
  const post = (query: string): SignRequest => ({
    method: "POST",
    url: "https://example.huaweicloud.com/path" + query,
    headers: { TEST_UNDERSCORE: "TEST_VALUE", "Content-Type": "application/json" },
    body: '{"Name":"test","Id":1}\n', // Go's json.Encoder output, trailing newline included
  });
  const vectors: [string, SignRequest, SignOptions, string][] = [
    // signer_test.go before the request-builder change: queries limit=1 and key=value are signed.
    ["HMAC-SHA256 GET (older test)", get("?limit=1"), {}, "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"],
    ["HMAC-SHA256 POST (older test)", post("?key=value"), {}, "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"],
    // Current tests: their builder now drops the raw (non-reflect.Value) query params, so no query is signed.
    ["HMAC-SHA256 GET", get(""), {}, "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=eb70b3a0caf6633a8b8e4317622d8a0f6819821ec84896ceb7739a57e2d9ed76"],
    ["HMAC-SHA256 POST", post(""), {}, "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=7f587e76874c5079f7e98769ab285ee75bea28e30110ab10dec4fc4d12c32f62"],
    ["V11 derived GET", get(""), { algorithm: "V11-HMAC-SHA256", region: "test-region-1", service: "demo" }, "V11-HMAC-SHA256 Credential=AccessKey/20060102/test-region-1/demo, SignedHeaders=x-sdk-date, Signature=5579214897b4b5def742b24620946119573bccdfe7b2ea7c720e64f1a0944d07"],
    ["V11 derived POST", post(""), { algorithm: "V11-HMAC-SHA256", region: "test-region-1", service: "demo" }, "V11-HMAC-SHA256 Credential=AccessKey/20060102/test-region-1/demo, SignedHeaders=x-sdk-date, Signature=638f6f0deca2285bf3af0dfd7b186b447e60ed8611d4c6c93537aa8711b9bce9"],
    ["HMAC-SM3 GET", get(""), { algorithm: "SDK-HMAC-SM3" }, "SDK-HMAC-SM3 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=89aaefc444abb883a30d0cb777afd186a777802b9e2bf2fe2f027d9bee1cb67e"],
    ["HMAC-SM3 POST", post(""), { algorithm: "SDK-HMAC-SM3" }, "SDK-HMAC-SM3 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=afa8c5174d72dd8b74eba5a1613945aaceb3cc579bce6ea7efc0cca350d12db2"],
  ];
  it.each(vectors)("%s", async (name, request, options, authorization) => {
    await bothPaths({ name, request, credentials, options: { ...options, date, signedHeaders: [] }, authorization });
  });
});

// Hand-worked: each canonical request below was written out by hand from the guide's rules, and its
// signature computed from that text with plain node:crypto, independently of this package.
describe("hand-worked vectors", () => {
  const credentials = { ak: "HPUAHANDWORKEDAK0001", sk: "hand-worked-secret-key/0123456789+abcdefgh" };
  const date = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));
  const D = "20261127T091500Z";
  const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  const auth = (signed: string, sig: string) => `SDK-HMAC-SHA256 Access=HPUAHANDWORKEDAK0001, SignedHeaders=${signed}, Signature=${sig}`;
  const vectors: Vector[] = [
    {
      // Unicode, a space, reserved characters and already-escaped bytes in the path: each segment is
      // decoded and re-encoded (%41 is "A", unreserved); the Node SDK would re-escape "%" as "%25".
      name: "unicode and reserved characters in the path",
      request: { method: "GET", url: "https://ims.example.com/v2/镜像/a b/c:d@e/%41%2f" },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v2/%E9%95%9C%E5%83%8F/a%20b/c%3Ad%40e/A%2F/\n\nhost:ims.example.com\nx-sdk-date:${D}\n\nhost;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-sdk-date", "9c3d248c33cc1d3820b558d5c9cb798339ac3159e118a32857b5baeb6d80e9cd"),
    },
    {
      // Keys sort as UTF-8 bytes ("k x" < "name"); '+' on the wire is a space (form decoding, as the
      // gateway and its own Go sample read queries); sub-delimiters are escaped.
      name: "unicode and reserved characters in the query",
      request: { method: "GET", url: "https://ims.example.com/v2/cloudimages?name=镜像 1&q=a+b&sym=!*'()&k%20x=1" },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v2/cloudimages/\nk%20x=1&name=%E9%95%9C%E5%83%8F%201&q=a%20b&sym=%21%2A%27%28%29\nhost:ims.example.com\nx-sdk-date:${D}\n\nhost;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-sdk-date", "2c729ec9f9144d84d1b8428b69499c680356a715013ad83a12b358c67bf68862"),
    },
    {
      // Repeated keys kept and sorted by value, empty values kept (also "empty" without '='); key case
      // kept, so "Limit" sorts before "limit" (one Go SDK version lower-cased keys: the guide does not).
      name: "repeated keys, empty values, key case",
      request: { method: "GET", url: "https://ims.example.com/v2/cloudimages?tag=b&tag=a&tag=&empty&limit=10&Limit=5" },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v2/cloudimages/\nLimit=5&empty=&limit=10&tag=&tag=a&tag=b\nhost:ims.example.com\nx-sdk-date:${D}\n\nhost;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-sdk-date", "003a7a556f1246abff551e551cd00a5a14a88963e6ffbed87e3ba75a143743d0"),
    },
    {
      // Values trimmed at both ends, inner spacing kept (the Node SDK does not trim), and a name given
      // twice joined with ", " as fetch's Headers joins it on the wire.
      name: "odd header spacing and a repeated header",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { "X-Custom": " \t a   b \t", "x-custom": "c", "X-Tab": "\tt\t" } },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v1/cloudimages/quota/\n\nhost:ims.example.com\nx-custom:a   b, c\nx-sdk-date:${D}\nx-tab:t\n\nhost;x-custom;x-sdk-date;x-tab\n${EMPTY}`,
      authorization: auth("host;x-custom;x-sdk-date;x-tab", "67fd0ed3e0b4804106684873f8333faccaf5c22bdf03af04e31a6edc82aaebfd"),
    },
    {
      // fetch joins a name given twice with ", " after trimming each value, so an empty last value
      // leaves "a, " on the wire, which the server reads (trimming the line) as "a,"; never "a, ".
      name: "a repeated header whose last value is empty",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { "X-A": "a", "x-a": "", "X-B": "", "x-b": " b ", "X-b": "\t" } },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v1/cloudimages/quota/\n\nhost:ims.example.com\nx-a:a,\nx-b:, b,\nx-sdk-date:${D}\n\nhost;x-a;x-b;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-a;x-b;x-sdk-date", "202958b7735bd0718ed8670da6f7e85d03955980f3c9b58f810714d7ce439016"),
    },
    {
      // fetch sends the URL's host whatever Host is given (undici replaces it, browsers drop it): that
      // is signed, and a given Host equal to it (in any case, with spaces around) is returned as given
      // but not signed.
      name: "a Host equal to the URL's",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { Host: " IMS.Example.COM " } },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v1/cloudimages/quota/\n\nhost:ims.example.com\nx-sdk-date:${D}\n\nhost;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-sdk-date", "2002a77ca7c58b3e4bbca84a71e9867d49b75fe3c81620b9d2d70c1cdd77e543"),
    },
    {
      // fetch sends a header value one byte per character (é is the byte E9), so those bytes are hashed,
      // not the UTF-8 the Node SDK would hash.
      name: "ISO-8859-1 header value",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { "X-Name": "caf\u00e9 \u00fc" } },
      credentials,
      options: { date },
      canonicalRequest: `GET\n/v1/cloudimages/quota/\n\nhost:ims.example.com\nx-name:caf\u00e9 \u00fc\nx-sdk-date:${D}\n\nhost;x-name;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-name;x-sdk-date", "5f6794bf30ff922063b78a79ec2d3141df0ed521fda2046fd93bf1139f78123a"),
    },
    {
      name: "empty body",
      request: { method: "POST", url: "https://ims.example.com/v2/cloudimages/action", headers: { "Content-Type": "application/json" }, body: "" },
      credentials,
      options: { date },
      canonicalRequest: `POST\n/v2/cloudimages/action/\n\ncontent-type:application/json\nhost:ims.example.com\nx-sdk-date:${D}\n\ncontent-type;host;x-sdk-date\n${EMPTY}`,
      authorization: auth("content-type;host;x-sdk-date", "94e1b46196e8ab7f5ae57e2caf7eb3ec972e0a20f4646c74dae24fe1c221611c"),
    },
    {
      // The bytes sent are hashed (the Node SDK hashes JSON.stringify of its body, which cannot do this).
      name: "binary body",
      request: {
        method: "PUT",
        url: "https://ims.example.com/v2/images/0f3c6e6a-3c1d-4b8e-9a2f-5d7e8c9b0a1f/file",
        headers: { "Content-Type": "application/octet-stream" },
        body: new Uint8Array([0, 1, 127, 128, 254, 255, 10, 13]),
      },
      credentials,
      options: { date },
      canonicalRequest: `PUT\n/v2/images/0f3c6e6a-3c1d-4b8e-9a2f-5d7e8c9b0a1f/file/\n\ncontent-type:application/octet-stream\nhost:ims.example.com\nx-sdk-date:${D}\n\ncontent-type;host;x-sdk-date\nb5e680eda78a38db37f2fcb8acb32b37331d6ed27c297f9a17b77a315e8b268b`,
      authorization: auth("content-type;host;x-sdk-date", "8cc7a9210176d44da002e755899cb087d0eabf2ea73f4135d029443a1f7648d0"),
    },
    {
      // Colons raw or escaped on the wire give the same canonical segment.
      name: "URN path with colons",
      request: { method: "DELETE", url: "https://ims.example.com/v2/0b1e494e2660441a957313163095fe5c/images/urn:ims:image:4f1c/tags/k%3Av" },
      credentials,
      options: { date },
      canonicalRequest: `DELETE\n/v2/0b1e494e2660441a957313163095fe5c/images/urn%3Aims%3Aimage%3A4f1c/tags/k%3Av/\n\nhost:ims.example.com\nx-sdk-date:${D}\n\nhost;x-sdk-date\n${EMPTY}`,
      authorization: auth("host;x-sdk-date", "6cd9e6b1aef38b73cc3646947c305172ba6f8295fc12a7dffc0a033a86b09b0c"),
    },
    {
      name: "temporary credentials sign X-Security-Token",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/job/ff8080814dbd65d7014dbe0d84db0013" },
      credentials: { ...credentials, securityToken: "temporary-security-token-value" },
      options: { date },
      canonicalRequest: `GET\n/v1/cloudimages/job/ff8080814dbd65d7014dbe0d84db0013/\n\nhost:ims.example.com\nx-sdk-date:${D}\nx-security-token:temporary-security-token-value\n\nhost;x-sdk-date;x-security-token\n${EMPTY}`,
      authorization: auth("host;x-sdk-date;x-security-token", "7644a21e308f5c423d7d9a53acca27466906bce85b4a0f38ef9cccbbd8748a92"),
    },
    {
      // A multipart Content-Type is sent but not signed; the streamed body goes UNSIGNED-PAYLOAD.
      name: "multipart upload, unsigned payload",
      request: { method: "POST", url: "https://ims.example.com/v2/upload", headers: { "Content-Type": "multipart/form-data; boundary=----imsjs" }, body: "------imsjs--" },
      credentials,
      options: { date, unsignedPayload: true },
      canonicalRequest: `POST\n/v2/upload/\n\nhost:ims.example.com\nx-sdk-content-sha256:UNSIGNED-PAYLOAD\nx-sdk-date:${D}\n\nhost;x-sdk-content-sha256;x-sdk-date\nUNSIGNED-PAYLOAD`,
      authorization: auth("host;x-sdk-content-sha256;x-sdk-date", "973182cc8e003f06deacde9744dc18fb8220cc1a2a392fa03a29df8eb176d7cc"),
    },
    {
      // ":443" is not part of the Host fetch sends (the guide drops it; the Node SDK keeps it), and fetch
      // upper-cases only the standard methods, so "patch" goes out, and is signed, as "patch".
      name: "explicit default port, lower-case PATCH, compact JSON",
      request: {
        method: "patch",
        url: "https://ims.example.com:443/v2/cloudimages/2d8a1ed2-7b5c-4fb3-8bb4-2a9a4b0d6e11",
        headers: { "Content-Type": "application/json;charset=UTF-8" },
        body: JSON.stringify([{ op: "replace", path: "/name", value: "新名字" }]),
      },
      credentials,
      options: { date },
      authorization: auth("content-type;host;x-sdk-date", "712133947d9df4a16515d005b07441c144575ad2f284005b6bcc86c84071bda3"),
    },
    {
      name: "V11-HMAC-SHA256 with a derived key",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/job/ff8080814dbd65d7014dbe0d84db0013" },
      credentials: { ...credentials, securityToken: "temporary-security-token-value" },
      options: { date, algorithm: "V11-HMAC-SHA256", region: "ap-southeast-1", service: "ims" },
      authorization:
        "V11-HMAC-SHA256 Credential=HPUAHANDWORKEDAK0001/20261127/ap-southeast-1/ims, SignedHeaders=host;x-sdk-date;x-security-token, Signature=29bbecd3f1172c603508a0008ae309be587567266b3571e01998e6bde5795b56",
    },
    {
      name: "SDK-HMAC-SM3",
      request: { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota" },
      credentials,
      options: { date, algorithm: "SDK-HMAC-SM3" },
      authorization: "SDK-HMAC-SM3 Access=HPUAHANDWORKEDAK0001, SignedHeaders=host;x-sdk-date, Signature=e7ef927fe4083f680eecbe6219f661ce7922beb7c91f64450fd3e555cc9ec6f4",
    },
  ];
  it.each(vectors.map((v) => [v.name, v] as const))("%s", async (_, v) => bothPaths(v));

  it("gives the same signature for every form of the same request", async () => {
    const base = vectors.find((v) => v.name === "binary body") as Vector;
    const bytes = base.request.body as Uint8Array;
    const forms: SignRequest[] = [
      { ...base.request, body: bytes.slice().buffer },
      { ...base.request, url: new URL(base.request.url), headers: new Headers(base.request.headers) },
      { ...base.request, method: "put", headers: { "content-type": "application/octet-stream", Authorization: "stale", "X-Sdk-Date": "19700101T000000Z" } },
    ];
    for (const request of forms) await bothPaths({ ...base, request, canonicalRequest: undefined });
  });

  it("signFastest: signSync's headers at once where node:crypto exists, sign's promise in the browser entry", async () => {
    const request: SignRequest = { method: "POST", url: "https://ims.example.com/v2/cloudimages/action", headers: { "Content-Type": "application/json" }, body: "{}" };
    const options = { date: new Date(Date.UTC(2026, 10, 27)) };
    const fast = signFastest(request, credentials, options);
    expect(fast).not.toBeInstanceOf(Promise);
    expect({ ...(fast as Record<string, string>) }).toEqual({ ...signSync(request, credentials, options) });
    const web = browser.signFastest(request, credentials, options);
    expect(web).toBeInstanceOf(Promise);
    expect({ ...(await web) }).toEqual({ ...(fast as Record<string, string>) });
  });

  it("signs a security token with spaces or tabs around it as fetch sends it: trimmed, in every entry", async () => {
    const request: SignRequest = { method: "GET", url: "https://ims.example.com/v2/cloudimages" };
    const options = { date: new Date(Date.UTC(2026, 10, 27)) };
    const { Authorization } = signSync(request, { ...credentials, securityToken: "token-value" }, options);
    for (const securityToken of [" token-value ", "\ttoken-value", "token-value \t"]) {
      const sync = signSync(request, { ...credentials, securityToken }, options);
      expect(sync.Authorization).toBe(Authorization);
      expect({ ...(await sign(request, { ...credentials, securityToken }, options)) }).toEqual({ ...sync });
      expect({ ...(await browser.sign(request, { ...credentials, securityToken }, options)) }).toEqual({ ...sync });
    }
  });

  it("gives the same headers from every path at the edges: a date past year 9999, a repeated Set-Cookie", async () => {
    const request: SignRequest = { method: "GET", url: "https://ims.example.com/v2/cloudimages", headers: new Headers([["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"], ["X-Pad", " \tv\t "]]) };
    for (const options of [{ date: new Date(8.64e15) }, { date: new Date(Date.UTC(2026, 10, 27)) }]) {
      const sync = signSync(request, credentials, options);
      expect(sync["set-cookie"]).toBe("a=1, b=2");
      expect({ ...(await sign(request, credentials, options)) }).toEqual({ ...sync });
      // The same signature; the browser entry returns the last Set-Cookie, which browsers drop from
      // requests anyway (README, "Two entry points": joining it there costs 15 B it does not have).
      expect({ ...(await browser.sign(request, credentials, options)) }).toEqual({ ...sync, "set-cookie": "b=2" });
      expect(sync.Authorization).toContain("SignedHeaders=host;set-cookie;x-pad;x-sdk-date,");
    }
  });

  it("signs a repeated header with an empty last value as a Headers object does, in every entry", async () => {
    const request: SignRequest = { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { "X-A": "a", "x-a": "" } };
    const sync = signSync(request, credentials, { date });
    expect(sync.Authorization).toBe(signSync({ ...request, headers: new Headers(request.headers) }, credentials, { date }).Authorization);
    expect(sync.Authorization).toBe(signSync({ ...request, headers: { "X-A": "a," } }, credentials, { date }).Authorization);
    expect({ ...(await sign(request, credentials, { date })) }).toEqual({ ...sync });
    expect({ ...(await browser.sign(request, credentials, { date })) }).toEqual({ ...sync });
  });

  it("signs the URL's host, never a given Host, and returns the given one as it is", async () => {
    const request: SignRequest = { method: "GET", url: "https://ims.example.com:443/v1/cloudimages/quota" };
    const { Authorization } = signSync(request, credentials, { date });
    for (const headers of [{ host: "ims.example.com" }, { HOST: "IMS.EXAMPLE.COM\t" }, new Headers({ Host: "Ims.Example.Com" })] as (Record<string, string> | Headers)[]) {
      const sync = signSync({ ...request, headers }, credentials, { date, signedHeaders: ["Host"] });
      expect(sync.Authorization).toBe(signSync(request, credentials, { date, signedHeaders: ["host"] }).Authorization);
      const all = signSync({ ...request, headers }, credentials, { date });
      expect(all.Authorization).toBe(Authorization);
      expect(Object.entries(all)[0]).toEqual([...(headers instanceof Headers ? headers : Object.entries(headers))][0]);
      expect({ ...(await sign({ ...request, headers }, credentials, { date })) }).toEqual({ ...all });
      expect({ ...(await browser.sign({ ...request, headers }, credentials, { date })) }).toEqual({ ...all });
    }
  });

  it("signs only the chosen headers when asked, always with X-Sdk-Date", () => {
    const { Authorization } = signSync(
      { method: "GET", url: "https://ims.example.com/v1/cloudimages/quota", headers: { "X-Project-Id": "p", "X-Other": "o" } },
      credentials,
      { date, signedHeaders: ["X-Project-Id", "HOST"] },
    );
    expect(Authorization).toContain("SignedHeaders=host;x-project-id;x-sdk-date,");
  });
});
