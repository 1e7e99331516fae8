import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const vitestBin = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

/** A vitest run of one case: its exit code and its last line, stdout and stderr together as a terminal shows them. */
async function run(caseName: string, env: Record<string, string> = {}): Promise<{ code: number | null; lastLine: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "summary-reporter-"));
  const file = path.join(dir, "output");
  const fd = openSync(file, "w");
  try {
    const child = spawn(process.execPath, [vitestBin, "run", "--config", path.join(fixtures, "vitest.config.ts")], {
      cwd: fixtures,
      stdio: ["ignore", fd, fd],
      env: { ...process.env, CASE: caseName, NO_COLOR: "1", ...env },
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim());
    return { code, lastLine: lines.at(-1) ?? "" };
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("summary reporter", () => {
  it.each([
    ["passing", 0, "2 passed, 0 failed"],
    ["failing-test", 1, "1 passed, 1 failed"],
    // The hook failed; vitest skips its tests and exits 1.
    ["before-all", 1, "0 passed, 1 failed, 2 skipped"],
    ["after-all", 1, "1 passed, 1 failed"],
    ["import-fails", 1, "0 passed, 1 failed"],
    ["unhandled", 1, "1 passed, 1 failed"],
  ])("%s: exit %i, last line %j", async (caseName, code, line) => {
    expect(await run(caseName)).toEqual({ code, lastLine: line });
  });

  it("counts a global setup that threw, on the last line, after vitest's report of the error", async () => {
    expect(await run("passing", { GLOBAL_SETUP_THROWS: "1" })).toEqual({ code: 1, lastLine: "0 passed, 1 failed" });
  });
});
