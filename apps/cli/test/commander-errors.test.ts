import { InvalidArgumentError } from "commander";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { run as Run } from "../src/index.js";

let run: typeof Run;

// A command whose action throws commander's own error type, as a value check inside an action
// might: commander prints only the errors it raises itself, so run() has to print this one. The
// setup file has already loaded index.js with the real program, hence the fresh module graph.
beforeAll(async () => {
  vi.resetModules();
  vi.doMock(import("../src/program.js"), async (importOriginal) => {
    const real = await importOriginal();
    return {
      ...real,
      buildProgram: (...args: Parameters<typeof real.buildProgram>) => {
        const program = real.buildProgram(...args);
        program.command("boom <value>").action((value: string) => {
          throw new InvalidArgumentError(`"${value}" is not a colour`);
        });
        return program;
      },
    };
  });
  ({ run } = await import("../src/index.js"));
});

async function ims(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await run(args, { stdout: () => {}, stderr: (t) => void (stderr += t), env: {} });
  return { code, stderr };
}

describe("a CommanderError thrown inside an action", () => {
  it("is printed, exit 2", async () => {
    const r = await ims(["boom", "mauve"]);
    expect(r).toEqual({ code: 2, stderr: 'ims: error: "mauve" is not a colour\n' });
  });

  it("commander's own errors are still printed once, and help still exits 0 silently on stderr", async () => {
    const r = await ims(["images", "list", "--colour"]);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/unknown option '--colour'/g)).toHaveLength(1);
    expect(r.stderr).not.toContain("ims: error: error:");
    expect(await ims(["--help"])).toEqual({ code: 0, stderr: "" });
  });
});
