import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/program.js";
import { ims, imsInProcess } from "./support/run.js";

function allCommands(cmd: Command, path: string[] = []): string[][] {
  return cmd.commands.flatMap((c) => [[...path, c.name()], ...allCommands(c, [...path, c.name()])]);
}

describe("--help", () => {
  const paths = allCommands(buildProgram({ stdout: () => {}, stderr: () => {}, env: {} }));

  it("every command has help with a description and a runnable example, exit 0", async () => {
    expect(paths.length).toBeGreaterThan(30);
    for (const p of paths) {
      const r = await imsInProcess([...p, "--help"], { env: {} });
      expect(r.code, p.join(" ")).toBe(0);
      expect(r.stdout, p.join(" ")).toMatch(new RegExp(`^Usage: ims ${p.join(" ")}`));
      expect(r.stdout, p.join(" ")).toMatch(/\nExamples:\n {2}\$ .*\bims /);
    }
  });

  it("the top level documents precedence and exit codes", async () => {
    const r = await ims(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Settings come from flags, then environment variables, then the profile");
    expect(r.stdout).toContain(
      "Exit codes: 0 success, 1 IMS refused or a job failed, 2 bad usage or configuration,\n  124 gave up waiting for a job (--timeout; the job goes on), 130 interrupted.",
    );
    const v = await ims(["--version"]);
    expect(v.stdout).toBe("0.1.0\n");
  });
});
