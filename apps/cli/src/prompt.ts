import { createInterface, type Interface } from "node:readline";
import { Writable } from "node:stream";

// One reader for the whole process: piped answers arrive in one chunk, and a second
// interface would lose the lines the first one had already buffered.
let reader: { rl: Interface; lines: string[]; waiting: ((line: string | undefined) => void)[]; closed: boolean } | undefined;
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
  const r = { rl, lines: [] as string[], waiting: [] as ((line: string | undefined) => void)[], closed: false };
  rl.on("line", (line) => {
    const next = r.waiting.shift();
    if (next) next(line);
    else r.lines.push(line);
  });
  rl.on("close", () => {
    r.closed = true;
    for (const w of r.waiting.splice(0)) w(undefined);
  });
  reader = r;
  return r;
}

/** Asks on stderr and reads one line from stdin; `undefined` at end of input. */
export async function readLine(question: string, options: { secret?: boolean } = {}): Promise<string | undefined> {
  const r = getReader();
  r.rl.resume();
  process.stderr.write(question);
  muted = options.secret === true && process.stdin.isTTY === true;
  try {
    const queued = r.lines.shift();
    if (queued !== undefined) return queued;
    if (r.closed) return undefined;
    return await new Promise<string | undefined>((resolve) => r.waiting.push(resolve));
  } finally {
    if (muted) process.stderr.write("\n");
    muted = false;
    if (r.waiting.length === 0) r.rl.pause();
  }
}

/** Releases stdin so the process can exit. */
export function closePrompt(): void {
  reader?.rl.close();
  reader = undefined;
}
