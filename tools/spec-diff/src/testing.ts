// Scratch git repositories for tests of tools that read git history (this gate, the release
// checks): a fixed identity and no user or system config, so a developer's settings cannot change
// what the tests see.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run("git", args, { cwd, env })).stdout.trim();
}

/** Makes `dir` a repository whose `main` has everything in it as one commit. */
export async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, "init", "-q", "-b", "main");
  await git(dir, "add", ".");
  await git(dir, "commit", "-q", "-m", message);
  return dir;
}

/** Writes `.changeset/<name>.md` bumping each package as given (`major`, `minor`, `patch`). */
export async function addChangeset(dir: string, name: string, releases: Record<string, string>): Promise<void> {
  const front = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  await writeFile(path.join(dir, ".changeset", `${name}.md`), `---\n${front.join("\n")}\n---\n\nA change.\n`);
}
