import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { baseEnv, ims, tempHome } from "./support/run.js";

// zsh and fish run the generated scripts for real (CI installs them with apt, see .ci/run).
const exec = promisify(execFile);
const dir = tempHome();

beforeAll(async () => {
  for (const shell of ["zsh", "fish"]) {
    const r = await ims(["completion", shell]);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, `ims.${shell}`), r.stdout);
  }
  // compadd and _describe belong to an interactive zsh; these stand-ins print what would be offered,
  // each candidate ended by a NUL, so that names run together into one candidate show as one.
  writeFileSync(
    join(dir, "harness.zsh"),
    `compdef() { :; }\ncompset() { :; }\ncompadd() { shift; print -rN -- \${(P)1}; }\n_describe() { print -rN -- \${(P)4%%:*}; }\nsource ${join(dir, "ims.zsh")}\nwords=("\${(@s: :)1}"); CURRENT=\${#words}; _ims\n`,
  );
});

async function zsh(line: string): Promise<string[]> {
  // The last word may be empty (cursor after a space): keep it as an element.
  const { stdout } = await exec("zsh", ["-f", join(dir, "harness.zsh"), line], { env: baseEnv() });
  return stdout.split("\0").slice(0, -1).map((l) => l.replace(/:.*$/, ""));
}

async function fish(line: string): Promise<string[]> {
  const { stdout } = await exec("fish", ["--no-config", "-c", `source ${join(dir, "ims.fish")}; complete -C ${JSON.stringify(line)}`], { env: baseEnv() });
  return stdout.split("\n").filter(Boolean).map((l) => l.split("\t")[0]!).sort();
}

describe("zsh completion", () => {
  it("offers subcommands, flags and flag values, skipping flag values on the way", async () => {
    // _describe filters by what was typed; the stand-in shows the whole list.
    expect((await zsh("ims ")).sort()).toEqual(["api", "completion", "configure", "images", "jobs", "os-versions", "quota", "tags"]);
    expect(await zsh("ims images li")).toContain("list");
    expect(await zsh("ims images list --ty")).toContain("--type");
    expect(await zsh("ims images list --type ")).toEqual(["gold", "private", "shared", "market"]);
    expect(await zsh("ims --profile images images l")).toContain("list");
  });

  it("offers a flag's values after --flag=", async () => {
    expect(await zsh("ims images list --type=")).toEqual(["gold", "private", "shared", "market"]);
    expect(await zsh("ims --output=")).toEqual(["table", "json", "yaml", "tsv"]);
  });
});

describe("fish completion", () => {
  it("offers subcommands, flags and flag values, keeping values with spaces whole", async () => {
    expect(await fish("ims ")).toEqual(["api", "completion", "configure", "images", "jobs", "os-versions", "quota", "tags"]);
    expect(await fish("ims images li")).toEqual(["list"]);
    expect(await fish("ims images list --ty")).toEqual(["--type"]);
    expect(await fish("ims images list --type ")).toEqual(["gold", "market", "private", "shared"]);
    expect(await fish("ims images list --platform Ora")).toEqual(["Oracle Linux"]);
    expect(await fish("ims images share ")).toEqual(["accept", "add", "list", "reject", "remove"]);
  });

  it("skips flag values when finding the command, as bash and zsh do", async () => {
    // A profile or name that happens to be a command's name is still the flag's value.
    expect(await fish("ims --profile tags images ")).toEqual(["copy", "create", "create-whole", "delete", "export", "import", "list", "register", "share", "show", "update"]);
    expect(await fish("ims -o table jobs ")).toEqual(["show", "wait"]);
    expect(await fish("ims images create --name share --")).toContain("--instance-id");
    expect(await fish("ims --profile=tags images ")).toContain("list");
  });
});
