import { createInterface, type Interface } from "node:readline";
import { Writable } from "node:stream";
import type { ReadStream } from "node:tty";
import { Stopped } from "./errors.js";

interface Waiting {
  resolve: (line: string | undefined) => void;
  reject: (err: Error) => void;
}

// One reader for the whole process: piped answers arrive in one chunk, and a second
// interface would lose the lines the first one had already buffered.
let reader: { rl: Interface; lines: string[]; waiting: Waiting[]; closed: boolean; stopped: boolean } | undefined;
let muted = false;

function getReader(): NonNullable<typeof reader> {
  if (reader) return reader;
  // Echo goes to stderr so that stdout stays clean for data; muted while a secret is typed.
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const r = { rl, lines: [] as string[], waiting: [] as Waiting[], closed: false, stopped: false };
  rl.on("line", (line) => {
    const next = r.waiting.shift();
    if (next) next.resolve(line);
    else r.lines.push(line);
  });
  // After Ctrl-C or Ctrl-D the cursor is still after the question; a muted question ends its own line.
  const endLine = (): void => {
    if (r.waiting.length > 0 && rl.terminal && !muted) process.stderr.write("\n");
  };
  rl.on("close", () => {
    r.closed = true;
    endLine();
    for (const w of r.waiting.splice(0)) w.resolve(undefined);
  });
  // A terminal in raw mode hands Ctrl-C to readline as a key, not a signal; unheard, readline
  // closes, and the question would read as answered by the end of input.
  rl.on("SIGINT", () => {
    r.stopped = true;
    endLine();
    for (const w of r.waiting.splice(0)) w.reject(new Stopped());
  });
  reader = r;
  return r;
}

/** Asks on stderr and reads one line from stdin; `undefined` at end of input; `Stopped` on Ctrl-C. */
export async function readLine(question: string, options: { secret?: boolean } = {}): Promise<string | undefined> {
  const r = getReader();
  if (r.stopped) throw new Stopped();
  r.rl.resume();
  rawMode(r, true);
  process.stderr.write(question);
  muted = options.secret === true && process.stdin.isTTY === true;
  try {
    const queued = r.lines.shift();
    if (queued !== undefined) return queued;
    if (r.closed) return undefined;
    return await new Promise<string | undefined>((resolve, reject) => r.waiting.push({ resolve, reject }));
  } finally {
    if (muted) process.stderr.write("\n");
    muted = false;
    if (r.waiting.length === 0) {
      r.rl.pause();
      rawMode(r, false);
    }
  }
}

// readline puts a terminal in raw mode and leaves it so when it pauses: Ctrl-C is then a key that
// no one reads, and would not stop the command that runs after the question.
function rawMode(r: NonNullable<typeof reader>, on: boolean): void {
  if (r.rl.terminal && !r.closed) (process.stdin as ReadStream).setRawMode?.(on);
}

/** Releases stdin so the process can exit. */
export function closePrompt(): void {
  reader?.rl.close();
  reader = undefined;
}
