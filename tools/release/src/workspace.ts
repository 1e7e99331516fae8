// The packages of a pnpm workspace, read from pnpm-workspace.yaml, so every check here works on
// whatever packages exist (and on the fixture workspaces of the tests).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  exports?: unknown;
  types?: string;
  main?: string;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  engines?: Record<string, string>;
  [key: string]: unknown;
}

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute directory. */
  dir: string;
  /** Directory relative to the workspace root, with forward slashes. */
  relDir: string;
  private: boolean;
  manifest: Manifest;
}

async function globDirs(root: string, pattern: string): Promise<string[]> {
  // pnpm-workspace globs here are `dir/*` or a literal directory; that is all this repo uses.
  if (pattern.endsWith("/*")) {
    const base = pattern.slice(0, -2);
    const entries = await readdir(path.join(root, base), { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory()).map((e) => `${base}/${e.name}`);
  }
  if (/[*?[{]/.test(pattern)) throw new Error(`unsupported workspace glob "${pattern}" in pnpm-workspace.yaml`);
  return [pattern];
}

export async function listPackages(root: string): Promise<WorkspacePackage[]> {
  const config = parse(await readFile(path.join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const found: WorkspacePackage[] = [];
  for (const pattern of config.packages ?? []) {
    for (const relDir of await globDirs(root, pattern)) {
      const dir = path.join(root, relDir);
      const text = await readFile(path.join(dir, "package.json"), "utf8").catch(() => null);
      if (text === null) continue;
      const manifest = JSON.parse(text) as Manifest;
      found.push({ name: manifest.name, version: manifest.version, dir, relDir, private: manifest.private === true, manifest });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function publicPackages(root: string): Promise<WorkspacePackage[]> {
  return (await listPackages(root)).filter((p) => !p.private);
}

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

/** Names of the `workspace:` dependencies of a package, in every dependency field. */
export function workspaceDependencies(manifest: Manifest): string[] {
  const names = new Set<string>();
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) if (range.startsWith("workspace:")) names.add(name);
  }
  return [...names];
}
