import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { forEachLine } from "./lines.js";

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

/** How Prism ended. */
export interface MockExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when `stop()` ended it; false when Prism died on its own (a crash, the OOM killer, a signal from elsewhere). */
  stopped: boolean;
}

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010` (`http://[::1]:4010` for IPv6). */
  url: string;
  port: number;
  /** Process ID of the Prism server. */
  pid: number;
  /** The copy of the spec Prism serves, in a temporary directory that `stop()` removes. */
  spec: string;
  /**
   * Settles once Prism has exited, however that happened, and the spec copy is removed; never
   * rejects. `stopped: false` means nobody asked: the mock is down and every call to it will fail.
   */
  exited: Promise<MockExit>;
  /** Stops Prism and removes temporary files; safe to call twice. */
  stop(): Promise<void>;
}

/** Why the mock did not start, for callers that handle some causes (a taken port) themselves. */
export type MockStartErrorCode =
  | "BAD_OPTION"
  | "PRISM_MISSING"
  | "SPEC_UNREADABLE"
  | "SPEC_INVALID"
  | "PORT_IN_USE"
  | "TIMEOUT"
  | "TMPDIR_UNWRITABLE"
  | "PRISM_FAILED";

/** One line naming the cause; Prism's own output, when there was any, is in `log`. */
export class MockStartError extends Error {
  override name = "MockStartError";
  constructor(
    message: string,
    /** Prism's last 200 lines of output. */
    readonly log: string[],
    readonly code: MockStartErrorCode = "PRISM_FAILED",
    options?: ErrorOptions,
  ) {
    super(message, options);
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
  let pkgPath: string;
  try {
    pkgPath = require.resolve("@stoplight/prism-cli/package.json");
  } catch (error) {
    throw new MockStartError("Prism (@stoplight/prism-cli) is not installed; run `pnpm install`", [], "PRISM_MISSING", { cause: error });
  }
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["prism"];
  if (!bin) throw new MockStartError("@stoplight/prism-cli has no `prism` bin", [], "PRISM_MISSING");
  return path.join(path.dirname(pkgPath), bin);
}

/** What Glance answers a body under a media type the operation does not take. */
const UNSUPPORTED_MEDIA_TYPE = {
  description: "The body's media type is not one the operation takes.",
  content: {
    "application/json": {
      example: { code: "415 Unsupported Media Type", title: "Unsupported Media Type", message: "The request media type is not supported by this server." },
    },
  },
};

/**
 * Glance refuses a body under a media type its operation does not take with 415, as a plain JSON
 * body to the JSON-patch `PATCH /v2/images/{image_id}` or the octet-stream upload. Prism knows it
 * is one (a 415 violation) but answers the operation's documented 400 unless a 415 is documented,
 * so the mock serves a copy that documents one for every operation whose body is never JSON.
 */
export function mockableSpec(doc: Record<string, unknown>): Record<string, unknown> {
  type Operation = { requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, unknown> };
  const copy = structuredClone(doc) as { paths?: Record<string, Record<string, Operation>> };
  for (const item of Object.values(copy.paths ?? {})) {
    for (const op of Object.values(item)) {
      const types = Object.keys(op?.requestBody?.content ?? {});
      if (types.length === 0 || types.includes("application/json") || !op.responses || op.responses["415"]) continue;
      op.responses["415"] = structuredClone(UNSUPPORTED_MEDIA_TYPE);
    }
  }
  return copy as Record<string, unknown>;
}

export async function defaultSpecPath(): Promise<string> {
  return require.resolve("@imsjs/openapi/openapi.json");
}

/** The first `$ref` to another file (not `#/…` inside this one), if any. */
function externalRef(node: unknown): string | undefined {
  if (node === null || typeof node !== "object") return undefined;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && !ref.startsWith("#")) return ref;
  for (const value of Object.values(node)) {
    const found = externalRef(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The spec as a document: JSON, or YAML when the file is named `.yaml`/`.yml` (Prism reads both). */
async function readSpec(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `cannot be read (${(error as Error).message})`;
    throw new MockStartError(`spec ${file} ${reason}`, [], "SPEC_UNREADABLE", { cause: error });
  }
  const yaml = /\.ya?ml$/i.test(file);
  let doc: unknown;
  try {
    doc = yaml ? (await import("yaml")).parse(text) : JSON.parse(text);
  } catch (error) {
    const hint = yaml ? "" : " (a YAML spec needs a .yaml or .yml name)";
    throw new MockStartError(`spec ${file} is not valid ${yaml ? "YAML" : "JSON"}: ${(error as Error).message.split("\n")[0]}${hint}`, [], "SPEC_INVALID", { cause: error });
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new MockStartError(`spec ${file} is not an OpenAPI document`, [], "SPEC_INVALID");
  }
  // Prism serves a copy in a temporary directory, from where `./paths/…` leads nowhere: Prism said
  // "Error opening file /tmp/imsjs-mock-…/paths/…", a path the user never wrote.
  const external = externalRef(doc);
  if (external !== undefined) {
    throw new MockStartError(
      `spec ${file} refers to other files ($ref ${JSON.stringify(external)}); serve it bundled into one file, as @imsjs/openapi/openapi.json is (pnpm generate)`,
      [],
      "SPEC_INVALID",
    );
  }
  return doc as Record<string, unknown>;
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
  // What a message may repeat of the upstream: not a password given in it, wherever the text puts
  // it (`http://u:se/cret@h` and `u:secret@h` do not parse as URLs with a password), so everything
  // after a scheme up to the last `@` is hidden, across line breaks too (URL parsing drops them).
  const shown = String(options.upstream).replace(/^([a-z][\w+.-]*:\/*)?.*@/is, "$1…@");
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new MockStartError(`upstream must be an absolute http(s) URL, got "${shown}"`, [], "BAD_OPTION");
  }
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") {
    throw new MockStartError(`upstream must be an http(s) URL, got "${shown}"`, [], "BAD_OPTION");
  }
  if (upstream.username || upstream.password) {
    // Prism would show it on its command line and in its log line for every call it forwards.
    throw new MockStartError(
      `upstream must not carry a user name or password (got "${shown}"): Prism logs the URL of every call it forwards; send credentials as headers (X-Auth-Token)`,
      [],
      "BAD_OPTION",
    );
  }
  return launch("proxy", [upstream.href.replace(/\/$/, "")], options, options.errors === true);
}

const tmpDirs = new Set<string>();
process.once("exit", () => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

/** `code 1` or `signal SIGKILL`: how a Prism exit is reported, here and by its callers. */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${String(code)}`;
}

async function launch(mode: "mock" | "proxy", extra: string[], options: MockOptions, errors: boolean): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.test(host)) throw new MockStartError(`host must be a loopback address, got "${host}"`, [], "BAD_OPTION");
  const timeoutMs = options.readyTimeoutMs ?? 30000;
  // setTimeout fires at once for NaN, Infinity or more than 2^31 - 1 ms.
  if (typeof timeoutMs !== "number" || !(timeoutMs >= 1 && timeoutMs <= 2 ** 31 - 1)) {
    throw new MockStartError(`readyTimeoutMs must be a number of milliseconds from 1 to 2147483647, got ${typeof timeoutMs === "number" ? timeoutMs : JSON.stringify(timeoutMs)}`, [], "BAD_OPTION");
  }
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError(`port must be an integer from 0 to 65535, got ${String(port)}`, [], "BAD_OPTION");
  }
  const bin = prismBin();
  let specPath: string;
  try {
    specPath = options.spec ?? (await defaultSpecPath());
  } catch (error) {
    throw new MockStartError("@imsjs/openapi is not installed; run `pnpm install`", [], "SPEC_UNREADABLE", { cause: error });
  }
  const source = await readSpec(specPath);

  // A TMPDIR that does not exist, or a full disk: fs's own error had no code to act on.
  const unwritable = (error: unknown): MockStartError =>
    new MockStartError(`cannot write the spec copy under ${tmpdir()} (${(error as Error).message}); set TMPDIR to a writable directory`, [], "TMPDIR_UNWRITABLE", {
      cause: error,
    });
  // Only once nothing is left to refuse, so that a refusal leaves no directory behind.
  const tmp = await mkdtemp(path.join(tmpdir(), `imsjs-${mode}-`)).catch((error: unknown) => {
    throw unwritable(error);
  });
  tmpDirs.add(tmp);
  const removeTmp = async (): Promise<void> => {
    await rm(tmp, { recursive: true, force: true });
    tmpDirs.delete(tmp);
  };
  const specFile = path.join(tmp, "openapi.json");
  try {
    await writeFile(specFile, JSON.stringify(mockableSpec(source)));
  } catch (error) {
    await removeTmp();
    throw unwritable(error);
  }

  const args = [
    "--require",
    path.join(here, "..", "src", "watchdog.cjs"),
    // Glance's vendor JSON-patch bodies are parsed as JSON, not validated as text.
    "--require",
    path.join(here, "..", "src", "json-patch.cjs"),
    bin,
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
  const childExit = new Promise<MockExit>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal, stopped }));
    // A process that could not be spawned never emits "exit".
    child.once("error", () => {
      if (child.pid === undefined) resolve({ code: null, signal: null, stopped });
    });
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      stopped = true;
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        await childExit;
        clearTimeout(timer);
      }
      running.delete(child);
      await removeTmp();
    })());
  // Prism dying on its own must not leave its spec copy behind either.
  const exited = childExit.then(async (exit) => {
    await stop().catch(() => undefined);
    return exit;
  });

  try {
    const url = await listening(child, log, options, host, port);
    return { url, port: Number(new URL(url).port), pid: child.pid ?? -1, spec: specFile, exited, stop };
  } catch (error) {
    await stop();
    throw error instanceof MockStartError ? error : new MockStartError(`Prism could not start: ${String(error)}`, log, "PRISM_FAILED", { cause: error });
  }
}

/** Resolves with Prism's URL once it listens; rejects with the first reason it will not. */
function listening(child: ChildProcess, log: string[], options: MockOptions, host: string, port: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 30000;
    let settled = false;
    // Prism's "fatal" line comes before its reason (yargs prints that last, after its help), and
    // Prism exits by itself once it has said it: so wait for the exit, within reason.
    let fatal: string | undefined;
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => fail(new MockStartError(`Prism did not start within ${timeoutMs} ms`, log, "TIMEOUT")), timeoutMs);
    // The first failure decides; what follows from it (Prism exiting once stopped) must not replace it.
    function fail(error: MockStartError): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      reject(error);
    }
    function refused(exit?: string): MockStartError {
      if (log.some((line) => line.includes("EADDRINUSE"))) {
        return new MockStartError(`port ${port} on ${host} is already in use (EADDRINUSE)`, log, "PORT_IN_USE");
      }
      if (fatal === undefined) {
        // A crash rather than a refusal: Node prints the error after the stack's source line.
        const crash = log.findLast((line) => /^\w*Error\b/.test(line.trim()));
        return new MockStartError(`Prism exited during start-up (${exit ?? "no exit status"})${crash ? `: ${crash.trim()}` : ""}`, log);
      }
      return new MockStartError(`Prism refused to start: ${fatal || log.at(-1)?.trim() || exit}`, log);
    }
    const onLine = (line: string): void => {
      if (!line.trim()) return;
      log.push(line);
      if (log.length > 200) log.shift();
      options.onLog?.(line);
      // Only before readiness: later lines (a request for a path named "fatal") must not stop it.
      if (settled) return;
      const ready = /Prism is listening on http:\/\/(\S+):(\d+)\/?$/.exec(line);
      if (ready) {
        settled = true;
        clearTimeout(timer);
        clearTimeout(grace);
        // Prism prints an IPv6 host bare (`http://::1:4010`), which is no URL.
        const at = ready[1]!.includes(":") && !ready[1]!.startsWith("[") ? `[${ready[1]}]` : ready[1];
        resolve(`http://${at}:${ready[2]}`);
        return;
      }
      // A line of Prism's logger (timestamped), not of the yargs help that lists "fatal" as a level.
      const failed = /^\[.*?\bfatal\b(.*)$/i.exec(line);
      if (failed && fatal === undefined) {
        fatal = failed[1]!.trim();
        grace = setTimeout(() => fail(refused()), 5000);
      }
    };
    if (child.stdout) forEachLine(child.stdout, onLine);
    if (child.stderr) forEachLine(child.stderr, onLine);
    child.once("error", (err) => fail(new MockStartError(`could not run Prism: ${err.message}`, log, "PRISM_FAILED", { cause: err })));
    // "close", not "exit": Prism's last words, the reason it failed, may still be in the pipes at "exit".
    child.once("close", (code: number | null, signal: NodeJS.Signals | null) => fail(refused(exitStatus(code, signal))));
  });
}
