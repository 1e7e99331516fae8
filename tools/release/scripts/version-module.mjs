#!/usr/bin/env node
// Writes src/generated/version.ts of the package in the current directory (or the one given) from its
// package.json, for code that reports its own version (the client's User-Agent, `ims --version`).
// `changeset version` changes only package.json: this runs before every build (turbo's build
// depends on generate) and in `pnpm release:version`, so the code follows. `--check` exits 1 when
// the committed file is stale. Plain JavaScript, so that it runs before anything is built.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The module's text for a package directory; typed `string`, so the public API does not change with every release. */
async function versionModule(dir) {
  const { name, version } = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
  return `/* Generated from package.json by \`pnpm generate\` (tools/release/scripts/version-module.mjs). Do not edit: \`pnpm release:version\` rewrites it. */

/** The version of ${name}, as published. */
export const VERSION: string = ${JSON.stringify(version)};
`;
}

/** Writes (or with `check`, compares) the module; resolves to whether the file was already current. */
export async function writeVersionModule(dir, check = false) {
  const file = path.join(dir, "src", "generated", "version.ts");
  const text = await versionModule(dir);
  if ((await readFile(file, "utf8").catch(() => null)) === text) return true;
  if (!check) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return false;
}

/** `[dir] [--check]`: resolves to the exit code. */
export async function main(args) {
  const check = args.includes("--check");
  const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? ".");
  const current = await writeVersionModule(dir, check);
  const rel = path.relative(process.cwd(), path.join(dir, "src/generated/version.ts"));
  if (check && !current) {
    console.error(`${rel} is stale: run \`pnpm generate\` (after \`changeset version\`, \`pnpm release:version\` does both)`);
    return 1;
  }
  console.log(current ? `${rel} is up to date` : `wrote ${rel}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
