#!/usr/bin/env node
// Bundles the `ims` binary into dist/cli/ as CommonJS: ims.js holds what every command needs
// (commander and the command tree); each library that only some commands need (the client, the
// contract validator, the spec's operation index, YAML, JMESPath, the profile parser) is its own
// file, required on first use. CommonJS because Node 20 starts an ES module entry through its async
// ESM loader (~3.5 ms more than a script) and loads every later chunk through it too; one file
// instead of ~50 ES modules had already halved the cold start (see scripts/bench.mjs). The tsc
// output in dist/ stays the package's library entry.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const lazyChildProcess = fileURLToPath(new URL("lazy-child-process.cjs", import.meta.url));

/** What the CLI loads on demand (`await import(...)`), and the file each is bundled into. */
const LAZY = {
  "@imsjs/client": "client",
  "@imsjs/contract": "contract",
  "@imsjs/openapi": "openapi",
  yaml: "yaml",
  ini: "ini",
  "@jmespath-community/jmespath": "jmespath",
};

/**
 * Dynamic imports of those libraries (from the CLI or from each other) become require() of their
 * own bundle beside ims.js, so each is loaded once, when first needed, and shared by all. Static
 * imports are bundled where they stand.
 */
const lazyPlugin = {
  name: "lazy-libraries",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const name = LAZY[args.path];
      if (name !== undefined && args.kind === "dynamic-import") return { path: `./${name}.cjs`, external: true };
      return undefined;
    });
  },
};

/** Hands commander a child_process that loads on first use (see lazy-child-process.cjs). */
const lazyChildProcessPlugin = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: lazyChildProcess } : undefined,
    );
  },
};

const outdir = `${root}/dist/cli`;
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // import() of a bundled or lazy module becomes a require(): no trip through the ESM loader.
  supported: { "dynamic-import": false },
  legalComments: "none",
  logLevel: "warning",
};

await build({ ...common, entryPoints: { main: "dist/main.js" }, outdir, outExtension: { ".js": ".cjs" }, plugins: [lazyPlugin, lazyChildProcessPlugin] });
await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(LAZY).map(([pkg, name]) => [name, pkg])),
  outdir,
  outExtension: { ".js": ".cjs" },
  plugins: [lazyPlugin],
});
// The binary: a loader that runs main.cjs from V8 code cache (see ims-loader.cjs).
copyFileSync(fileURLToPath(new URL("ims-loader.cjs", import.meta.url)), `${outdir}/ims.js`);
chmodSync(`${outdir}/ims.js`, 0o755);
// ims.js is CommonJS although the package is "type": "module".
writeFileSync(`${outdir}/package.json`, `${JSON.stringify({ type: "commonjs" })}\n`);

// The code cache, from a dry run against a closed local port, with no profile and no real credentials.
const home = mkdtempSync(join(tmpdir(), "ims-code-cache-"));
const trained = spawnSync(process.execPath, [fileURLToPath(new URL("train-code-cache.cjs", import.meta.url)), outdir], {
  env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, "config"), IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "code-cache" },
  stdio: ["ignore", "ignore", "inherit"],
});
rmSync(home, { recursive: true, force: true });
if (trained.status !== 0) throw new Error(`code cache training exited ${trained.status}`);
