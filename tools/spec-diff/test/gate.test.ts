// The gate on real git repositories: a removed field fails until a major changeset exists, any
// spec change needs a changeset, and the base defaults to the last release tag.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runGate } from "../src/gate.js";
import { GitError, resolveBase } from "../src/git.js";
import { RedoclyDiffError } from "../src/redocly.js";
import { formatGate } from "../src/report.js";
import { applyEdit } from "./support/fixture.js";
import { addChangeset, createRepo, git } from "./support/repo.js";

const repos: string[] = [];
afterAll(() => Promise.all(repos.map((d) => rm(d, { recursive: true, force: true }))));

async function repo(): Promise<string> {
  const dir = await createRepo();
  repos.push(dir);
  return dir;
}

const removeMinDisk = { file: "schemas/Image.yaml", edit: (d: { properties: Record<string, unknown> }) => delete d.properties.min_disk };

describe.concurrent("spec:diff gate", () => {
  it("passes with no spec change and no changeset", async () => {
    const dir = await repo();
    const result = await runGate({ cwd: dir });
    expect(result).toMatchObject({ base: "main", comparedWith: "base", changedFiles: [], changes: [], failures: [] });
  });

  it("fails on a removed field until a changeset bumps @imsjs/openapi major", async () => {
    const dir = await repo();
    await applyEdit(path.join(dir, "spec"), removeMinDisk);

    const bare = await runGate({ cwd: dir });
    expect(bare.changedFiles).toEqual(["spec/schemas/Image.yaml"]);
    expect(bare.changes).toContainEqual(expect.objectContaining({ breaking: true, rule: "property-removed", location: "main:spec/schemas/Image.yaml:6" }));
    expect(bare.failures).toHaveLength(2);
    expect(formatGate(bare)).toContain("breaking 1, non-breaking 0 (field -1)");
    expect(formatGate(bare)).toMatch(/Breaking for clients \(1\):\n {2}- removed GET \/v2\/images \(listImages\): response 200 field `images\[\]\.min_disk`/);

    await addChangeset(dir, "minor-bump", { "@imsjs/openapi": "minor" });
    const minor = await runGate({ cwd: dir });
    expect(minor.bump).toBe("minor");
    expect(minor.failures).toEqual([expect.stringContaining("bumps @imsjs/openapi major (pending: minor)")]);

    await addChangeset(dir, "major-bump", { "@imsjs/openapi": "major" });
    const major = await runGate({ cwd: dir });
    expect(major.bump).toBe("major");
    expect(major.failures).toEqual([]);
    expect(formatGate(major)).toContain("spec:diff passed");
  });

  it("names the other operations a change to a shared schema reaches, which redocly reports at the first only", async () => {
    const dir = await repo();
    await applyEdit(path.join(dir, "spec"), removeMinDisk);
    const result = await runGate({ cwd: dir });
    const removed = result.changes.find((c) => c.rule === "property-removed");
    expect(removed).toMatchObject({ operation: "GET /v2/images (listImages)", alsoIn: ["GET /v2/images/{image_id} (showImage)"] });
    expect(formatGate(result)).toContain("\n      also in GET /v2/images/{image_id} (showImage)");
  });

  it("takes a break with any changeset while @imsjs/openapi is unreleased (0.0.0), and wants major once released", async () => {
    const dir = await repo();
    const manifest = path.join(dir, "packages/openapi/package.json");
    await mkdir(path.dirname(manifest), { recursive: true });
    await writeFile(manifest, JSON.stringify({ name: "@imsjs/openapi", version: "0.0.0" }));
    await git(dir, "add", "-A");
    await git(dir, "commit", "-qm", "unreleased package");
    await applyEdit(path.join(dir, "spec"), removeMinDisk);

    const bare = await runGate({ cwd: dir });
    expect(bare).toMatchObject({ unreleased: true });
    expect(bare.failures).toEqual([expect.stringContaining("no pending changeset releases @imsjs/openapi")]);

    await addChangeset(dir, "first-release", { "@imsjs/openapi": "minor" });
    const first = await runGate({ cwd: dir });
    expect(first.changes.filter((c) => c.breaking)).toHaveLength(1);
    expect(first.failures).toEqual([]);
    expect(formatGate(first)).toContain("@imsjs/openapi is unreleased (0.0.0): its first release takes these breaks without a major bump");

    await writeFile(manifest, JSON.stringify({ name: "@imsjs/openapi", version: "0.1.0" }));
    await git(dir, "commit", "-qm", "released", "--", "packages/openapi/package.json");
    const released = await runGate({ cwd: dir, base: "HEAD" });
    expect(released).toMatchObject({ unreleased: false });
    expect(released.failures).toEqual([expect.stringContaining("bumps @imsjs/openapi major (pending: minor)")]);
  });

  it("requires a changeset for @imsjs/openapi when the spec changes at all", async () => {
    const dir = await repo();
    await applyEdit(path.join(dir, "spec"), { file: "schemas/Image.yaml", edit: (d) => (d.properties.checksum = { type: "string" }) });

    const bare = await runGate({ cwd: dir });
    expect(bare.changes.filter((c) => c.breaking)).toEqual([]);
    expect(bare.failures).toEqual([expect.stringContaining("no pending changeset releases @imsjs/openapi")]);

    await addChangeset(dir, "other-package", { "@imsjs/client": "patch" });
    expect((await runGate({ cwd: dir })).failures).toHaveLength(1);

    await addChangeset(dir, "spec", { "@imsjs/openapi": "minor" });
    expect((await runGate({ cwd: dir })).failures).toEqual([]);
  });

  it("wants a minor bump for a new field or operation once released, as CONTRIBUTING asks (a patch would hide it)", async () => {
    const dir = await repo();
    const manifest = path.join(dir, "packages/openapi/package.json");
    await mkdir(path.dirname(manifest), { recursive: true });
    await writeFile(manifest, JSON.stringify({ name: "@imsjs/openapi", version: "0.1.0" }));
    await git(dir, "add", "-A");
    await git(dir, "commit", "-qm", "released package");
    await applyEdit(path.join(dir, "spec"), { file: "schemas/Image.yaml", edit: (d) => (d.properties.checksum = { type: "string" }) });

    await addChangeset(dir, "spec-patch", { "@imsjs/openapi": "patch" });
    const patch = await runGate({ cwd: dir });
    expect(patch.failures).toEqual([
      expect.stringContaining("1 addition(s) since main need a changeset that bumps @imsjs/openapi minor or major (pending: patch)"),
    ]);
    await addChangeset(dir, "spec-minor", { "@imsjs/openapi": "minor" });
    expect((await runGate({ cwd: dir })).failures).toEqual([]);

    // Before the first release (0.0.0) any changeset will do, as for breaks.
    await writeFile(manifest, JSON.stringify({ name: "@imsjs/openapi", version: "0.0.0" }));
    await rm(path.join(dir, ".changeset/spec-minor.md"));
    expect((await runGate({ cwd: dir })).failures).toEqual([]);
  });

  it("counts a new untracked spec file as a change", async () => {
    const dir = await repo();
    await writeFile(path.join(dir, "spec/schemas/Unused.yaml"), "type: string\n");
    const result = await runGate({ cwd: dir });
    expect(result.changedFiles).toEqual(["spec/schemas/Unused.yaml"]);
    expect(result.failures).toHaveLength(1);
  });

  it("refuses a base whose spec has another root file, naming the file and the ref", async () => {
    const dir = await repo();
    await git(dir, "mv", "spec/openapi.yaml", "spec/ims.yaml");
    await git(dir, "commit", "-qm", "old root name");
    await git(dir, "checkout", "-q", "-b", "work");
    await git(dir, "mv", "spec/ims.yaml", "spec/openapi.yaml");
    await expect(runGate({ cwd: dir, base: "main" })).rejects.toThrow('spec/openapi.yaml does not exist at base ref "main"');
  });

  it("refuses a base spec redocly cannot read completely, naming the file", async () => {
    const dir = await repo();
    const image = path.join(dir, "spec/schemas/Image.yaml");
    const good = await readFile(image, "utf8");
    await writeFile(image, `${good}  bad: [\n`);
    await git(dir, "commit", "-qam", "broken base");
    await git(dir, "checkout", "-q", "-b", "work");
    await writeFile(image, good);
    const run = runGate({ cwd: dir, base: "main" });
    await expect(run).rejects.toThrow(RedoclyDiffError);
    await expect(run).rejects.toThrow(/^redocly could not read the base spec completely, .*\n {2}main:spec\/schemas\/Image\.yaml:\d+:\d+ Failed to parse/);
  });

  it("refuses a revision redocly cannot read, naming the file and line without redocly's whole report", async () => {
    const dir = await repo();
    const image = path.join(dir, "spec/schemas/Image.yaml");
    await writeFile(image, `${await readFile(image, "utf8")}  bad: [\n`);
    const run = runGate({ cwd: dir });
    await expect(run).rejects.toThrow(RedoclyDiffError);
    await expect(run).rejects.toThrow(/^redocly could not read the revision completely, [^\n]*\n {2}spec\/schemas\/Image\.yaml:9:1 Failed to parse: [^\n]*\n {2}spec\/openapi\.yaml:\d+:\d+ Can't resolve \$ref[^\n]*(\n {2}[^\n]*)*$/);
  });

  it("refuses a root file that is no YAML, naming it and the line, not with redocly's stack trace", async () => {
    const dir = await repo();
    await writeFile(path.join(dir, "spec/openapi.yaml"), "openapi: 3.1.0\ninfo: { title: x\n");
    const run = runGate({ cwd: dir });
    await expect(run).rejects.toThrow(RedoclyDiffError);
    await expect(run).rejects.toThrow(/^redocly could not read the revision completely, [^\n]*\n {2}spec\/openapi\.yaml:3:1 [^\n]*indentation[^\n]*$/);
  });

  it("refuses a spec root that does not exist in the working tree, rather than passing with nothing compared", async () => {
    const dir = await repo();
    await expect(runGate({ cwd: dir, spec: "spec/opnapi.yaml" })).rejects.toThrow(`spec/opnapi.yaml does not exist in ${dir}`);
    await rm(path.join(dir, "spec/openapi.yaml"));
    await expect(runGate({ cwd: dir })).rejects.toThrow(`spec/openapi.yaml does not exist in ${dir}`);
  });

  it("compares with an explicit ref", async () => {
    const dir = await repo();
    await applyEdit(path.join(dir, "spec"), removeMinDisk);
    await git(dir, "commit", "-qam", "remove min_disk");
    expect((await runGate({ cwd: dir })).changes).toEqual([]);
    const result = await runGate({ cwd: dir, base: "HEAD~1" });
    expect(result.base).toBe("HEAD~1");
    expect(result.changes.filter((c) => c.breaking)).toHaveLength(1);
  });
});

describe.concurrent("a branch behind its base", () => {
  const addDelete = { edit: (d: any) => (d.paths["/v2/images/{image_id}"].delete = { operationId: "deleteImage", responses: { "204": { description: "Deleted." } } }) }; // eslint-disable-line @typescript-eslint/no-explicit-any

  it("compares with where the branch forked, so what main gained since does not read as reverted", async () => {
    const dir = await repo();
    await git(dir, "checkout", "-q", "-b", "work");
    await git(dir, "checkout", "-q", "main");
    await applyEdit(path.join(dir, "spec"), addDelete);
    await addChangeset(dir, "delete", { "@imsjs/openapi": "minor" });
    await git(dir, "add", "-A");
    await git(dir, "commit", "-qm", "main gains deleteImage");
    await git(dir, "checkout", "-q", "work");

    const untouched = await runGate({ cwd: dir });
    expect(untouched).toMatchObject({ base: "main", comparedWith: "fork-point", changedFiles: [], changes: [], failures: [] });
    const fork = await git(dir, "rev-parse", "--short", "main~1");
    expect(formatGate(untouched)).toContain(`spec:diff spec/openapi.yaml: ${fork}, where HEAD forked from main, → working tree`);

    await applyEdit(path.join(dir, "spec"), removeMinDisk);
    const broken = await runGate({ cwd: dir });
    expect(broken.changes).toEqual([expect.objectContaining({ breaking: true, rule: "property-removed", location: `${fork}:spec/schemas/Image.yaml:6` })]);
    expect(broken.failures).toEqual([
      expect.stringContaining(`since ${fork} (where HEAD forked from main) need a changeset`),
      expect.stringContaining(`changed since ${fork} (where HEAD forked from main) but`),
    ]);
  });

  it("compares with the base itself, and says so, when HEAD shares no history with it (a shallow clone)", async () => {
    const dir = await repo();
    await git(dir, "checkout", "-q", "--orphan", "shallow");
    await git(dir, "commit", "-qm", "a history of its own");
    const result = await runGate({ cwd: dir });
    expect(result).toMatchObject({ base: "main", comparedWith: "no-common-history", changes: [], failures: [] });
    expect(formatGate(result)).toContain("HEAD shares no history with main (a shallow clone?), so it is compared with main itself");
  });
});

describe.concurrent("default base", () => {
  it("prefers the last @imsjs/openapi release tag, then origin/main, then main", async () => {
    const dir = await repo();
    expect(await resolveBase(dir)).toBe("main");
    await git(dir, "update-ref", "refs/remotes/origin/main", "HEAD");
    expect(await resolveBase(dir)).toBe("origin/main");
    await git(dir, "tag", "@imsjs/openapi@0.1.0");
    await git(dir, "commit", "-q", "--allow-empty", "-m", "later");
    expect(await resolveBase(dir)).toBe("@imsjs/openapi@0.1.0");
  });

  it("rejects a ref that does not exist, naming it", async () => {
    const dir = await repo();
    await expect(resolveBase(dir, "release/9")).rejects.toThrow(GitError);
    await expect(resolveBase(dir, "release/9")).rejects.toThrow('base ref "release/9" does not exist');
  });
});

describe.concurrent("release commit", () => {
  it("accepts a version already bumped by `changeset version` in place of a pending changeset", async () => {
    const dir = await repo();
    const manifest = "packages/openapi/package.json";
    await mkdir(path.join(dir, "packages/openapi"), { recursive: true });
    await writeFile(path.join(dir, manifest), JSON.stringify({ name: "@imsjs/openapi", version: "0.4.2" }));
    await git(dir, "add", ".");
    await git(dir, "commit", "-qm", "package");
    await applyEdit(path.join(dir, "spec"), removeMinDisk);

    await writeFile(path.join(dir, manifest), JSON.stringify({ name: "@imsjs/openapi", version: "0.5.0" }));
    const minor = await runGate({ cwd: dir });
    expect(minor.bump).toBe("minor");
    expect(minor.failures).toEqual([expect.stringContaining("bumps @imsjs/openapi major (pending: minor)")]);

    await writeFile(path.join(dir, manifest), JSON.stringify({ name: "@imsjs/openapi", version: "1.0.0" }));
    const major = await runGate({ cwd: dir });
    expect(major.bump).toBe("major");
    expect(major.failures).toEqual([]);
  });
});
