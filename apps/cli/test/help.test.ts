import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/program.js";
import { ims, imsInProcess } from "./support/run.js";

/**
 * What a POSIX shell (bash, zsh) would do to a pasted line that the author did not mean: command
 * substitution or history expansion inside double quotes, unquoted globs, an unclosed quote.
 * `$VAR` in double quotes is allowed: examples use it for values the reader supplies.
 */
function shellSurprises(line: string): string[] {
  const found: string[] = [];
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    const substitution = c === "`" || (c === "$" && line[i + 1] === "(");
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (substitution || c === "!") found.push(`${c} inside double quotes at ${i}`);
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else if (substitution || "[]?*{}".includes(c)) found.push(`unquoted ${c} at ${i}`);
  }
  if (quote) found.push(`unclosed ${quote}`);
  return found;
}

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

  it("every example, in --help and in the READMEs' shell blocks, can be pasted into bash or zsh as it is", async () => {
    const lines: string[] = [];
    for (const p of [[], ...paths]) {
      const r = await imsInProcess([...p, "--help"], { env: {} });
      lines.push(...[...r.stdout.matchAll(/^ {2}\$ (.*)$/gm)].map((m) => m[1]!));
    }
    // Every README of the repository: a pasted line from any of them runs in the same shells.
    const readmes = ["../README.md", "../../../README.md", ...["packages", "apps", "tools"].flatMap((dir) => readdirSync(new URL(`../../../${dir}/`, import.meta.url)).map((name) => `../../../${dir}/${name}/README.md`))];
    for (const readme of readmes.filter((r, i) => readmes.indexOf(r) === i && existsSync(new URL(r, import.meta.url)))) {
      const text = readFileSync(new URL(readme, import.meta.url), "utf8");
      lines.push(...[...text.matchAll(/^```(?:bash|sh)\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split("\n").filter(Boolean)));
    }
    expect(lines.length).toBeGreaterThan(60);
    expect(lines.filter((l) => shellSurprises(l).length > 0).map((l) => `${l}  <- ${shellSurprises(l).join(", ")}`)).toEqual([]);
    // The checker itself: what the images list example used to be, and what it is now.
    expect(shellSurprises('ims images list --query "[?min_disk <= `40`].id"')).toEqual(["` inside double quotes at 39", "` inside double quotes at 42"]);
    expect(shellSurprises("ims images list --query '[?min_disk <= `40`].id'")).toEqual([]);
  });

  it("the top level documents precedence and exit codes", async () => {
    const r = await ims(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Settings come from flags, then environment variables, then the profile");
    expect(r.stdout).toContain(
      "Exit codes: 0 success, 1 IMS refused or a job failed, 2 bad usage or configuration,\n  124 gave up waiting for a job (--timeout; the job goes on), 130 interrupted.",
    );
    const v = await ims(["--version"]);
    // The version in package.json, which `changeset version` changes (src/generated/version.ts follows it).
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(v.stdout).toBe(`${version}\n`);
  });
});
