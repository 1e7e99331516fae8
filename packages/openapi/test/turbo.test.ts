import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { repoRoot } from "../scripts/outputs.mjs";

type DryTask = { taskId: string; inputs: Record<string, string>; resolvedTaskDefinition: { inputs: string[] } };

// `**` any run of path segments, `*` any run of characters within one.
const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\/?|\*/g, (m) => (m === "*" ? "[^/]*" : ".*"))}$`);

describe("turbo.json", () => {
  // turbo hashes a task's declared outputs whatever its inputs say, so an exclusion of one (as
  // `generate` had for spec/OPERATIONS.md) silently did nothing.
  it("takes out of the hash of this package's tasks every file their inputs exclude", () => {
    const turbo = path.join(repoRoot as string, "node_modules/turbo/bin/turbo");
    const dry = execFileSync(process.execPath, [turbo, "run", "generate", "lint", "build", "typecheck", "--filter=@imsjs/openapi", "--dry=json"], {
      cwd: repoRoot as string,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
    });
    const tasks = (JSON.parse(dry) as { tasks: DryTask[] }).tasks;
    expect(tasks.map((t) => t.taskId).sort()).toEqual(["build", "generate", "lint", "typecheck"].map((t) => `@imsjs/openapi#${t}`));
    for (const task of tasks) {
      const hashed = Object.keys(task.inputs);
      for (const exclusion of task.resolvedTaskDefinition.inputs.filter((glob) => glob.startsWith("!"))) {
        const re = globToRegExp(exclusion.slice(1));
        expect(hashed.filter((file) => re.test(file)), `${task.taskId}: ${exclusion}`).toEqual([]);
      }
    }
  });
});
