import { errorReporter } from "./report.js";

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout/stderr/stdin are terminals; decides table vs JSON, colour, progress lines and prompts. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  stdinIsTTY?: boolean;
  /**
   * Reads one answer: from the terminal (hidden when `secret`) or the next line of piped stdin;
   * `undefined` at the end of input. Rejects with `Stopped` on Ctrl-C at a terminal.
   */
  readLine?: (question: string, options?: { secret?: boolean }) => Promise<string | undefined>;
  /** Calls `handler` on Ctrl-C until the returned function is called. */
  onInterrupt?: (handler: () => void) => () => void;
  /** Releases what the run opened (stdin for prompts), so the process can exit. */
  dispose?: () => void;
  /** Custom fetch, for tests. */
  fetch?: (input: Request) => Promise<Response>;
}

/** The real process: stdio, environment and SIGINT. */
export function processIO(): CliIO {
  // Loaded on the first question only: most commands never ask one.
  let prompt: typeof import("./prompt.js") | undefined;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      // `ims images list | head` closes the pipe early: that is the reader's choice, not an error.
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      // A full disk or a failing device is, but no reason for a stack trace; when stderr itself
      // fails there is nowhere left to say so. It arrives after the write, outside run().
      if (stream === process.stdout) {
        const stderr = (t: string): void => void process.stderr.write(t);
        errorReporter(process.argv.slice(2), { stderr, env: process.env, stderrIsTTY: process.stderr.isTTY })(`cannot write output: ${err.message}`, err);
      }
      process.exit(1);
    });
  }
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // A getter: touching process.stdin builds its stream, which only prompts need (~0.7 ms at start-up).
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    readLine: async (question, options) => {
      prompt ??= await import("./prompt.js");
      return prompt.readLine(question, options);
    },
    dispose: () => prompt?.closePrompt(),
    onInterrupt(handler) {
      process.on("SIGINT", handler);
      return () => void process.off("SIGINT", handler);
    },
  };
}
