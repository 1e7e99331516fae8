#!/usr/bin/env node
// Builds dist/: reference.html (redocly build-docs --inlineBundle, so no script comes from a CDN),
// index.html (quick start and packages) and openapi.json (the bundled spec, for download).
// `--spec <file.json>` and `--out <dir>` build another spec elsewhere (the tests build hostile ones).
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { forReference, operationsOf, withLocalBadge } from "../src/decorate.mjs";
import { codeBlocksUnder, publicPackages, renderLanding } from "../src/landing.mjs";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const appDir = path.resolve(here, "..");
const root = path.resolve(appDir, "../..");
const { values: args } = parseArgs({ options: { spec: { type: "string" }, out: { type: "string" } } });
const dist = path.resolve(args.out ?? path.join(appDir, "dist"));
const redocly = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
const specFile = path.resolve(args.spec ?? require.resolve("@imsjs/openapi/openapi.json"));

const started = performance.now();
const spec = JSON.parse(await readFile(specFile, "utf8"));
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const work = await mkdtemp(path.join(tmpdir(), "imsjs-docs-"));
try {
  const decorated = path.join(work, "openapi.json");
  await writeFile(decorated, JSON.stringify(forReference(spec)));
  const title = `${spec.info.title} reference`;
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  await run(
    process.execPath,
    [redocly, "build-docs", decorated, "--output", path.join(dist, "reference.html"), "--inlineBundle", "--title", title, "--lint-config", "off"],
    { cwd: work, env },
  );
  const reference = path.join(dist, "reference.html");
  await writeFile(reference, withLocalBadge(await readFile(reference, "utf8")));
} finally {
  await rm(work, { recursive: true, force: true });
}

const readme = await readFile(path.join(root, "README.md"), "utf8");
const landing = renderLanding(
  {
    title: spec.info.title,
    version: spec.info.version,
    operations: operationsOf(spec).length,
    quickStart: codeBlocksUnder(readme, "Quick start"),
    clientExample: codeBlocksUnder(readme, "Using the client"),
    packages: await publicPackages(root),
  },
  await readFile(path.join(appDir, "src/landing.html"), "utf8"),
);
await writeFile(path.join(dist, "index.html"), landing);
await copyFile(specFile, path.join(dist, "openapi.json"));
console.log(`docs: wrote ${path.relative(root, dist)}/{index,reference}.html in ${Math.round(performance.now() - started)} ms`);
