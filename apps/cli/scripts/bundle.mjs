#!/usr/bin/env node
// Bundles the `ims` binary into dist/cli/: one file for what every command needs (commander and the
// command tree), and split chunks, loaded on demand, for the client, YAML, JMESPath, the profile
// parser and the contract validator. Loading one file instead of ~50 ES modules roughly halves the
// cold start (see scripts/bench.mjs); the tsc output in dist/ stays the package's library entry.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const lazyChildProcess = fileURLToPath(new URL("lazy-child-process.cjs", import.meta.url));

/** Hands commander a child_process that loads on first use (see lazy-child-process.cjs). */
const lazyChildProcessPlugin = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: lazyChildProcess } : undefined,
    );
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { ims: "dist/bin.js" },
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  // commander is CommonJS and calls require(); ESM output has none unless we make one.
  banner: { js: 'import { createRequire as __imsCreateRequire } from "node:module";\nconst require = __imsCreateRequire(import.meta.url);' },
  legalComments: "none",
  plugins: [lazyChildProcessPlugin],
  logLevel: "warning",
});
