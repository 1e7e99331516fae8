// A throwaway git repository with the fixture spec committed on `main`, for the gate tests.
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { commitAll } from "../../src/testing.js";
import { BASE_DIR } from "./fixture.js";

export { addChangeset, git } from "../../src/testing.js";

export async function createRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-spec-diff-repo-"));
  await cp(BASE_DIR, path.join(dir, "spec"), { recursive: true });
  await mkdir(path.join(dir, ".changeset"));
  await writeFile(path.join(dir, ".changeset/config.json"), JSON.stringify({ baseBranch: "main" }));
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "fixture", private: true }));
  return commitAll(dir, "base");
}
