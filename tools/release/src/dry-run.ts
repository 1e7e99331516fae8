// `release:dry`: what the next release would publish, computed on a copy of the repository:
// `changeset version` applies the pending changesets there, the root's `build` script (if any)
// builds with the new versions, as `pnpm release:publish` does, then `pnpm -r publish --dry-run`
// packs every public package exactly as a real publish would.
import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { copyRepo } from "./copy.js";
import { CommandError, run } from "./exec.js";
import { parseNpmNotice, type Tarball } from "./npm-notice.js";
import { versionProblems } from "./packed-version.js";
import { publicPackages, type Manifest } from "./workspace.js";

const require = createRequire(import.meta.url);
const changesetBin = path.join(path.dirname(require.resolve("@changesets/cli/package.json")), "bin.js");

export interface PlannedPackage {
  name: string;
  from: string;
  to: string;
  tarball?: Tarball;
  /** Published files that look like leftovers of an old build (no matching source file). */
  stale: string[];
  /** Where the packed code reports another version than `to` (see packed-version.ts). */
  versions: string[];
}

export interface DryRunOptions {
  root: string;
  /** Registry for pnpm's "is this version already published" lookups (tests use a local stub). */
  registry?: string;
  /** Keep the temporary copy (for debugging). */
  keep?: boolean;
}

export interface DryRunResult {
  copy: string;
  packages: PlannedPackage[];
}

export async function releaseDry(options: DryRunOptions): Promise<DryRunResult> {
  const before = new Map((await publicPackages(options.root)).map((p) => [p.name, p.version]));
  const copy = await copyRepo(options.root);
  try {
    const env = { ...process.env, CI: "true", npm_config_update_notifier: "false" };
    const version = await run(process.execPath, [changesetBin, "version"], { cwd: copy, env });
    if (version.code !== 0) throw new CommandError("changeset version", version);

    const root = JSON.parse(await readFile(path.join(copy, "package.json"), "utf8")) as Manifest;
    if (typeof (root["scripts"] as Record<string, unknown> | undefined)?.["build"] === "string") {
      // turbo may take what has not changed from the working tree's cache, but never writes to it.
      const buildEnv = { ...env, TURBO_CACHE_DIR: path.join(options.root, ".turbo", "cache"), TURBO_CACHE: "local:r" };
      const build = await run("pnpm", ["run", "build"], { cwd: copy, env: buildEnv });
      if (build.code !== 0) throw new CommandError("pnpm run build", build);
    }

    const args = ["-r", "publish", "--dry-run", "--no-git-checks"];
    if (options.registry) args.push("--registry", options.registry);
    const publish = await run("pnpm", args, { cwd: copy, env });
    if (publish.code !== 0) throw new CommandError("pnpm -r publish --dry-run", publish);

    const tarballs = new Map(parseNpmNotice(publish.stderr).map((t) => [t.name, t]));
    const after = await publicPackages(copy);
    const packages = await Promise.all(after.map(async (p) => {
      const tarball = tarballs.get(p.name);
      return {
        name: p.name,
        from: before.get(p.name) ?? "(new)",
        to: p.version,
        stale: tarball ? await staleFiles(tarball, path.join(options.root, p.relDir)) : [],
        versions: tarball ? await versionProblems(path.join(copy, p.relDir), p.manifest, tarball.files.map((f) => f.path)) : [],
        ...(tarball ? { tarball } : {}),
      };
    }));
    return { copy, packages };
  } finally {
    if (!options.keep) await rm(copy, { recursive: true, force: true });
  }
}

/**
 * tsc and esbuild never delete old outputs, so a renamed source or an old chunk stays in dist/ and
 * gets published. A file is stale when it has no `src/` counterpart and is older than the oldest
 * compiled output that has one (those are rewritten on every build). Without compiled outputs
 * (a pure bundle) nothing can be told apart, and nothing is flagged.
 */
async function staleFiles(tarball: Tarball, pkgDir: string): Promise<string[]> {
  const sources = new Set(sourcesOf(pkgDir).map(stem));
  if (sources.size === 0) return [];
  const outputs = tarball.files.map((f) => f.path).filter((f) => /^(dist|lib)\/.+\.(c|m)?js$/.test(f));
  const times = await Promise.all(
    outputs.map(async (f) => [f, await stat(path.join(pkgDir, f)).then((s) => s.mtimeMs, () => Infinity)] as const),
  );
  const compiled = times.filter(([f]) => sources.has(stem(f.replace(/^(dist|lib)\//, ""))));
  if (compiled.length === 0) return [];
  const buildStart = Math.min(...compiled.map(([, t]) => t)) - BUILD_SLACK_MS;
  return times.filter(([f, t]) => !sources.has(stem(f.replace(/^(dist|lib)\//, ""))) && t < buildStart).map(([f]) => f);
}

/** Outputs of one build are written within seconds; leftovers are older than that. */
const BUILD_SLACK_MS = 2000;

const stem = (file: string) => file.replace(/\.(d\.)?(ts|tsx|mts|cts|js|mjs|cjs)$/, "");

function sourcesOf(dir: string): string[] {
  const src = path.join(dir, "src");
  if (!existsSync(src)) return [];
  return readdirSync(src, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
}
