import { describe, expect, it } from "vitest";
import { ContractInputError, formatText, MAX_DISTINCT, readHar, readNdjson, ReportBuilder, TrafficInputError, type Exchange } from "../src/index.js";

const image = { id: "33ad552d-1149-471c-8190-ff6776174a00", name: "ims_test", status: "active" };
const exchange = (n: number, extra: Partial<Exchange> = {}): Exchange => ({
  source: `mem:${n}`,
  method: "GET",
  url: "/v2/cloudimages",
  status: 200,
  requestBodyRecorded: false,
  responseBody: { images: [image] },
  ...extra,
});

describe("ReportBuilder", () => {
  it("counts repeated violations once per kind and place, whatever the array index", () => {
    const builder = new ReportBuilder();
    for (let i = 0; i < 50; i++) {
      const images = Array.from({ length: 3 }, () => ({ ...image, status: 1 }));
      builder.add(exchange(i, { responseBody: { images } }));
    }
    const op = builder.build().operations[0]!;
    expect(op).toMatchObject({ operationId: "listImages", checked: 50, valid: 0, invalid: 50 });
    expect(op.violations).toEqual([
      expect.objectContaining({ pointer: "/images/0/status", pattern: "/images/*/status", keyword: "type", count: 150, firstSeen: "mem:0" }),
    ]);
  });

  it("lists unknown paths up to a bound and counts the rest, so memory stays flat", () => {
    const builder = new ReportBuilder();
    const total = MAX_DISTINCT + 25;
    for (let i = 0; i < total; i++) builder.add(exchange(i, { url: `https://obs.example.com/bucket/object-${i}` }));
    const report = builder.build();
    expect(report.totals.unknownRoutes).toBe(total);
    expect(report.unknownRoutes).toHaveLength(MAX_DISTINCT);
    expect(report.moreUnknownRoutes).toBe(25);
    expect(formatText(report)).toContain("… and 25 more exchanges to other unknown paths");
  });

  it("counts a browser's CORS preflights to IMS apart: not unknown routes, so --fail-on-unknown passes a browser HAR", () => {
    const builder = new ReportBuilder();
    const preflight = { method: "OPTIONS", status: 204, responseBody: undefined, requestBodyRecorded: false };
    builder.add(exchange(0, { ...preflight, url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages", requestHeaders: [{ name: "Access-Control-Request-Method", value: "GET" }] }));
    builder.add(exchange(1, { ...preflight, url: "/v2/cloudimages/action", requestHeaders: { "access-control-request-method": "POST", origin: "https://app.example.com" } }));
    builder.add(exchange(2, { url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages" }));
    // An OPTIONS without the header is not a preflight: the contract has no OPTIONS, so it is unknown.
    builder.add(exchange(3, { ...preflight, url: "/v2/cloudimages" }));
    const report = builder.build();
    expect(report.totals).toMatchObject({ exchanges: 4, preflights: 2, checked: 1, valid: 1, unknownRoutes: 1 });
    expect(report.unknownRoutes).toEqual([expect.objectContaining({ method: "OPTIONS", path: "/v2/cloudimages", firstSeen: "mem:3" })]);
    expect(formatText(report)).toContain("0 unanswered, 2 preflights;");
    const one = new ReportBuilder();
    one.add(exchange(0, { ...preflight, url: "/v2/cloudimages", requestHeaders: { "Access-Control-Request-Method": "GET" } }));
    expect(formatText(one.build())).toContain("0 unanswered, 1 preflight;");
  });

  it("does not require a request body it was not told about", () => {
    const builder = new ReportBuilder();
    builder.add(exchange(1, { method: "POST", url: "/v2/cloudimages/action", responseBody: { job_id: "j" } }));
    builder.add(exchange(2, { method: "POST", url: "/v2/cloudimages/action", responseBody: { job_id: "j" }, requestBodyRecorded: true }));
    const [op] = builder.build().operations;
    expect(op).toMatchObject({ checked: 2, valid: 1, invalid: 1 });
    expect(op!.violations).toEqual([expect.objectContaining({ direction: "request", keyword: "required", firstSeen: "mem:2" })]);
  });

  it("counts the contract's servers, bare paths and the hosts it is given as IMS, and nothing else", () => {
    const builder = new ReportBuilder({ hosts: ["Mock.Internal"] });
    for (const url of [
      "/v2/cloudimages",
      "https://ims.cn-north-4.myhuaweicloud.com/v2/cloudimages",
      "https://user:pass@ims.eu-west-101.myhuaweicloud.eu:443/v2/cloudimages",
      "http://mock.internal:8080/v2/cloudimages",
      "http://localhost:4010/v2/cloudimages",
      "https://ims.myhuaweicloud.com/v2/cloudimages",
      "https://evil.example/ims.cn-north-4.myhuaweicloud.com/v2/cloudimages",
    ]) {
      builder.add(exchange(0, { url }));
    }
    const report = builder.build();
    expect(report.totals).toMatchObject({ checked: 4, unknownRoutes: 3 });
    expect(report.unknownRoutes.map((u) => u.host)).toEqual(["localhost:4010", "ims.myhuaweicloud.com", "evil.example"]);
    // `http://` leaves out port 80, as `https://` leaves out 443; a named port still means that port only.
    const http = new ReportBuilder({ hosts: ["localhost:80"] });
    for (const url of ["http://localhost/v2/cloudimages", "http://localhost:4010/v2/cloudimages", "https://localhost/v2/cloudimages"]) http.add(exchange(0, { url }));
    expect(http.build().unknownRoutes.map((u) => u.host)).toEqual(["localhost:4010", "localhost"]);
    expect(() => new ReportBuilder({ hosts: [""] })).toThrow(expect.objectContaining({ name: "ContractInputError", field: "hosts" }));
    expect(() => new ReportBuilder({ hosts: "127.0.0.1" as never })).toThrow(ContractInputError);
  });

  it("counts an exchange the contract's functions refuse as unreadable, and never throws for it", () => {
    const builder = new ReportBuilder();
    builder.add(exchange(1, { status: -1 }));
    builder.add(exchange(2, { method: "" }));
    builder.add(exchange(3));
    builder.addUnreadable("mem:4", "no method");
    const report = builder.build();
    expect(report.totals).toMatchObject({ exchanges: 4, checked: 1, valid: 1, unreadable: 3 });
    expect(report.unreadable).toEqual([
      { source: "mem:1", reason: expect.stringMatching(/^status: /) },
      { source: "mem:2", reason: expect.stringMatching(/^method: /) },
      { source: "mem:4", reason: "no method" },
    ]);
  });

  it("counts an exchange without a method, or without a URL, as unreadable too", () => {
    const builder = new ReportBuilder();
    builder.add(exchange(1, { method: undefined as never }));
    builder.add(exchange(2, { method: 5 as never }));
    builder.add(exchange(3, { url: undefined as never, status: 0 }));
    builder.add(exchange(4, { url: 5 as never }));
    builder.add(exchange(5, { method: "", url: "https://obs.example.com/bucket" }));
    builder.add(exchange(6, { url: "" }));
    const report = builder.build();
    expect(report.totals).toMatchObject({ exchanges: 6, unreadable: 6, unknownRoutes: 0, unanswered: 0 });
    expect(report.unreadable.map((u) => [u.source, u.reason.split(":")[0]])).toEqual([
      ["mem:1", "method"],
      ["mem:2", "method"],
      ["mem:3", "url"],
      ["mem:4", "url"],
      ["mem:5", "method"],
      ["mem:6", "url"],
    ]);
  });
});

describe("readHar and readNdjson", () => {
  async function* once(text: string): AsyncGenerator<string> {
    yield text;
  }
  const drain = async (items: AsyncIterable<unknown>): Promise<unknown[]> => {
    const out: unknown[] = [];
    for await (const item of items) out.push(item);
    return out;
  };

  it("throw at the first entry or line that is not an exchange, naming it", async () => {
    const har = JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "/" }, response: { status: 200 } }, { request: { url: "/" }, response: { status: 200 } }] } });
    await expect(drain(readHar(once(har), "t.har"))).rejects.toThrow(expect.objectContaining({ name: "TrafficInputError", source: "t.har#1" }));
    const ndjson = '{"method":"GET","url":"/","status":200}\n{"method":"GET","url":"/","status":-1}\n';
    await expect(drain(readNdjson(once(ndjson), "t.ndjson"))).rejects.toThrow(TrafficInputError);
    await expect(drain(readNdjson(once(ndjson), "t.ndjson"))).rejects.toThrow(/^t\.ndjson:2: status must be/);
  });

  it("take a null NDJSON header value as absent, as validateResponse does", async () => {
    const ndjson = JSON.stringify({ method: "GET", url: "/v2/cloudimages", status: 200, body: { images: [] }, headers: { "x-request-id": null, "content-type": "application/json" } });
    const [exchange] = (await drain(readNdjson(once(ndjson), "t.ndjson"))) as Exchange[];
    const builder = new ReportBuilder();
    builder.add(exchange!);
    expect(builder.build().totals).toMatchObject({ checked: 1, valid: 1, invalid: 0 });
  });

  it("take null NDJSON bodies and headers as absent, as recorders write them", async () => {
    const id = "33ad552d-1149-471c-8190-ff6776174a00";
    const ndjson = [
      { method: "DELETE", url: `/v2/images/${id}`, status: 204, body: null },
      { method: "GET", url: "/v2/cloudimages", status: 200, body: { images: [] }, requestBody: null },
      { method: "GET", url: "/v2/cloudimages", status: 200, body: null, headers: null, requestHeaders: null },
    ].map((line) => JSON.stringify(line)).join("\n");
    const exchanges = (await drain(readNdjson(once(ndjson), "t.ndjson"))) as Exchange[];
    expect(exchanges.map((e) => [e.responseBody, e.requestText, e.requestBodyRecorded, e.responseHeaders, e.requestHeaders])).toEqual([
      [undefined, undefined, false, undefined, undefined],
      [{ images: [] }, undefined, false, undefined, undefined],
      [undefined, undefined, false, undefined, undefined],
    ]);
    const builder = new ReportBuilder();
    for (const e of exchanges) builder.add(e);
    const report = builder.build();
    expect(report.totals).toMatchObject({ checked: 3, valid: 2, invalid: 1 });
    expect(report.operations.flatMap((o) => o.violations.map((v) => v.message))).toEqual(["body is required but missing (application/json)"]);
  });
});
