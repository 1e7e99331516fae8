// `pnpm generate` on a spec with a reviewer's mistake prints what is wrong, not our stack trace.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const pkg = new URL("..", import.meta.url).pathname;
const repo = new URL("../../..", import.meta.url).pathname;
// The generator's scripts in a repository of their own, whose spec has a $ref to a missing file.
const root = mkdtempSync(join(tmpdir(), "imsjs-generate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("pnpm generate", () => {
  it("names the mistake in one message, without a stack trace, and exits 1", async () => {
    const at = join(root, "packages/openapi");
    mkdirSync(at, { recursive: true });
    cpSync(join(pkg, "scripts"), join(at, "scripts"), { recursive: true });
    symlinkSync(join(pkg, "node_modules"), join(at, "node_modules"));
    cpSync(join(repo, "redocly.yaml"), join(root, "redocly.yaml"));
    cpSync(join(repo, "redocly-plugin.mjs"), join(root, "redocly-plugin.mjs"));
    mkdirSync(join(root, "spec"));
    writeFileSync(
      join(root, "spec/openapi.yaml"),
      "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: './Missing.yaml' }\n",
    );
    const run = await promisify(execFile)(process.execPath, [join(at, "scripts/generate.mjs"), "--check"], { cwd: root }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^@imsjs\/openapi: spec\/ does not bundle:\n- spec\/openapi\.yaml#\S+: Can't resolve \$ref/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
