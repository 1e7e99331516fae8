import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/** Process IDs of the children of `pid` (Prism, under a launcher that does not print its PID). */
export function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** A directory to use as TMPDIR, to see what the launcher leaves in it: its `imsjs-*` entries. */
export function scratchTmp(): { dir: string; leftovers(): string[]; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "mock-test-"));
  return {
    dir,
    leftovers: () => readdirSync(dir).filter((name) => name.startsWith("imsjs-")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
