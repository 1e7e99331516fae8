import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIO } from "../../src/index.js";

export const BIN = fileURLToPath(new URL("../../dist/cli/ims.js", import.meta.url));

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const homes = new Set<string>();

/** A fresh, empty config home, so no developer profile leaks into a test; removed after its file. */
export function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), "ims-cli-test-"));
  homes.add(home);
  return home;
}

/** Removes every home made so far (the cli project's setup file runs it after each test file). */
export function removeTempHomes(): void {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  homes.clear();
}

/** Only what the CLI needs: none of the developer's IMS_* or HUAWEICLOUD_SDK_* variables. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = tempHome();
  return { PATH: process.env["PATH"] ?? "", HOME: home, XDG_CONFIG_HOME: join(home, "config"), ...extra };
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  /** Called with each stderr chunk; lets a test act once the CLI has said something. */
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void;
  /**
   * Kills the process after this long, so that a test of a time limit fails on its assertions
   * (code null, signal SIGKILL) instead of its own timeout, and leaves nothing running.
   */
  killAfterMs?: number;
}

/** Runs the built `ims` as a real process. */
export function ims(args: string[], options: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: options.env ?? baseEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
      options.onStderr?.(stderr, child);
    });
    const killer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
    // A command that never reads its input may exit before this write lands: EPIPE then says
    // nothing about the command, and unhandled it would fail whichever test runs at the time.
    child.stdin.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") reject(error);
    });
    child.stdin.end(options.input ?? "");
  });
}

/** Runs `ims` in this process with a scripted terminal, for what needs a TTY. */
export async function imsInProcess(
  args: string[],
  io: Partial<CliIO> & { env: Record<string, string | undefined> },
): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    ...io,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, signal: null, stdout, stderr };
}
