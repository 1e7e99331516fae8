// A release commit (`changeset version`) consumes the changesets and bumps the version instead;
// the gate must accept that too, so it also compares the package version with the base's.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Bump } from "./changesets.js";
import { git } from "./git.js";

function parse(version: unknown): [number, number, number] | undefined {
  const match = typeof version === "string" ? /^(\d+)\.(\d+)\.(\d+)/.exec(version) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(before: string | undefined, after: string | undefined): Bump {
  const a = parse(before);
  const b = parse(after);
  if (!a || !b) return "none";
  if (b[0] > a[0]) return "major";
  if (b[0] < a[0]) return "none";
  if (b[1] > a[1]) return "minor";
  if (b[1] < a[1]) return "none";
  return b[2] > a[2] ? "patch" : "none";
}

/** The version in `manifest` (a package.json path relative to cwd) now; undefined if unreadable. */
export async function currentVersion(cwd: string, manifest: string): Promise<string | undefined> {
  const now = await readFile(path.join(cwd, manifest), "utf8").then(JSON.parse, () => undefined);
  return now?.version;
}

/** How far `manifest` moved its version since `base`. */
export async function versionBumpSince(cwd: string, base: string, manifest: string): Promise<Bump> {
  const now = await currentVersion(cwd, manifest);
  const then = await git(cwd, ["show", `${base}:${manifest}`]).then(JSON.parse, () => undefined);
  return compareVersions(then?.version, now);
}
