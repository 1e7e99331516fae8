import { spawn } from "node:child_process";
import { BIN } from "./run.js";

/** A key pressed instead of an answer, without Enter: `"\x03"` is Ctrl-C, `"\x04"` Ctrl-D. */
export interface Key {
  key: string;
}

/**
 * Runs `ims` on a real pseudo-terminal (util-linux `script`), answering each prompt when it
 * appears (a line and Enter, or a key). The terminal's output (echo included) comes back as one string.
 */
export function inPty(args: string[], env: Record<string, string>, answers: [prompt: string, answer: string | Key][]): Promise<{ code: number | null; output: string }> {
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
        const answer = pending[1];
        child.stdin.write(typeof answer === "string" ? `${answer}\r` : answer.key);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
