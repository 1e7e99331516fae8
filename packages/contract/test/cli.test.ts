import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { contractOperations, type TrafficReport } from "../src/index.js";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const SECRET = "MIIfixture-secret-token";

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

describe("ims-contract check", () => {
  it("reports a HAR file with known violations per operation, and exits 1", async () => {
    const { code, stdout } = await run("check", fixture("traffic.har"), "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as TrafficReport;
    expect(report.totals).toEqual({
      exchanges: 9,
      checked: 6,
      valid: 3,
      invalid: 3,
      unknownRoutes: 2,
      unanswered: 1,
      preflights: 0,
      unreadable: 0,
      operationsSeen: 4,
      operationsInContract: contractOperations.length,
    });
    const byId = Object.fromEntries(report.operations.map((o) => [o.operationId, o]));
    expect(byId["listImages"]).toMatchObject({ checked: 2, valid: 1, invalid: 1 });
    expect(byId["listImages"]!.violations.map((v) => [v.direction, v.status, v.pointer, v.keyword, v.firstSeen.split("#")[1]])).toEqual([
      ["response", 200, "/images/1/status", "required", "1"],
      ["response", 200, "/images/1/min_disk", "type", "1"],
    ]);
    expect(byId["createImage"]!.violations).toEqual([
      expect.objectContaining({ direction: "request", location: "body", pointer: "/nmae", keyword: "additionalProperties" }),
    ]);
    expect(byId["showJobProgress"]!.violations).toEqual([expect.objectContaining({ location: "status", keyword: "status", actual: 418 })]);
    expect(byId["createOrUpdateTags"]).toMatchObject({ checked: 1, valid: 1, violations: [] });
    expect(report.unknownRoutes.map((u) => `${u.method} ${u.path}`)).toEqual(["POST /v3/auth/tokens", "GET /v2/cloudimages/action"]);
    expect(report.unanswered).toEqual([expect.objectContaining({ method: "GET", path: "/v1/cloudimages/job/blocked", count: 1 })]);
    expect(stdout).not.toContain(SECRET);
  });

  it("reports an NDJSON file with known violations", async () => {
    const { code, stdout } = await run("check", fixture("traffic.ndjson"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ims-contract: 5 exchanges in 1 file: 4 checked, 2 valid, 2 with violations, 1 unknown route, 0 unanswered/);
    expect(stdout).toContain("✓ listImages (GET /v2/cloudimages): 1 checked, 1 valid, 0 invalid");
    expect(stdout).toMatch(/✗ response 200: body \/job_id is required but missing .* first at .*traffic\.ndjson:3/);
    expect(stdout).toMatch(/✗ response 200: body \/status must be string .*traffic\.ndjson:3/);
    expect(stdout).toMatch(/✗ request: body \/0\/op must be equal to one of the allowed values: add, replace, remove .*traffic\.ndjson:4/);
    expect(stdout).toMatch(/\? DELETE \/v9\/unknown ×1, first at .*traffic\.ndjson:5/);
  });

  it("writes JUnit XML with a failing case per broken operation", async () => {
    const { code, stdout } = await run("check", fixture("traffic.har"), "--format", "junit");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ims-contract" tests="6" failures="3" skipped="2">/);
    expect(stdout.match(/<failure /g)).toHaveLength(3);
    expect(stdout).toContain('<testcase classname="ims-contract.operations" name="createOrUpdateTags (PUT /v1/cloudimages/tags)"/>');
    const strict = await run("check", fixture("traffic.har"), "--format", "junit", "--fail-on-unknown");
    expect(strict.stdout).toContain('failures="5" skipped="0"');
  });

  it("exits 0 on clean traffic, and 1 for unknown routes only with --fail-on-unknown", async () => {
    const clean = await run("check", fixture("clean.ndjson"));
    expect(clean).toMatchObject({ code: 0, stderr: "" });
    expect(clean.stdout).toMatch(/1 unknown route/);
    expect((await run("check", fixture("clean.ndjson"), "--fail-on-unknown")).code).toBe(1);
  });

  it("checks only traffic to IMS hosts; a browser's other calls are outside the contract", async () => {
    const { code, stdout } = await run("check", fixture("browser.har"), "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as TrafficReport;
    // The console page and IAM's GET /v3 are not listVersions and showVersion.
    expect(report.operations.map((o) => [o.operationId, o.checked, o.invalid])).toEqual([["listImages", 2, 1]]);
    expect(report.operations[0]!.violations).toEqual([expect.objectContaining({ pointer: "/images/0/name", firstSeen: expect.stringMatching(/browser\.har#5$/) })]);
    expect(report.unknownRoutes.map((u) => `${u.method} ${u.host ?? ""}${u.path}`)).toEqual([
      "POST iam.myhuaweicloud.com/v3/auth/tokens",
      "GET console-intl.huaweicloud.com/",
      "GET console-intl.huaweicloud.com/favicon.ico",
      "GET iam.myhuaweicloud.com/v3",
      "GET 127.0.0.1:4010/v2/cloudimages",
      "GET ims.ap-southeast-1.myhuaweicloud.com.evil.example/v2/cloudimages",
    ]);
    expect(report.totals).toMatchObject({ exchanges: 8, checked: 2, unknownRoutes: 6 });
    expect((await run("check", fixture("browser.har"), "--fail-on-unknown")).code).toBe(1);
  });

  it("checks the hosts named with --host too, by name or by name and port", async () => {
    for (const host of ["127.0.0.1", "127.0.0.1:4010"]) {
      const report = JSON.parse((await run("check", fixture("browser.har"), "--host", host, "--format", "json")).stdout) as TrafficReport;
      expect(report.operations.map((o) => [o.operationId, o.checked, o.invalid])).toEqual([["listImages", 3, 2]]);
      expect(report.unknownRoutes).toHaveLength(5);
    }
    const otherPort = JSON.parse((await run("check", fixture("browser.har"), "--host", "127.0.0.1:9", "--format", "json")).stdout) as TrafficReport;
    expect(otherPort.operations[0]!.checked).toBe(2);
    const text = await run("check", fixture("browser.har"), "--host", "localhost", "--host", "127.0.0.1");
    expect(text.stdout).toMatch(/3 checked/);
    expect(text.stdout).toMatch(/\? GET console-intl\.huaweicloud\.com\/favicon\.ico ×1, first at .*browser\.har#3: not an IMS host/);
    expect((await run("--help")).stdout).toMatch(/--host <host> +also check traffic to this host \(repeatable\)/);
  });

  it("matches --host and URL hosts however each spells them: IPv6 brackets, default ports, a trailing dot, case", async () => {
    const hosts = async (...args: string[]): Promise<string[]> => {
      const report = JSON.parse((await run("check", fixture("hosts.ndjson"), ...args, "--format", "json")).stdout) as TrafficReport;
      return report.unknownRoutes.map((u) => u.host!);
    };
    // A fully qualified IMS host is a contract server like any other.
    expect(await hosts()).toEqual(["[::1]:4010", "example.com", "example.com.:443", "example.com:8443"]);
    // `::1` is how a user writes the address a URL writes `[::1]`; `:443` is the port `https://` leaves out.
    expect(await hosts("--host", "::1", "--host", "EXAMPLE.com:443")).toEqual(["example.com:8443", "example.com"]);
    expect(await hosts("--host", "[::1]:4010", "--host", "example.com.")).toEqual([]);
  });

  it("lists NDJSON lines that are not exchanges with their line, checks the rest, and exits 2", async () => {
    const { code, stdout, stderr } = await run("check", fixture("bad-exchanges.ndjson"), "--format", "json");
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as TrafficReport;
    expect(report.totals).toMatchObject({ exchanges: 6, checked: 2, valid: 1, invalid: 1, unreadable: 4 });
    expect(report.unreadable.map((u) => [u.source.replace(/^.*[\\/]/, ""), u.reason])).toEqual([
      ["bad-exchanges.ndjson:2", "status must be 0 (no answer) or an HTTP status code from 100 to 599, got -1"],
      ["bad-exchanges.ndjson:3", "method must be an HTTP method such as GET"],
      ["bad-exchanges.ndjson:4", "status must be 0 (no answer) or an HTTP status code from 100 to 599"],
      ["bad-exchanges.ndjson:5", "each line must be an object { method, url, status, headers?, body }"],
    ]);
    expect(report.operations[0]!.violations).toEqual([expect.objectContaining({ pointer: "/images/0/name", firstSeen: expect.stringMatching(/:6$/) })]);
    expect(stderr).toMatch(/^ims-contract: cannot read .*bad-exchanges\.ndjson:2: status must be .*got -1 \(and 3 more entries or lines\); listed in the report\n$/);
  });

  it("reads NDJSON header values as Node writes them: numbers and lists (set-cookie), never objects", async () => {
    // IncomingMessage.headers has set-cookie as a list; getHeaders() keeps a content-length number.
    const base = { method: "GET", url: "/v2/cloudimages", status: 200, body: { images: [] } };
    const lines = [
      { ...base, headers: { "content-type": "application/json", "content-length": 13, "set-cookie": ["a=1", "b=2"] } },
      { ...base, headers: { "Content-Type": ["text/html"] }, requestHeaders: { "x-api-version": 2 } },
      { ...base, headers: { "x-token": { secret: SECRET } } },
      { ...base, headers: { "x-token": [null] } },
    ];
    const { Readable } = await import("node:stream");
    let stdout = "";
    const code = await runCli(["check", "-", "--format", "json"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: Readable.from([lines.map((l) => JSON.stringify(l)).join("\n")]),
    });
    expect(code).toBe(2);
    expect(stdout).not.toContain(SECRET);
    const report = JSON.parse(stdout) as TrafficReport;
    expect(report.totals).toMatchObject({ checked: 2, valid: 1, invalid: 1, unreadable: 2 });
    expect(report.operations[0]!.violations).toEqual([expect.objectContaining({ location: "content-type", actual: "text/html", firstSeen: "stdin:2" })]);
    expect(report.unreadable.map((u) => u.source)).toEqual(["stdin:3", "stdin:4"]);
  });

  it("lists HAR entries that are not exchanges with their index, in every format", async () => {
    const text = await run("check", fixture("bad-entries.har"));
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^ims-contract: 4 exchanges in 1 file: 1 checked, 1 valid, 0 with violations, 0 unknown routes, 0 unanswered, 3 unreadable;/);
    expect(text.stdout).toMatch(/! .*bad-entries\.har#0: response\.content\.text is not valid base64/);
    expect(text.stdout).toMatch(/! .*bad-entries\.har#1: request\.method must be an HTTP method such as GET/);
    expect(text.stdout).toMatch(/! .*bad-entries\.har#2: response\.status must be 0 \(no answer\) or an HTTP status code from 100 to 599, got 1000/);
    const junit = await run("check", fixture("bad-entries.har"), "--format", "junit");
    expect(junit.code).toBe(2);
    expect(junit.stdout).toContain('tests="4" failures="0" errors="3" skipped="0"');
    expect(junit.stdout.match(/<testcase classname="ims-contract\.unreadable" name="[^"]*bad-entries\.har#\d"/g)).toHaveLength(3);
  });

  it("names only the place of a JSON syntax error, never the text around it (tokens live there)", async () => {
    const har = await run("check", fixture("leaky.har"));
    expect(har).toMatchObject({ code: 2, stdout: "" });
    expect(har.stderr).toBe(`ims-contract: cannot read ${fixture("leaky.har")}: not a readable HAR file: element 0 is not valid JSON (offset 199 of the document)\n`);
    const ndjson = await run("check", fixture("leaky.ndjson"));
    expect(ndjson).toMatchObject({ code: 2, stdout: "" });
    // The `]` right after the token; the column counts the line's three leading spaces.
    expect(ndjson.stderr).toBe(`ims-contract: cannot read ${fixture("leaky.ndjson")}:2: not JSON (column 117)\n`);
  });

  it.each([
    ["a --host that is a URL", ["check", fixture("clean.ndjson"), "--host", "http://127.0.0.1:4010"], /--host takes a host such as 127\.0\.0\.1/],
    ["a line that is not JSON", ["check", fixture("broken.ndjson")], /broken\.ndjson:2: not JSON/],
    ["a HAR file cut short", ["check", fixture("truncated.har")], /truncated\.har: not a readable HAR file: .*ends too early/],
    ["a JSON file without log.entries", ["check", fixture("not-har.har")], /no log\.entries array/],
    ["a missing file", ["check", fixture("nope.har")], /cannot read .*nope\.har: ENOENT/],
    ["an unknown format", ["check", fixture("traffic.har"), "--format", "xml"], /--format must be text, json or junit/],
    ["no file", ["check"], /give at least one file/],
    ["an unknown command", ["verify", fixture("traffic.har")], /unknown command "verify"/],
  ])("exits 2 on %s", async (_name, args, message) => {
    const { code, stderr, stdout } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });

  it("reads standard input for the file -", async () => {
    const { Readable } = await import("node:stream");
    const line = JSON.stringify({ method: "GET", url: "/v2/cloudimages", status: 200, body: { images: [{ id: "i", name: 5, status: "active" }] } });
    let stdout = "";
    const code = await runCli(["check", "-"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: Readable.from([`${line}\n`]),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/body \/images\/0\/name must be string .*first at stdin:1/);
  });

  it("reads gzip-compressed recordings, whatever they are named", async () => {
    // CI jobs keep recordings compressed; read as text, gzip's bytes were "not JSON (column 1)".
    const dir = await mkdtemp(path.join(tmpdir(), "imsjs-contract-test-"));
    try {
      const plain = await run("check", fixture("traffic.har"), "--format", "json");
      for (const [source, name] of [["traffic.har", "traffic.har.gz"], ["traffic.har", "traffic-har.gz"], ["traffic.ndjson", "traffic.ndjson.gz"]] as const) {
        const file = path.join(dir, name);
        await writeFile(file, gzipSync(await readFile(fixture(source))));
        const { code, stdout, stderr } = await run("check", file, "--format", "json");
        expect(stderr, name).toBe("");
        const expected = source === "traffic.har" ? plain : await run("check", fixture(source), "--format", "json");
        expect(code, name).toBe(expected.code);
        expect((JSON.parse(stdout) as TrafficReport).totals, name).toEqual((JSON.parse(expected.stdout) as TrafficReport).totals);
      }
      // A damaged archive is unreadable input: exit 2 and one line, with no stack.
      const cut = path.join(dir, "cut.har.gz");
      await writeFile(cut, gzipSync(await readFile(fixture("traffic.har"))).subarray(0, 40));
      const broken = await run("check", cut);
      expect(broken.code).toBe(2);
      expect(broken.stdout).toBe("");
      expect(broken.stderr).toMatch(new RegExp(`^ims-contract: cannot read ${cut.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*\n$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads a pipe given as a file (<(zcat …), a FIFO), which cannot be read twice or at an offset", async () => {
    // Sniffing read its first bytes at offset 0 first: ESPIPE, or those bytes lost to the check.
    const dir = await mkdtemp(path.join(tmpdir(), "imsjs-contract-test-"));
    try {
      const expected = JSON.parse((await run("check", fixture("traffic.ndjson"), "--format", "json")).stdout) as TrafficReport;
      for (const [args, bytes] of [
        [[], await readFile(fixture("traffic.ndjson"))],
        [["--input", "ndjson"], await readFile(fixture("traffic.ndjson"))],
        [[], gzipSync(await readFile(fixture("traffic.ndjson")))],
      ] as const) {
        const fifo = path.join(dir, `pipe-${Math.random().toString(36).slice(2)}`);
        execFileSync("mkfifo", [fifo]);
        const writer = new Promise<void>((resolve, reject) => createWriteStream(fifo).on("error", reject).end(bytes, resolve));
        const { code, stdout, stderr } = await run("check", fifo, "--format", "json", ...args);
        await writer;
        expect(stderr, args.join(" ")).toBe("");
        expect(code).toBe(1);
        expect((JSON.parse(stdout) as TrafficReport).totals).toEqual(expected.totals);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads gzip-compressed standard input", async () => {
    const { Readable } = await import("node:stream");
    let stdout = "";
    const code = await runCli(["check", "-", "--format", "json"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: Readable.from([gzipSync(await readFile(fixture("traffic.ndjson")))]),
    });
    const expected = JSON.parse((await run("check", fixture("traffic.ndjson"), "--format", "json")).stdout) as TrafficReport;
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as TrafficReport).totals).toEqual(expected.totals);
  });

  it("runs as the ims-contract bin", () => {
    const bin = fileURLToPath(new URL("../bin/ims-contract.js", import.meta.url));
    expect(existsSync(new URL("../dist/cli.js", import.meta.url)), "build the package first").toBe(true);
    const result = spawnSync(process.execPath, [bin, "check", fixture("traffic.ndjson"), "--format", "json"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as TrafficReport).totals.invalid).toBe(2);
    expect(spawnSync(process.execPath, [bin, "check", fixture("broken.ndjson")], { encoding: "utf8" }).status).toBe(2);
  }, 30_000);

  it("keeps its exit code and prints no stack when the reader of its output goes away (| head)", async () => {
    const bin = fileURLToPath(new URL("../bin/ims-contract.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "check", fixture("traffic.ndjson"), "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
    // Closed before the report is written, as `head` does once it has its lines.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  }, 30_000);

  it("streams a HAR file larger than its whole heap", async () => {
    // 32 MB of entries against a 16 MB V8 heap: reading the file whole cannot fit, streaming does.
    const dir = await mkdtemp(path.join(tmpdir(), "imsjs-contract-test-"));
    const file = path.join(dir, "large.har");
    try {
      const images = Array.from({ length: 100 }, (_, i) => ({ id: `33ad552d-1149-471c-8190-${String(i).padStart(12, "0")}`, name: `img-${i}`, status: "active" }));
      const entry = JSON.stringify({
        request: { method: "GET", url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages?limit=100", headers: [] },
        response: { status: 200, headers: [{ name: "Content-Type", value: "application/json" }], content: { text: JSON.stringify({ images }) } },
      });
      const out = createWriteStream(file);
      out.write('{"log":{"version":"1.2","entries":[');
      for (let i = 0, written = 0; written < 32e6; i++, written += entry.length + 1) {
        if (!out.write(`${i ? "," : ""}${entry}`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
      await new Promise<void>((resolve) => out.end("]}}", () => resolve()));
      const bin = fileURLToPath(new URL("../bin/ims-contract.js", import.meta.url));
      const streamed = spawnSync(process.execPath, ["--max-old-space-size=16", bin, "check", file, "--format", "json"], { encoding: "utf8" });
      expect(streamed.stderr).toBe("");
      expect(streamed.status).toBe(0);
      expect((JSON.parse(streamed.stdout) as TrafficReport).totals.valid).toBeGreaterThan(1000);
      // The control: the same heap cannot hold the file read whole.
      const whole = `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"))`;
      expect(spawnSync(process.execPath, ["--max-old-space-size=16", "-e", whole], { encoding: "utf8" }).status).not.toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
