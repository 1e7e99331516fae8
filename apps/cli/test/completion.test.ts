import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProgram } from "../src/program.js";
import { commandTree } from "../src/completion.js";
import { baseEnv, ims, tempHome } from "./support/run.js";

const exec = promisify(execFile);
let bashScript = "";

beforeAll(async () => {
  const r = await ims(["completion", "bash"]);
  expect(r.code).toBe(0);
  bashScript = join(tempHome(), "ims.bash");
  writeFileSync(bashScript, r.stdout);
});

/**
 * What bash would offer after typing `line` (the cursor at its end) and pressing Tab: the elements
 * of COMPREPLY as bash counts them, so that names run together into one candidate show as one.
 */
async function complete(line: string): Promise<string[]> {
  const words = line.split(" ");
  const script = `source ${JSON.stringify(bashScript)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _ims; printf '%s\\0' "\${#COMPREPLY[@]}" "\${COMPREPLY[@]}"`;
  const { stdout } = await exec("bash", ["--norc", "--noprofile", "-c", script], { env: baseEnv() });
  const [count, ...candidates] = stdout.split("\0").slice(0, -1);
  expect(candidates).toHaveLength(Number(count));
  return candidates.sort();
}

describe("bash completion", () => {
  it("completes commands, subcommands, flags and flag values", async () => {
    expect(await complete("ims ")).toEqual(["api", "completion", "configure", "help", "images", "jobs", "os-versions", "quota", "tags"].filter((c) => c !== "help"));
    expect(await complete("ims images cr")).toEqual(["create", "create-whole"]);
    expect(await complete("ims images share a")).toEqual(["accept", "add"]);
    expect(await complete("ims images list --os")).toEqual(["--os-bit", "--os-type"]);
    expect(await complete("ims images list --type ")).toEqual(["gold", "market", "private", "shared"]);
    expect(await complete("ims images list --platform Ora")).toEqual(["Oracle Linux"]);
    expect(await complete("ims -o ")).toEqual(["json", "table", "tsv", "yaml"]);
    expect(await complete("ims completion ")).toEqual([]);
  });

  it("offers each subcommand and flag as a candidate of its own", async () => {
    const nodes = commandTree(buildProgram({ stdout: () => {}, stderr: () => {}, env: {} }));
    const node = (path: string) => nodes.find((n) => n.path === path)!;
    expect(await complete("ims images ")).toEqual(node("/images").subcommands.map((c) => c.name).sort());
    const flags = node("/images/list").options.flatMap((o) => o.flags).filter((f) => f.startsWith("--"));
    expect(flags.length).toBeGreaterThan(20);
    expect(await complete("ims images list --")).toEqual(flags.sort());
  });

  it("handles --flag=value, which bash splits into the flag, '=' and the value", async () => {
    expect(await complete("ims images list --type =")).toEqual(["gold", "market", "private", "shared"]);
    expect(await complete("ims images list --type = pr")).toEqual(["private"]);
    expect(await complete("ims --profile = tags images sh")).toEqual(["share", "show"]);
  });

  it("skips flag values when finding the command, and offers global flags everywhere", async () => {
    expect(await complete("ims --profile images images l")).toEqual(["list"]);
    expect(await complete("ims jobs wait abc --dry")).toEqual(["--dry-run"]);
  });
});

describe("zsh and fish completion", () => {
  it("cover every command and every choice", async () => {
    const [zsh, fish] = await Promise.all([ims(["completion", "zsh"]), ims(["completion", "fish"])]);
    expect(zsh.stdout.startsWith("#compdef ims\n")).toBe(true);
    expect(zsh.stdout).toContain("compdef _ims ims");
    const nodes = commandTree(buildProgram({ stdout: () => {}, stderr: () => {}, env: {} }));
    expect(nodes.length).toBeGreaterThan(30);
    for (const n of nodes) {
      expect(zsh.stdout).toContain(`'${n.path}') subs=(`);
      for (const s of n.subcommands) expect(fish.stdout).toContain(`complete -c ims -n '__ims_at ims${n.path}' -a '${s.name}'`);
    }
    expect(zsh.stdout).toContain("'/images/list --type') values=('gold' 'private' 'shared' 'market')");
    expect(fish.stdout).toContain("complete -c ims -n '__ims_at ims/images/list' -l type -x -a 'gold private shared market'");
    expect(fish.stdout).toContain("complete -c ims -n '__ims_at ims' -l output -s o -x -a 'table json yaml tsv'");
  });

  it("an unknown shell is a usage error", async () => {
    const r = await ims(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("value 'powershell' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.");
  });
});
