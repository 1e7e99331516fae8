// The CI gate: a breaking spec change needs a major changeset for the contract package, and any
// change under spec/ needs a changeset for it at all.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pendingBumps, type Bump } from "./changesets.js";
import type { SpecChange } from "./classify.js";
import { diffSpecs } from "./diff.js";
import { changedSince, extractAt, forkPoint, git, GitError, resolveBase, shortSha } from "./git.js";
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
  /** The commit compared with: `base`'s own, or where HEAD forked from it. */
  baseSha: string;
  /**
   * `fork-point`: `base` moved on since HEAD forked from it, so the fork point was compared with;
   * `no-common-history`: HEAD and `base` share no commit (a shallow clone), so `base` itself was.
   */
  comparedWith: "base" | "fork-point" | "no-common-history";
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
const ADDITIONS: ReadonlySet<SpecChange["entity"]> = new Set(["operation", "parameter", "field"]);
const larger = (a: Bump, b: Bump): Bump => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export async function runGate(options: GateOptions): Promise<GateResult> {
  const { cwd } = options;
  const spec = options.spec ?? "spec/openapi.yaml";
  const packageName = options.packageName ?? "@imsjs/openapi";
  const specDir = path.dirname(spec);
  // A mistyped --spec names no changed file, so the gate would pass having compared nothing.
  if (!existsSync(path.join(cwd, spec))) throw new Error(`${spec} does not exist in ${cwd}: pass the root file of the spec with --spec`);
  const base = await resolveBase(cwd, options.base);
  const manifest = options.manifest ?? "packages/openapi/package.json";
  // Against a branch that moved on since HEAD forked from it, the working tree would seem to revert
  // everything merged there since (an operation added on main reads as removed here).
  const [fork, baseCommit] = await Promise.all([forkPoint(cwd, base), git(cwd, ["rev-parse", `${base}^{commit}`])]);
  const comparedWith = fork === undefined ? "no-common-history" : fork === baseCommit ? "base" : "fork-point";
  const against = comparedWith === "fork-point" ? await shortSha(cwd, fork!) : base;
  const since = comparedWith === "fork-point" ? `${against} (where HEAD forked from ${base})` : base;
  const [baseSha, changedFiles, bumps, released, version] = await Promise.all([
    shortSha(cwd, against),
    changedSince(cwd, against, specDir),
    pendingBumps(cwd),
    versionBumpSince(cwd, against, manifest),
    currentVersion(cwd, manifest),
  ]);
  const unreleased = version === "0.0.0";
  let changes: SpecChange[] = [];
  if (changedFiles.length > 0) {
    const dir = await extractAt(cwd, against, specDir);
    try {
      if (!existsSync(path.join(dir, spec))) throw new GitError(`${spec} does not exist at base ref "${against}", so there is no spec to compare with`);
      changes = await diffSpecs(path.join(dir, spec), path.join(cwd, spec), { cwd, baseRoot: { dir, ref: against } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const bump = larger(bumps.get(packageName) ?? "none", released);
  const failures: string[] = [];
  const breaking = changes.filter((c) => c.breaking).length;
  if (breaking > 0 && bump !== "major" && !unreleased) {
    failures.push(
      `${breaking} breaking change(s) since ${since} need a changeset that bumps ${packageName} major (pending: ${bump}). ` +
        "Undo the break, or run `pnpm changeset` and choose major.",
    );
  }
  // New operations, parameters and fields are features: CONTRIBUTING asks for minor, and a patch
  // would tell users of the released contract there is nothing new to call.
  const additions = changes.filter((c) => !c.breaking && c.kind === "added" && ADDITIONS.has(c.entity)).length;
  if (breaking === 0 && additions > 0 && bump === "patch" && !unreleased) {
    failures.push(
      `${additions} addition(s) since ${since} need a changeset that bumps ${packageName} minor or major (pending: ${bump}). ` +
        "Run `pnpm changeset` and choose minor.",
    );
  }
  if (changedFiles.length > 0 && bump === "none") {
    failures.push(`${specDir}/ changed since ${since} but no pending changeset releases ${packageName}. Run \`pnpm changeset\`.`);
  }
  return { base, baseSha, comparedWith, spec, packageName, changedFiles, changes, bump, unreleased, failures };
}
