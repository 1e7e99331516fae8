// The fixture workspace copied into a throwaway git repository (main, one commit).
import { execFile } from "node:child_process";
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const FIXTURE = fileURLToPath(new URL("../fixtures/workspace", import.meta.url));

const exec = promisify(execFile);
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
  return (await exec("git", args, { cwd, env })).stdout.trim();
}

export async function fixtureRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-release-fixture-"));
  await cp(FIXTURE, dir, { recursive: true });
  await git(dir, "init", "-q", "-b", "main");
  await git(dir, "add", ".");
  await git(dir, "commit", "-q", "-m", "fixture");
  return dir;
}

export async function addChangeset(dir: string, name: string, releases: Record<string, string>): Promise<void> {
  const front = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  await writeFile(path.join(dir, ".changeset", `${name}.md`), `---\n${front.join("\n")}\n---\n\nA change.\n`);
}
