// The CI gate: a breaking spec change needs a major changeset for the contract package, and any
// change under spec/ needs a changeset for it at all.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pendingBumps, type Bump } from "./changesets.js";
import type { SpecChange } from "./classify.js";
import { diffSpecs } from "./diff.js";
import { changedSince, extractAt, GitError, resolveBase, shortSha } from "./git.js";
import { currentVersion, versionBumpSince } from "./version-bump.js";

export interface GateOptions {
  cwd: string;
  /** Git ref to compare with; the last release tag, origin/main or main when absent. */
  base?: string;
  /** Root file of the spec, relative to cwd. */
  spec?: string;
  /** The package the spec is released in. */
  packageName?: string;
  /** That package's package.json, relative to cwd. */
  manifest?: string;
}

export interface GateResult {
  base: string;
  baseSha: string;
  spec: string;
  packageName: string;
  changedFiles: string[];
  changes: SpecChange[];
  /** The bigger of the pending changesets' bump and the version already bumped since base. */
  bump: Bump;
  /**
   * The package has never been released (version 0.0.0): a break harms no one, so any pending
   * changeset will do, and the first release stays 0.1.0 instead of becoming 1.0.0.
   */
  unreleased: boolean;
  failures: string[];
}

const ORDER: Bump[] = ["none", "patch", "minor", "major"];
const larger = (a: Bump, b: Bump): Bump => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export async function runGate(options: GateOptions): Promise<GateResult> {
  const { cwd } = options;
  const spec = options.spec ?? "spec/openapi.yaml";
  const packageName = options.packageName ?? "@imsjs/openapi";
  const specDir = path.dirname(spec);
  const base = await resolveBase(cwd, options.base);
  const manifest = options.manifest ?? "packages/openapi/package.json";
  const [baseSha, changedFiles, bumps, released, version] = await Promise.all([
    shortSha(cwd, base),
    changedSince(cwd, base, specDir),
    pendingBumps(cwd),
    versionBumpSince(cwd, base, manifest),
    currentVersion(cwd, manifest),
  ]);
  const unreleased = version === "0.0.0";
  let changes: SpecChange[] = [];
  if (changedFiles.length > 0) {
    const dir = await extractAt(cwd, base, specDir);
    try {
      if (!existsSync(path.join(dir, spec))) throw new GitError(`${spec} does not exist at base ref "${base}", so there is no spec to compare with`);
      changes = await diffSpecs(path.join(dir, spec), path.join(cwd, spec), { cwd, baseRoot: { dir, ref: base } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const bump = larger(bumps.get(packageName) ?? "none", released);
  const failures: string[] = [];
  const breaking = changes.filter((c) => c.breaking).length;
  if (breaking > 0 && bump !== "major" && !unreleased) {
    failures.push(
      `${breaking} breaking change(s) since ${base} need a changeset that bumps ${packageName} major (pending: ${bump}). ` +
        "Undo the break, or run `pnpm changeset` and choose major.",
    );
  }
  if (changedFiles.length > 0 && bump === "none") {
    failures.push(`${specDir}/ changed since ${base} but no pending changeset releases ${packageName}. Run \`pnpm changeset\`.`);
  }
  return { base, baseSha, spec, packageName, changedFiles, changes, bump, unreleased, failures };
}
