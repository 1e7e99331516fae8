import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../../system-deps.sh", import.meta.url));
const which = (tool: string): string => spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
const bash = which("bash");
let dir: string;
let bin: string;

// A PATH with stand-ins for zsh, fish and a `chromium`, and no apt-get, so nothing gets installed.
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "system-deps-"));
  bin = path.join(dir, "bin");
  mkdirSync(bin);
  for (const tool of ["zsh", "fish", "chromium"]) {
    writeFileSync(path.join(bin, tool), "#!/bin/sh\nexit 0\n");
    chmodSync(path.join(bin, tool), 0o755);
  }
  for (const tool of ["id", "head"]) symlinkSync(which(tool), path.join(bin, tool));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(chromiumPath: string): { status: number | null; stderr: string } {
  const { status, stderr } = spawnSync(bash, [script], { encoding: "utf8", env: { PATH: bin, CHROMIUM_PATH: chromiumPath } });
  return { status, stderr };
}

describe("tools/system-deps.sh", () => {
  it("checks the Chromium the browser tests launch, not the first chromium on PATH", () => {
    const missing = path.join(dir, "nowhere", "chromium");
    const { status, stderr } = check(missing);
    expect(status).toBe(1);
    expect(stderr).toContain(`CHROMIUM_PATH is ${missing}, which is not an executable file`);
  });

  it("accepts CHROMIUM_PATH pointing at an executable", () => {
    expect(check(path.join(bin, "chromium"))).toEqual({ status: 0, stderr: "" });
  });
});
