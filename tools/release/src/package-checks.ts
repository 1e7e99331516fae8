// `release:check`: every public package, packed as it would be published, must pass publint
// (strict), @arethetypeswrong/cli, and our own rules (LICENSE, README opening with an example,
// dependencies that match what the published modules import, an engines.node its dependencies keep).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import ts from "typescript";
import { run } from "./exec.js";
import { packTarball, unpack } from "./pack.js";
import { publicPackages, type Manifest, type WorkspacePackage } from "./workspace.js";

const require = createRequire(import.meta.url);
const attwBin = path.join(path.dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist/index.js");
// semver ships no types; this is the one function used.
const semver = require("semver") as { subset(range: string, within: string): boolean };

export type Severity = "error" | "suggestion";

export interface Finding {
  tool: "publint" | "attw" | "imsjs";
  severity: Severity;
  message: string;
}

export interface PackageReport {
  name: string;
  tarball: string;
  profile: AttwProfile;
  findings: Finding[];
}

export type AttwProfile = "strict" | "node16" | "esm-only";

/** Resolution kinds each attw profile ignores (mirrors attw's own profiles, for display). */
const IGNORED_BY_PROFILE: Record<AttwProfile, string[]> = {
  strict: [],
  node16: ["node10"],
  "esm-only": ["node10", "node16-cjs"],
};

/** ESM-only packages are checked with attw's esm-only profile; a `require` condition opts into strict. */
export function attwProfile(manifest: Manifest): AttwProfile {
  return JSON.stringify(manifest.exports ?? {}).includes('"require"') ? "strict" : "esm-only";
}

export async function checkPackages(root: string): Promise<PackageReport[]> {
  const packages = await publicPackages(root);
  const work = await mkdtemp(path.join(tmpdir(), "imsjs-release-check-"));
  try {
    return await Promise.all(packages.map((pkg) => checkPackage(pkg, work)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function checkPackage(pkg: WorkspacePackage, work: string): Promise<PackageReport> {
  const dest = await mkdtemp(path.join(work, "pack-"));
  const tarball = await packTarball(pkg.dir, dest);
  const profile = attwProfile(pkg.manifest);
  const unpacked = await unpack(tarball);
  const findings = [
    ...(await runPublint(unpacked)),
    ...(await runAttw(tarball, profile, assetSubpaths(pkg.manifest))),
    ...(await ownRules(unpacked)),
    ...dependencyFindings(pkg.manifest, await publishedModules(unpacked)),
    ...engineFindings(pkg.manifest, await dependencyManifests(pkg)),
  ];
  return { name: pkg.name, tarball: path.basename(tarball), profile, findings };
}

/** publint on the unpacked tarball (`pack: false`): it sees exactly the published files. */
async function runPublint(unpacked: string): Promise<Finding[]> {
  const { messages, pkg: manifest } = await publint({ pkgDir: unpacked, pack: false, level: "suggestion", strict: true });
  return messages.map((m) => ({
    tool: "publint",
    severity: m.type === "suggestion" ? "suggestion" : "error",
    message: formatMessage(m, manifest, { color: false }) ?? m.code,
  }));
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/**
 * Export subpaths that point only at non-module files (e.g. `./openapi.yaml`): TypeScript cannot
 * import them, so attw would report NoResolution for a file that is meant to be read, not imported.
 */
export function assetSubpaths(manifest: Manifest): string[] {
  const exportsField = manifest.exports;
  if (typeof exportsField !== "object" || exportsField === null || Array.isArray(exportsField)) return [];
  const leaves = (value: unknown): string[] =>
    typeof value === "string" ? [value] : typeof value === "object" && value !== null ? Object.values(value).flatMap(leaves) : [];
  return Object.entries(exportsField)
    .filter(([key]) => key.startsWith("."))
    .filter(([, target]) => {
      const files = leaves(target);
      return files.length > 0 && files.every((f) => !/\.(c|m)?js$|\.d\.(c|m)?ts$|\.json$/.test(f));
    })
    .map(([key]) => key);
}

async function runAttw(tarball: string, profile: AttwProfile, exclude: string[]): Promise<Finding[]> {
  const args = [attwBin, tarball, "--format", "json", "--profile", profile];
  if (exclude.length > 0) args.push("--exclude-entrypoints", ...exclude);
  const result = await run(process.execPath, args, { cwd: path.dirname(tarball) });
  let problems: AttwProblem[];
  try {
    const json = JSON.parse(result.stdout) as { problems?: Record<string, AttwProblem[]> };
    problems = Object.values(json.problems ?? {}).flat();
  } catch {
    return [{ tool: "attw", severity: "error", message: `attw did not run: ${result.stderr.trim() || result.stdout.trim()}` }];
  }
  const ignored = IGNORED_BY_PROFILE[profile];
  const relevant = problems.filter((p) => !p.resolutionKind || !ignored.includes(p.resolutionKind));
  const findings: Finding[] = relevant.map((p) => ({
    tool: "attw",
    severity: "error",
    message: `${p.kind} at "${p.entrypoint ?? "."}"${p.resolutionKind ? ` (${p.resolutionKind})` : ""}`,
  }));
  if (result.code !== 0 && findings.length === 0) findings.push({ tool: "attw", severity: "error", message: `attw exited with ${result.code}` });
  return findings;
}

/** Our own rules, on the unpacked tarball's top-level files. */
async function ownRules(unpacked: string): Promise<Finding[]> {
  const files = await readdir(unpacked);
  const findings: Finding[] = [];
  if (!files.some((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f))) {
    findings.push({ tool: "imsjs", severity: "error", message: "no LICENSE file in the tarball" });
  }
  const readme = files.find((f) => /^readme\.md$/i.test(f));
  const text = readme ? await readFile(path.join(unpacked, readme), "utf8") : undefined;
  if (text === undefined) findings.push({ tool: "imsjs", severity: "error", message: "no README.md in the tarball" });
  else if (!opensWithExample(text)) {
    findings.push({ tool: "imsjs", severity: "error", message: "README.md does not start with a runnable example (a code block before the second heading)" });
  }
  return findings;
}

const MODULE = /\.(c|m)?js$|\.d\.(c|m)?ts$/;

/** The text of every JavaScript module and declaration file of an unpacked package, by path. */
async function publishedModules(unpacked: string): Promise<Record<string, string>> {
  const files = (await readdir(unpacked, { recursive: true })).filter((f) => MODULE.test(f)).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.split(path.sep).join("/"), await readFile(path.join(unpacked, f), "utf8")])));
}

/**
 * The packages a module imports by name: static, dynamic, `require()` and type-only imports, read
 * by TypeScript's scanner (so strings and comments that look like imports do not count). Node
 * built-ins, relative and URL specifiers are left out.
 */
export function importedPackages(source: string): string[] {
  const names = ts.preProcessFile(source, true, true).importedFiles.flatMap(({ fileName: spec }) => {
    if (/^[./]|^[a-z][a-z0-9+.-]*:/i.test(spec) || isBuiltin(spec)) return [];
    const [first, second] = spec.split("/");
    return [first!.startsWith("@") ? `${first}/${second}` : first!];
  });
  return [...new Set(names)];
}

/**
 * A published module may import only what the manifest declares (or the package itself), and each
 * of `dependencies` must be imported by a published module: consumers install every one of them.
 */
export function dependencyFindings(manifest: Manifest, modules: Record<string, string>): Finding[] {
  const declared = new Set([manifest.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies })]);
  const used = new Set<string>();
  const findings: Finding[] = [];
  for (const [file, source] of Object.entries(modules)) {
    for (const name of importedPackages(source)) {
      used.add(name);
      if (!declared.has(name)) findings.push({ tool: "imsjs", severity: "error", message: `${file} imports ${name}, which package.json does not declare` });
    }
  }
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (!used.has(name)) findings.push({ tool: "imsjs", severity: "error", message: `dependency ${name} is imported by no published file (a devDependency?)` });
  }
  return findings;
}

/** The installed manifests of a package's dependencies (those not installed are left out). */
async function dependencyManifests(pkg: WorkspacePackage): Promise<Manifest[]> {
  const read = (name: string) =>
    readFile(path.join(pkg.dir, "node_modules", name, "package.json"), "utf8").then((text) => [JSON.parse(text) as Manifest], () => []);
  return (await Promise.all(Object.keys(pkg.manifest.dependencies ?? {}).map(read))).flat();
}

/**
 * `engines.node` must be there, and admit no Node version that a dependency's own `engines.node`
 * refuses: installing the package there warns about that dependency anyway (or fails, with
 * engine-strict), so the package would promise what its install does not keep.
 */
export function engineFindings(manifest: Manifest, dependencies: Manifest[]): Finding[] {
  const own = manifest.engines?.["node"];
  if (!own) return [{ tool: "imsjs", severity: "error", message: "package.json has no engines.node" }];
  return dependencies.flatMap((dep) => {
    const theirs = dep.engines?.["node"];
    return theirs && !semver.subset(own, theirs)
      ? [{ tool: "imsjs", severity: "error", message: `engines.node ${own} admits Node versions that ${dep.name} (engines.node ${theirs}) does not` } satisfies Finding]
      : [];
  });
}

/** True when a fenced code block comes before the README's second heading. */
export function opensWithExample(markdown: string): boolean {
  const headings = [...markdown.matchAll(/^#{1,6} /gm)].map((m) => m.index ?? 0);
  const fence = markdown.search(/^```/m);
  return fence >= 0 && (headings.length < 2 || fence < headings[1]!);
}
