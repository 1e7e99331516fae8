// Browser tests drive Debian's Chromium (apt, installed by tools/system-deps.sh) through
// playwright-core, which never downloads a browser of its own.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import ts from "typescript";

// An empty CHROMIUM_PATH means unset, as tools/system-deps.sh's ${CHROMIUM_PATH:-…} reads it.
export const CHROMIUM = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses; --no-sandbox because tests run as root.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/**
 * One ES module with everything `entry` imports, for a page to load. The browser platform makes a
 * Node built-in on the way a build error, which is the point. `external` leaves optional peers out.
 */
export async function bundleForBrowser(entry: string, options: { external?: string[] } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    external: options.external ?? [],
  });
  return result.outputFiles[0]?.text ?? "";
}

/**
 * What `tsc` reports for `entry` in a strict browser project: DOM and ES2022 libraries, bundler
 * resolution, no `@types/*` at all (`types: []`, so no Node) and `skipLibCheck: false`, so a
 * package's published .d.ts that needs Node's types fails here, as it does for such a project.
 * `entry` may be JavaScript (checked too); `options` change the project, e.g. `{ types: ["node"] }`.
 */
export function typeErrors(entry: string, options: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    strict: true,
    skipLibCheck: false,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    ...options,
  });
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" };
  return ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim());
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`: a secure context, so Web Crypto works there. */
  url: string;
  close(): Promise<void>;
}

export interface ServedFile {
  type: string;
  body: string;
}

/**
 * Serves fixed files by path on 127.0.0.1; any other path gets `fallback` (usually the HTML page).
 * `headers` go on every answer (e.g. a Content-Security-Policy).
 */
export async function serveFiles(
  files: Record<string, ServedFile>,
  options: { fallback: ServedFile; headers?: Record<string, string> },
): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname] ?? options.fallback;
    res.writeHead(200, { "content-type": file.type, ...options.headers }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
