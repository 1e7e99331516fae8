// `release:dry`: what the next release would publish, computed on a copy of the repository:
// `changeset version` applies the pending changesets there, then `pnpm -r publish --dry-run`
// packs every public package exactly as a real publish would.
import { existsSync, readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { copyRepo } from "./copy.js";
import { CommandError, run } from "./exec.js";
import { parseNpmNotice, type Tarball } from "./npm-notice.js";
import { publicPackages } from "./workspace.js";

const require = createRequire(import.meta.url);
const changesetBin = path.join(path.dirname(require.resolve("@changesets/cli/package.json")), "bin.js");

export interface PlannedPackage {
  name: string;
  from: string;
  to: string;
  tarball?: Tarball;
  /** Published files that look like leftovers of an old build (no matching source file). */
  stale: string[];
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

    const args = ["-r", "publish", "--dry-run", "--no-git-checks"];
    if (options.registry) args.push("--registry", options.registry);
    const publish = await run("pnpm", args, { cwd: copy, env });
    if (publish.code !== 0) throw new CommandError("pnpm -r publish --dry-run", publish);

    const tarballs = new Map(parseNpmNotice(publish.stderr).map((t) => [t.name, t]));
    const after = await publicPackages(copy);
    const packages = after.map((p) => {
      const tarball = tarballs.get(p.name);
      return {
        name: p.name,
        from: before.get(p.name) ?? "(new)",
        to: p.version,
        stale: tarball ? staleFiles(tarball, p.relDir, copy) : [],
        ...(tarball ? { tarball } : {}),
      };
    });
    return { copy, packages };
  } finally {
    if (!options.keep) await rm(copy, { recursive: true, force: true });
  }
}

/**
 * tsc never deletes outputs, so a renamed source leaves its old `dist/x.js` behind and it gets
 * published. Flags `dist|lib/**\/*.js` files with no `src/**\/*.ts|tsx|js|mjs` counterpart.
 */
function staleFiles(tarball: Tarball, relDir: string, copy: string): string[] {
  const sources = new Set(
    sourcesOf(path.join(copy, relDir)).map((s) => s.replace(/\.(ts|tsx|mts|js|mjs)$/, "")),
  );
  if (sources.size === 0) return [];
  return tarball.files
    .map((f) => f.path)
    .filter((f) => /^(dist|lib)\/.+\.js$/.test(f))
    .filter((f) => !sources.has(f.replace(/^(dist|lib)\//, "").replace(/\.js$/, "")));
}

function sourcesOf(dir: string): string[] {
  const src = path.join(dir, "src");
  if (!existsSync(src)) return [];
  return readdirSync(src, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
}
