// A throwaway git repository with the fixture spec committed on `main`, for the gate tests.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { BASE_DIR } from "./fixture.js";

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
  const { stdout } = await run("git", args, { cwd, env });
  return stdout.trim();
}

export async function createRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-spec-diff-repo-"));
  await cp(BASE_DIR, path.join(dir, "spec"), { recursive: true });
  await mkdir(path.join(dir, ".changeset"));
  await writeFile(path.join(dir, ".changeset/config.json"), JSON.stringify({ baseBranch: "main" }));
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "fixture", private: true }));
  await git(dir, "init", "-q", "-b", "main");
  await git(dir, "add", ".");
  await git(dir, "commit", "-q", "-m", "base");
  return dir;
}

export async function addChangeset(dir: string, name: string, releases: Record<string, string>): Promise<void> {
  const front = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  await writeFile(path.join(dir, ".changeset", `${name}.md`), `---\n${front.join("\n")}\n---\n\nA change.\n`);
}
