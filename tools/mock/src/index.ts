import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface MockOptions {
  /** Port to listen on; 0 (the default) lets the OS pick a free one. */
  port?: number;
  /** Interface to bind; only loopback addresses are accepted. Default 127.0.0.1. */
  host?: string;
  /** Path of the OpenAPI document to serve; default: the bundled IMS spec of @imsjs/openapi. */
  spec?: string;
  /** Return 500 when an example violates its schema (Prism `--errors`). Default true. */
  errors?: boolean;
  /** How long to wait for Prism to listen. Default 30 s. */
  readyTimeoutMs?: number;
  /** Receives Prism's log lines; default: discarded (they are kept for error messages). */
  onLog?: (line: string) => void;
}

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** Process ID of the Prism server. */
  pid: number;
  /** The copy of the spec Prism serves, in a temporary directory that `stop()` removes. */
  spec: string;
  /** Stops Prism and removes temporary files; safe to call twice. */
  stop(): Promise<void>;
}

export class MockStartError extends Error {
  override name = "MockStartError";
  constructor(
    message: string,
    readonly log: string[],
  ) {
    super(`${message}\n--- last Prism output ---\n${log.slice(-20).join("\n")}`);
  }
}

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;
const running = new Set<ChildProcess>();

// A synchronous last resort: on any normal exit, take every Prism we started down with us.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function prismBin(): string {
  const pkgPath = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["prism"];
  if (!bin) throw new MockStartError("@stoplight/prism-cli has no `prism` bin", []);
  return path.join(path.dirname(pkgPath), bin);
}

const JSON_PATCH_TYPES = ["application/openstack-images-v2.1-json-patch"];

/**
 * Prism only parses `application/json` and `application/*+json` bodies, so vendor JSON-patch
 * bodies would always be refused. The mock serves a copy that also accepts them as JSON.
 */
export function mockableSpec(doc: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(doc) as { paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>> };
  for (const item of Object.values(copy.paths ?? {})) {
    for (const op of Object.values(item)) {
      const content = op?.requestBody?.content;
      if (!content) continue;
      for (const type of JSON_PATCH_TYPES) {
        if (content[type] && !content["application/json"]) content["application/json"] = content[type];
      }
    }
  }
  return copy as Record<string, unknown>;
}

export async function defaultSpecPath(): Promise<string> {
  return require.resolve("@imsjs/openapi/openapi.json");
}

/** Prism in mock mode: answers every operation of the spec from its examples. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  return launch("mock", [], options, options.errors !== false);
}

export interface ProxyOptions extends Omit<MockOptions, "errors"> {
  /** Where Prism forwards every call, e.g. `https://ims.ap-southeast-1.myhuaweicloud.com`. */
  upstream: string;
  /** Answer 500 instead of passing on an upstream answer that violates the spec. Default false. */
  errors?: boolean;
}

/**
 * Prism in proxy mode: forwards every call to `upstream` and logs (through `onLog`) each request
 * or response that violates the spec. Binds loopback only, like the mock.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningMock> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new MockStartError(`upstream must be an absolute http(s) URL, got "${options.upstream}"`, []);
  }
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") {
    throw new MockStartError(`upstream must be an http(s) URL, got "${options.upstream}"`, []);
  }
  return launch("proxy", [upstream.href.replace(/\/$/, "")], options, options.errors === true);
}

const tmpDirs = new Set<string>();
process.once("exit", () => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

async function launch(mode: "mock" | "proxy", extra: string[], options: MockOptions, errors: boolean): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.test(host)) throw new MockStartError(`host must be a loopback address, got "${host}"`, []);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError(`port must be an integer from 0 to 65535, got ${String(port)}`, []);
  }
  const tmp = await mkdtemp(path.join(tmpdir(), `imsjs-${mode}-`));
  tmpDirs.add(tmp);
  const specFile = path.join(tmp, "openapi.json");
  const source = JSON.parse(await readFile(options.spec ?? (await defaultSpecPath()), "utf8")) as Record<string, unknown>;
  await writeFile(specFile, JSON.stringify(mockableSpec(source)));

  const args = [
    "--require",
    path.join(here, "..", "src", "watchdog.cjs"),
    prismBin(),
    mode,
    specFile,
    ...extra,
    "-h",
    host,
    "-p",
    String(port),
  ];
  if (errors) args.push("--errors");
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, IMSJS_MOCK_PARENT_PID: String(process.pid), IMSJS_MOCK_TMPDIR: tmp, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  running.add(child);
  const log: string[] = [];

  let stopped = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
      await rm(tmp, { recursive: true, force: true });
      tmpDirs.delete(tmp);
    }
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 30000;
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    let ready = false;
    // Only before readiness: later lines (a request for a path named "fatal") must not stop it.
    function fail(message: string): void {
      clearTimeout(timer);
      if (!ready) void stop().then(() => reject(new MockStartError(message, log)));
    }
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString("utf8").split(/\r?\n/)) {
        if (!line.trim()) continue;
        log.push(line);
        if (log.length > 200) log.shift();
        options.onLog?.(line);
        const listening = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (listening?.[1] && !ready) {
          ready = true;
          clearTimeout(timer);
          resolve(listening[1].replace(/\/$/, ""));
        } else if (!ready && /fatal/i.test(line)) fail("Prism refused to start");
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (err) => fail(`could not run Prism: ${err.message}`));
    child.once("exit", (code, signal) => fail(`Prism exited early (code ${String(code)}, signal ${String(signal)})`));
  });
  return { url, port: Number(new URL(url).port), pid: child.pid ?? -1, spec: specFile, stop };
}
