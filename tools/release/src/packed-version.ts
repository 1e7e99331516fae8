// Does the code a package publishes report the version in its manifest? `changeset version` only
// edits package.json: a version module (src/generated/version.ts, which
// scripts/version-module.mjs writes from package.json) and a bin's `--version` follow it only once
// the package is generated and built again, and a build made before the bump would ship the old one.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "./exec.js";
import type { Manifest } from "./workspace.js";

const VERSION_MODULE = /^(?:.+\/)?generated\/version\.(?:c|m)?js$/;
const SEMVER = /\d+\.\d+\.\d+(?:-[\w.]+)?(?:\+[\w.]+)?/g;

/** The bins of a manifest, as package-relative paths. */
function bins(manifest: Manifest): [name: string, file: string][] {
  if (!manifest.bin) return [];
  const entries: [string, string][] = typeof manifest.bin === "string" ? [[manifest.name.replace(/^@[^/]+\//, ""), manifest.bin]] : Object.entries(manifest.bin);
  return entries.map(([name, file]) => [name, path.posix.normalize(file)]);
}

/**
 * What in `files` (the package-relative paths that would be published) reports another version than
 * `manifest.version`: the compiled version module, which must be there when the package has one, and
 * each bin that answers `--version` with a version. One message per problem.
 */
export async function versionProblems(pkgDir: string, manifest: Manifest, files: string[]): Promise<string[]> {
  const want = manifest.version;
  const problems: string[] = [];
  const modules = files.filter((f) => VERSION_MODULE.test(f));
  if (modules.length === 0 && existsSync(path.join(pkgDir, "src/generated/version.ts"))) {
    problems.push("src/generated/version.ts is not built: no generated/version.js would be published");
  }
  for (const file of modules) {
    const said = /\bVERSION = "([^"]*)"/.exec(await readFile(path.join(pkgDir, file), "utf8"))?.[1];
    if (said !== want) problems.push(`${file} says VERSION = ${JSON.stringify(said ?? null)}, package.json ${want}`);
  }
  const published = new Set(files);
  for (const [name, file] of bins(manifest).filter(([, f]) => published.has(f))) {
    // In a home of its own: a bin may keep caches or config there, and this run is no user's.
    const home = await mkdtemp(path.join(tmpdir(), "imsjs-release-bin-"));
    try {
      const r = await run(process.execPath, [path.join(pkgDir, file), "--version"], { cwd: pkgDir, env: { PATH: process.env["PATH"] ?? "", HOME: home } });
      const versions: string[] = r.code === 0 ? (r.stdout.match(SEMVER) ?? []) : [];
      // A bin without --version (or that prints no version) says nothing either way.
      if (versions.length > 0 && !versions.includes(want)) problems.push(`${name} --version prints ${r.stdout.trim()}, package.json ${want}`);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }
  return problems;
}

/** The files under a `files` entry of a manifest, package-relative (an entry with a glob is not followed). */
async function filesUnder(pkgDir: string, entry: string): Promise<string[]> {
  const full = path.join(pkgDir, entry);
  if (!(await stat(full).then((s) => s.isDirectory(), () => false))) return [path.posix.normalize(entry)];
  const found = await readdir(full, { recursive: true, withFileTypes: true });
  return found.filter((d) => d.isFile()).map((d) => path.relative(pkgDir, path.join(d.parentPath, d.name)).split(path.sep).join("/"));
}

/**
 * Why the package in `pkgDir` must not be published as it stands: a `files` entry that is not there
 * (not built), or code that reports another version than package.json (built before the bump).
 */
export async function prepublishProblems(pkgDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(pkgDir, "package.json"), "utf8")) as Manifest;
  const entries = (manifest.files ?? []).filter((f) => !/[*?[{!]/.test(f));
  const missing = entries.filter((f) => !existsSync(path.join(pkgDir, f)));
  if (missing.length > 0) return missing.map((f) => `${f} is missing: build first`);
  return versionProblems(pkgDir, manifest, (await Promise.all(entries.map((e) => filesUnder(pkgDir, e)))).flat());
}
