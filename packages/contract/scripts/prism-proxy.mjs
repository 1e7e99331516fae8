// Prism in proxy mode on the bundled contract: forwards every call to the upstream, and turns
// the violations Prism logs into records. Binds loopback only, never outlives its parent.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mockableSpec } from "@imsjs/mock";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;
const running = new Set();
const tmpDirs = new Set();

// A synchronous last resort on any normal exit: no Prism and no temporary spec left behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

export class ProxyStartError extends Error {
  name = "ProxyStartError";
}

function prismBin() {
  const pkgPath = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = require(pkgPath);
  return path.join(path.dirname(pkgPath), typeof pkg.bin === "string" ? pkg.bin : pkg.bin.prism);
}

/** `response.body.images.0` → `{ direction: "response", location: "body", pointer: "/images/0" }`. */
export function parseLocation(dotted) {
  const [direction, location = "", ...rest] = dotted.split(".");
  return { direction, location, pointer: rest.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("") };
}

const REQUEST = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/;
const VIOLATION = /\[VALIDATOR\].*Violation: (\S+) (.*)$/;

/**
 * Starts Prism in proxy mode. `violations` fills as calls go through; each names the call
 * (`GET /v2/cloudimages`) it was logged under, in log order.
 */
export async function startContractProxy(options) {
  const upstream = new URL(options.upstream);
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") throw new ProxyStartError(`upstream must be an http(s) URL, got ${options.upstream}`);
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.test(host)) throw new ProxyStartError(`host must be a loopback address, got "${host}"`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ProxyStartError(`port must be an integer from 0 to 65535, got ${port}`);

  const tmp = await mkdtemp(path.join(tmpdir(), "imsjs-proxy-"));
  tmpDirs.add(tmp);
  const specFile = path.join(tmp, "openapi.json");
  const source = JSON.parse(await readFile(options.spec ?? require.resolve("@imsjs/openapi/openapi.json"), "utf8"));
  await writeFile(specFile, JSON.stringify(mockableSpec(source)));

  const args = ["--require", path.join(here, "watchdog.cjs"), prismBin(), "proxy", specFile, upstream.href.replace(/\/$/, ""), "-h", host, "-p", String(port)];
  if (options.errors) args.push("--errors");
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, IMSJS_PROXY_PARENT_PID: String(process.pid), NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  running.add(child);
  const violations = [];
  const log = [];
  let current = "(unknown call)";
  let stopped = false;
  const exited = new Promise((resolve) => child.once("exit", resolve));

  async function stop() {
    if (stopped) return;
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

  const url = await new Promise((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 30000;
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    let ready = false;
    function fail(message) {
      clearTimeout(timer);
      if (!ready) void stop().then(() => reject(new ProxyStartError(`${message}\n${log.slice(-20).join("\n")}`)));
    }
    const onData = (chunk) => {
      for (const line of chunk.toString("utf8").split(/\r?\n/)) {
        if (!line.trim()) continue;
        log.push(line);
        if (log.length > 200) log.shift();
        options.onLog?.(line);
        const request = REQUEST.exec(line);
        if (request) current = `${request[1].toUpperCase()} ${request[2]}`;
        const found = VIOLATION.exec(line);
        if (found) {
          const violation = { call: current, ...parseLocation(found[1]), message: found[2].trim() };
          violations.push(violation);
          options.onViolation?.(violation);
        }
        const listening = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (listening && !ready) {
          ready = true;
          clearTimeout(timer);
          resolve(listening[1].replace(/\/$/, ""));
        } else if (/fatal/i.test(line)) fail("Prism refused to start");
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (err) => fail(`could not run Prism: ${err.message}`));
    child.once("exit", (code, signal) => fail(`Prism exited early (code ${code}, signal ${signal})`));
  });
  return { url, pid: child.pid, violations, stop };
}
