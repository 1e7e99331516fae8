// The built command (`pnpm spec:diff` runs dist/cli.js): exit codes and output.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyEdit } from "./support/fixture.js";
import { addChangeset, createRepo, git } from "./support/repo.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = (args: string[], script = cli, env = process.env) =>
  promisify(execFile)(process.execPath, [script, ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let dir = "";
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build @imsjs/spec-diff first (pnpm build)`);
  dir = await createRepo();
  await applyEdit(path.join(dir, "spec"), { edit: (d) => delete d.paths["/v2/images"].post });
});
const scratch: string[] = [];
afterAll(() => Promise.all([dir, ...scratch].map((d) => rm(d, { recursive: true, force: true }))));

it("exits 1 on an unreleased break and 0 once a major changeset is pending", async () => {
  const failed = await run(["--cwd", dir]);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toContain("- removed operation POST /v2/images (createImage): Operation `POST /v2/images` was removed.");

  await addChangeset(dir, "major", { "@imsjs/openapi": "major" });
  const json = await run(["--cwd", dir, "--json"]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout)).toMatchObject({ base: "main", bump: "major", failures: [] });
});

it("takes its options after the `--` that `pnpm spec:diff -- --json` passes on", async () => {
  const result = await run(["--", "--json", "--cwd", dir]);
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout)).toMatchObject({ base: "main" });
});

it("exits 2 and names the ref when the base does not exist", async () => {
  const result = await run(["--cwd", dir, "no-such-ref"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('spec:diff: base ref "no-such-ref" does not exist');
});

it("exits 2 with a clear message, not an import crash, when @redocly/cli is missing", async () => {
  // A copy of the built tool whose node_modules has its other dependencies but not redocly.
  const pkg = await mkdtemp(path.join(tmpdir(), "imsjs-spec-diff-noredocly-"));
  scratch.push(pkg);
  const own = fileURLToPath(new URL("../", import.meta.url));
  await cp(path.join(own, "dist"), path.join(pkg, "dist"), { recursive: true });
  await writeFile(path.join(pkg, "package.json"), JSON.stringify({ type: "module" }));
  for (const dep of ["yaml", "@changesets/read"]) {
    await mkdir(path.dirname(path.join(pkg, "node_modules", dep)), { recursive: true });
    await symlink(await realpath(path.join(own, "node_modules", dep)), path.join(pkg, "node_modules", dep));
  }
  // pnpm's bin shims put its whole store on NODE_PATH, where redocly would still be found.
  const env = { ...process.env };
  delete env.NODE_PATH;
  const result = await run(["--cwd", dir], path.join(pkg, "dist/cli.js"), env);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^spec:diff: @redocly\/cli is not installed next to spec-diff \(Cannot find module '@redocly\/cli\/package.json'.*\); run `pnpm install`\n$/);
});

it("exits 2, names the ref and leaves no temporary directory when the base has no spec/", async () => {
  const emptyTree = await git(dir, "hash-object", "-t", "tree", "/dev/null");
  await git(dir, "branch", "-f", "no-spec", await git(dir, "commit-tree", emptyTree, "-m", "no spec"));
  // A temporary directory of its own, so what the run leaves there can be seen.
  const tmp = await mkdtemp(path.join(tmpdir(), "imsjs-spec-diff-tmp-"));
  scratch.push(tmp);
  const result = await run(["--cwd", dir, "no-spec"], cli, { ...process.env, TMPDIR: tmp });
  expect(await readdir(tmp)).toEqual([]);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe('spec:diff: spec/ does not exist at base ref "no-spec", so there is no spec to compare with; pass a ref that has it\n');
});

