import { spawn } from "node:child_process";
import { BIN } from "./run.js";

/**
 * Runs `ims` on a real pseudo-terminal (util-linux `script`), answering each prompt when it
 * appears. The terminal's output (echo included) comes back as one string.
 */
export function inPty(args: string[], env: Record<string, string>, answers: [prompt: string, answer: string][]): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], { env: { TERM: "xterm", ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let next = 0;
    child.stdout.setEncoding("utf8").on("data", (t: string) => {
      output += t;
      const pending = answers[next];
      if (pending && output.includes(pending[0])) {
        next++;
        child.stdin.write(`${pending[1]}\r`);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
