import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, baseEnv, ims, imsInProcess, tempHome } from "./support/run.js";

// `--dry-run` builds its request with stand-ins for fetch's Request and Headers (so Node never loads
// undici); these tests hold its output to what the same command really sends.

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// What fetch itself adds on the wire, which no dry run (with or without the stand-ins) shows.
const TRANSPORT_HEADERS = new Set(["host", "connection", "content-length", "accept", "accept-encoding", "accept-language", "sec-fetch-mode", "transfer-encoding"]);

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A server on 127.0.0.1 that records each request's raw bytes and answers 200 with `answer`. */
async function recorder(answer: unknown): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const TOKEN = "MIIZ-token-SECRET-0123456789";
const AK = "AKEXAMPLE0123";
const SK = "sk-SECRET-abcdefghijklmnop";
const PROJECT = "0b1e494e2660441a957313163095fe5c";
const IMAGE = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";

const commands: [string, string[], unknown][] = [
  ["images list with filters", ["images", "list", "--type", "private", "--name", "web 1/ü", "--limit", "5"], { images: [] }],
  ["images create with a JSON body", ["images", "create", "--name", "wéb", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "--tag", "env=prod"], { job_id: "j1" }],
  ["a project-scoped call", ["tags", "list", IMAGE], { tags: [] }],
  ["images update (a PATCH)", ["images", "update", IMAGE, "--name", "web-v2", "--min-ram", "1024"], { id: IMAGE, name: "web-v2" }],
  ["images delete", ["images", "delete", IMAGE, "--yes"], {}],
];

const credentials: [string, Record<string, string>][] = [
  ["a token", { IMS_TOKEN: TOKEN }],
  ["AK/SK with a security token", { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: "st-SECRET-0123" }],
];

describe("--dry-run prints what the real call sends", () => {
  for (const [credName, credEnv] of credentials) {
    it.each(commands)(`%s, with ${credName}`, async (_, args, answer) => {
      const server = await recorder(answer);
      const env = baseEnv({ IMS_ENDPOINT: server.url, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT, ...credEnv });
      const dry = await ims(["-o", "json", ...args, "--dry-run"], { env });
      expect(dry.code).toBe(0);
      expect(server.seen).toHaveLength(0);
      const printed = JSON.parse(dry.stdout) as { method: string; url: string; headers: Record<string, string>; body: unknown };

      const real = await ims(["-o", "json", ...args], { env });
      expect(real.code, real.stderr).toBe(0);
      // The first request is the command's own; an async command then shows its job once.
      expect(server.seen.length).toBeGreaterThanOrEqual(1);
      const sent = server.seen[0] as Seen;

      expect(printed.method).toBe(sent.method);
      expect(printed.url).toBe(`${server.url}${sent.path}`);
      expect(printed.body).toEqual(sent.body === "" ? null : JSON.parse(sent.body));
      // Every header that was sent is printed, and with the value sent, except what fetch adds on the
      // wire, credentials (redacted) and the signing time (a later clock in the second run).
      const sentNames = Object.keys(sent.headers).filter((n) => !TRANSPORT_HEADERS.has(n)).sort();
      expect(Object.keys(printed.headers).sort()).toEqual(sentNames);
      for (const name of sentNames) {
        const value = printed.headers[name];
        if (["authorization", "x-auth-token", "x-security-token"].includes(name)) expect(value).toBe("[redacted]");
        else if (name === "x-sdk-date") expect(value).toMatch(/^\d{8}T\d{6}Z$/);
        else expect(value, name).toBe(sent.headers[name]);
      }
      expect(dry.stdout).not.toMatch(/SECRET/);
    });
  }
});

describe("--dry-run in the ims process", () => {
  it("never loads undici, fetch's implementation", async () => {
    const dir = tempHome();
    const probe = join(dir, "probe.cjs");
    // moduleLoadList names every internal module Node has loaded, undici's bundle included.
    writeFileSync(probe, `process.on("exit", () => process.stderr.write("undici loaded: " + process.moduleLoadList.some((m) => m.includes("undici")) + "\\n"));\n`);
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
        const child = spawn(process.execPath, ["--require", probe, BIN, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stderr }));
      });
    const dry = await run(["images", "list", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain("undici loaded: false");
    // The probe does see undici when a command really sends (to a closed port here).
    const real = await run(["images", "list"]);
    expect(real.code).toBe(1);
    expect(real.stderr).toContain("undici loaded: true");
  });

  it("run() in someone else's process leaves fetch's globals alone", async () => {
    const before = [globalThis.Request, globalThis.Headers, globalThis.fetch, globalThis.FormData];
    const r = await imsInProcess(["images", "list", "--dry-run"], { env: { IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN, XDG_CONFIG_HOME: join(tempHome(), "c") } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^GET http:\/\/127\.0\.0\.1:1\/v2\/cloudimages\n/);
    expect([globalThis.Request, globalThis.Headers, globalThis.fetch, globalThis.FormData]).toEqual(before);
  });
});
