import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { constants } from "node:os";
import { describe, expect, it } from "vitest";
import { alive, childrenOf, scratchTmp, waitUntil } from "./support.js";

const cli = new URL("../dist/cli.js", import.meta.url).pathname;

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Exit code, or 128 + the signal's number as a shell reports it. */
  done: Promise<number>;
}

/** `pnpm mock` with `env`; `detached` puts it in a process group of its own, as a terminal would. */
function mock(env: Record<string, string>, detached = false): Run {
  const child = spawn(process.execPath, [cli], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env }, detached });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<number>((resolve) => child.once("close", (code, signal) => resolve(code ?? 128 + constants.signals[signal!])));
  // A launcher that started Prism where the test expected a refusal must not outlive the test.
  const guard = setTimeout(() => child.kill("SIGTERM"), 20000);
  void done.then(() => clearTimeout(guard));
  return { child, out: () => out, err: () => err, done };
}

describe("pnpm mock", () => {
  it.each(["abc", "0x1000", "1e3", "70000", "-1", " 4010"])("refuses IMS_MOCK_PORT=%j in one line", async (port) => {
    const run = mock({ IMS_MOCK_PORT: port });
    expect(await run.done).toBe(2);
    expect(run.err()).toBe(`pnpm mock: IMS_MOCK_PORT must be a port number from 0 to 65535 (0: any free port), got "${port}"\n`);
  });

  it("takes an empty IMS_MOCK_PORT as the default 4010, and says in one line that it is taken", async () => {
    const holder = createServer();
    // Whoever holds 4010, it is taken; the test holds it if nobody does.
    await new Promise<void>((resolve) => holder.once("error", () => resolve()).listen(4010, "127.0.0.1", resolve));
    const tmp = scratchTmp();
    try {
      const run = mock({ IMS_MOCK_PORT: "", TMPDIR: tmp.dir });
      expect(await run.done).toBe(1);
      expect(run.err()).toBe("pnpm mock: port 4010 on 127.0.0.1 is already in use (EADDRINUSE); set IMS_MOCK_PORT to another port (0: any free one)\n");
      // Neither a stack trace nor Prism's help text.
      expect(run.out()).toBe("");
      expect(tmp.leftovers()).toEqual([]);
    } finally {
      holder.close();
      tmp.remove();
    }
  });

  it("exits 1 with one line, not a stack, when the temporary directory cannot be written", async () => {
    const run = mock({ IMS_MOCK_PORT: "0", TMPDIR: "/nonexistent-imsjs-tmp" });
    expect(await run.done).toBe(1);
    expect(run.err()).toMatch(/^pnpm mock: cannot write the spec copy under \/nonexistent-imsjs-tmp \(ENOENT: [^\n]*\); set TMPDIR to a writable directory\n$/);
    expect(run.out()).toBe("");
  });

  it("exits 1 and says so when Prism dies after start-up", async () => {
    const tmp = scratchTmp();
    try {
      const run = mock({ IMS_MOCK_PORT: "0", TMPDIR: tmp.dir });
      expect(await waitUntil(() => run.out().includes("ready at"), 20000)).toBe(true);
      const [prism] = childrenOf(run.child.pid!);
      process.kill(prism!, "SIGKILL");
      expect(await run.done).toBe(1);
      expect(run.err()).toBe("pnpm mock: Prism exited unexpectedly (signal SIGKILL); the mock is down.\n");
      expect(tmp.leftovers()).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it("leaves neither Prism nor its spec copy when Ctrl-C comes during start-up", async () => {
    const tmp = scratchTmp();
    try {
      const run = mock({ IMS_MOCK_PORT: "0", TMPDIR: tmp.dir }, true);
      expect(await waitUntil(() => childrenOf(run.child.pid!).length > 0 && tmp.leftovers().length > 0, 10000)).toBe(true);
      const [prism] = childrenOf(run.child.pid!);
      // A terminal's Ctrl-C: SIGINT to the whole foreground group, Prism included.
      process.kill(-run.child.pid!, "SIGINT");
      expect(await run.done).toBe(130);
      expect(await waitUntil(() => !alive(prism!), 5000)).toBe(true);
      expect(tmp.leftovers()).toEqual([]);
    } finally {
      tmp.remove();
    }
  });
});
