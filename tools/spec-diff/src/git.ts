// Thin wrappers over the git CLI: which ref to compare against, what changed since, and a copy of
// a directory as it was at that ref.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export class GitError extends Error {
  override name = "GitError";
}

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

async function exists(cwd: string, ref: string): Promise<boolean> {
  return git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Tag prefix changesets gives a release of the contract package. */
export const RELEASE_TAG_PATTERN = "@imsjs/openapi@*";

/**
 * The default base: the last release of the contract reachable from HEAD, else any tag, else
 * `origin/main`, else `main`. An explicit ref must exist.
 */
export async function resolveBase(cwd: string, explicit?: string): Promise<string> {
  if (explicit !== undefined) {
    if (await exists(cwd, explicit)) return explicit;
    throw new GitError(`base ref "${explicit}" does not exist in ${cwd}`);
  }
  for (const match of [RELEASE_TAG_PATTERN, "*"]) {
    const tag = await git(cwd, ["describe", "--tags", "--abbrev=0", "--match", match, "HEAD"]).catch(
      () => "",
    );
    if (tag) return tag;
  }
  for (const branch of ["origin/main", "main"]) {
    if (await exists(cwd, branch)) return branch;
  }
  throw new GitError("no base ref: no release tag, no origin/main and no main; pass one explicitly");
}

/**
 * The commit to compare the working tree with when the base is `ref`: where HEAD forked from it
 * (`git merge-base`), so that what `ref` gained since (another branch merged into main) does not
 * show up here as reverted. Undefined when they share no history, e.g. a shallow clone that
 * fetched `ref` alone: the caller then compares with `ref` itself and says so.
 */
export async function forkPoint(cwd: string, ref: string): Promise<string | undefined> {
  return git(cwd, ["merge-base", ref, "HEAD"]).catch(() => undefined);
}

/**
 * Extracts `dir` as it is at `ref` into a fresh temporary directory and returns that directory,
 * which the caller removes. Nothing is left behind when the extraction fails.
 */
export async function extractAt(cwd: string, ref: string, dir: string): Promise<string> {
  const there = dir === "." || (await git(cwd, ["cat-file", "-e", `${ref}:${dir}`]).then(() => true, () => false));
  if (!there) throw new GitError(`${dir}/ does not exist at base ref "${ref}", so there is no spec to compare with; pass a ref that has it`);
  const dest = await mkdtemp(path.join(tmpdir(), "imsjs-spec-base-"));
  try {
    const archive = path.join(dest, "base.tar");
    await git(cwd, ["archive", "--format=tar", "-o", archive, ref, "--", dir]);
    await run("tar", ["-xf", archive, "-C", dest]);
    return dest;
  } catch (error) {
    await rm(dest, { recursive: true, force: true });
    throw error;
  }
}

/** Files under `dir` that differ between `ref` and the working tree, untracked files included. */
export async function changedSince(cwd: string, ref: string, dir: string): Promise<string[]> {
  const tracked = await git(cwd, ["diff", "--name-only", ref, "--", dir]);
  const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "--", dir]);
  return [...tracked.split("\n"), ...untracked.split("\n")].filter(Boolean).sort();
}

export async function shortSha(cwd: string, ref: string): Promise<string> {
  return git(cwd, ["rev-parse", "--short", `${ref}^{commit}`]);
}
