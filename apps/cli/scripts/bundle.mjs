#!/usr/bin/env node
// Bundles the `ims` binary into dist/cli/ as CommonJS: ims.js holds what every command needs
// (commander and the command tree); each library that only some commands need (the client, the
// contract validator, the spec's operation index, YAML, JMESPath, the profile parser) is its own
// file, required on first use. CommonJS because Node 20 starts an ES module entry through its async
// ESM loader (~3.5 ms more than a script) and loads every later chunk through it too; one file
// instead of ~50 ES modules had already halved the cold start (see scripts/bench.mjs). The tsc
// output in dist/ stays the package's library entry.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const lazyChildProcess = fileURLToPath(new URL("lazy-child-process.cjs", import.meta.url));

/** What the CLI loads on demand (`await import(...)`), and the file each is bundled into. */
const LAZY = {
  "@imsjs/client": "client",
  "@imsjs/contract": "contract",
  "@imsjs/openapi": "openapi",
  "@imsjs/openapi/openapi.json": "spec",
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

/**
 * The spec, for `ims api --list <operationId>` (src/commands/api-describe.ts), with only what that
 * reads: each operation's parameters and request body schemas, and the shared parameters. The whole
 * spec (examples, descriptions, responses) would add ~300 kB to the package for nothing.
 */
const specPlugin = {
  name: "pruned-spec",
  setup(b) {
    b.onLoad({ filter: /[\\/]openapi\.json$/ }, (args) => {
      const spec = JSON.parse(readFileSync(args.path, "utf8"));
      const bodyOf = (rb) => rb && { required: rb.required, content: Object.fromEntries(Object.entries(rb.content ?? {}).map(([type, c]) => [type, { schema: c.schema }])) };
      const paths = Object.fromEntries(
        Object.entries(spec.paths).map(([p, item]) => [
          p,
          Object.fromEntries(
            Object.entries(item).map(([k, v]) => [k, k === "parameters" ? v : { operationId: v.operationId, parameters: v.parameters, requestBody: bodyOf(v.requestBody) }]),
          ),
        ]),
      );
      // As a CommonJS module: esbuild gives a JSON entry point no exports in the cjs format.
      return { contents: `module.exports = ${JSON.stringify({ paths, components: { parameters: spec.components?.parameters ?? {} } })};\n`, loader: "js" };
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

// Or into a new directory given as the argument (the tests bundle twice to show the output is reproducible).
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : `${root}/dist/cli`;
if (process.argv[2]) mkdirSync(outdir);
else rmSync(outdir, { recursive: true, force: true });

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
  plugins: [lazyPlugin, specPlugin],
});
// The binary: a loader that runs main.cjs through V8 code cache (see ims-loader.cjs), told a hash of
// each bundle so that it never takes a cache made for another build.
const bundles = Object.fromEntries(
  ["main", ...Object.values(LAZY)].map((name) => [`${name}.cjs`, createHash("sha256").update(readFileSync(path.join(outdir, `${name}.cjs`))).digest("hex").slice(0, 16)]),
);
const loader = readFileSync(fileURLToPath(new URL("ims-loader.cjs", import.meta.url)), "utf8");
if (!loader.includes("const BUILD = {};")) throw new Error("ims-loader.cjs no longer declares `const BUILD = {};`");
writeFileSync(`${outdir}/ims.js`, loader.replace("const BUILD = {};", `const BUILD = ${JSON.stringify(bundles)};`));
chmodSync(`${outdir}/ims.js`, 0o755);
// ims.js is CommonJS although the package is "type": "module".
writeFileSync(`${outdir}/package.json`, `${JSON.stringify({ type: "commonjs" })}\n`);
