// `api:check` / `api:update`: the public API of every public package is snapshotted as an API
// Extractor report in one folder. The check fails when a report differs from its snapshot (run
// `api:update` and review the diff), and when a snapshot changed since the base ref but no
// pending changeset releases that package.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { changedSince, forkPoint, git, pendingBumps, resolveBase } from "@imsjs/spec-diff";
import { apiEntries, generateReport } from "./api-report.js";
import { publicPackages } from "./workspace.js";

export interface ApiCheckOptions {
  root: string;
  /** Folder of the `.api.md` snapshots, relative to root. */
  snapshots?: string;
  /** Write the reports instead of comparing them. */
  update?: boolean;
  /** Git ref the changeset rule compares snapshots with (default as for spec:diff). */
  base?: string;
}

export type ApiStatus = "unchanged" | "changed" | "new" | "updated" | "removed";

export interface ApiResult {
  packageName: string;
  file: string;
  status: ApiStatus;
}

export interface ApiCheckResult {
  base?: string;
  results: ApiResult[];
  failures: string[];
  notes: string[];
}

export const DEFAULT_SNAPSHOTS = "tools/release/api";

export async function apiCheck(options: ApiCheckOptions): Promise<ApiCheckResult> {
  const { root } = options;
  const folder = options.snapshots ?? DEFAULT_SNAPSHOTS;
  const dir = path.join(root, folder);
  const results: ApiResult[] = [];
  const failures: string[] = [];
  const notes: string[] = [];
  const owners = new Map<string, string>();

  for (const pkg of await publicPackages(root)) {
    for (const entry of apiEntries(pkg)) {
      const file = `${entry.reportName}.api.md`;
      owners.set(file, pkg.name);
      const report = await generateReport(entry);
      const snapshot = await readFile(path.join(dir, file), "utf8").catch(() => undefined);
      if (snapshot === report) {
        results.push({ packageName: pkg.name, file, status: "unchanged" });
      } else if (options.update) {
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, file), report);
        results.push({ packageName: pkg.name, file, status: snapshot === undefined ? "new" : "updated" });
      } else {
        results.push({ packageName: pkg.name, file, status: snapshot === undefined ? "new" : "changed" });
        failures.push(
          snapshot === undefined
            ? `${pkg.name} has no API snapshot ${folder}/${file}: run \`pnpm api:update\` and commit it.`
            : `the public API of ${pkg.name} differs from ${folder}/${file}: review, run \`pnpm api:update\`, commit it with a changeset.${lineChanges(snapshot, report)}`,
        );
      }
    }
  }

  for (const file of (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".api.md") && !owners.has(f))) {
    if (options.update) await rm(path.join(dir, file));
    else failures.push(`${folder}/${file} belongs to no public package: run \`pnpm api:update\`.`);
    results.push({ packageName: "(none)", file, status: "removed" });
  }

  if (options.update) return { results, failures, notes };

  let base: string | undefined;
  try {
    base = await resolveBase(root, options.base);
  } catch (error) {
    // No default base (a clone without main or a release tag) skips the rule; a ref asked for by
    // name that does not exist is a typo, and skipping would pass what it was meant to check.
    if (options.base !== undefined) throw error;
    notes.push(`changeset rule skipped: ${(error as Error).message}`);
    return { results, failures, notes };
  }
  const bumps = await pendingBumps(root);
  // From where HEAD forked: snapshots a branch merged into main since are not this branch's change.
  const fork = await forkPoint(root, base);
  const against = fork ?? base;
  if (fork === undefined) {
    notes.push(
      `HEAD shares no history with ${base} (a shallow clone?), so snapshots are compared with ${base} itself: ` +
        `what ${base} gained since this branch forked shows up as changed here. Fetch more history (git fetch --unshallow) to compare with the fork point.`,
    );
  }
  const changed = await changedSince(root, against, folder);
  const flagged = new Set<string>();
  for (const changedFile of changed) {
    const owner = owners.get(path.basename(changedFile));
    if (!owner || flagged.has(owner)) continue;
    // A package's first snapshot is its baseline; releasing a new package is changesets' business.
    if (!(await existsAt(root, against, changedFile))) {
      notes.push(`${changedFile} is new since ${base}: taken as the baseline of ${owner}.`);
      continue;
    }
    if ((bumps.get(owner) ?? "none") === "none") {
      flagged.add(owner);
      failures.push(`the public API of ${owner} changed since ${base} (${changedFile}) but no pending changeset releases it: run \`pnpm changeset\`.`);
    }
  }
  return { base, results, failures, notes };
}

async function existsAt(root: string, ref: string, file: string): Promise<boolean> {
  return git(root, ["cat-file", "-e", `${ref}:${file}`]).then(
    () => true,
    () => false,
  );
}

const MAX_LINES = 20;

/**
 * The lines only one side has, `-` the snapshot's and `+` the new report's: without them the
 * failure names the package and nothing of what changed in it.
 */
function lineChanges(snapshot: string, report: string): string {
  const before = snapshot.split("\n");
  const after = report.split("\n");
  const kept = new Set(after);
  const had = new Set(before);
  const lines = [
    ...before.filter((l) => l.trim() !== "" && !kept.has(l)).map((l) => `  - ${l}`),
    ...after.filter((l) => l.trim() !== "" && !had.has(l)).map((l) => `  + ${l}`),
  ];
  if (lines.length === 0) return "";
  const more = lines.length > MAX_LINES ? [`  … and ${lines.length - MAX_LINES} more line(s): \`pnpm api:update\`, then \`git diff\` the snapshot`] : [];
  return `\n${[...lines.slice(0, MAX_LINES), ...more].join("\n")}`;
}
