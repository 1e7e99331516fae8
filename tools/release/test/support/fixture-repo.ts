// The fixture workspace copied into a throwaway git repository (main, one commit).
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { commitAll } from "@imsjs/spec-diff/testing";

export { addChangeset, git } from "@imsjs/spec-diff/testing";

export const FIXTURE = fileURLToPath(new URL("../fixtures/workspace", import.meta.url));

export async function fixtureRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-release-fixture-"));
  await cp(FIXTURE, dir, { recursive: true });
  return commitAll(dir, "fixture");
}
