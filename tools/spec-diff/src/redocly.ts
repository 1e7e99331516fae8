// Runs `redocly diff --format json` and returns its report. Redocly does the hard part (3.1,
// multi-file $refs, source locations); everything else in this package reads its JSON.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
/** Turns on every diff rule (`diff-recommended`) whatever redocly.yaml the working directory has. */
export const DIFF_CONFIG = fileURLToPath(new URL("../redocly-diff.yaml", import.meta.url));

export type Impact = "major" | "minor" | "patch";

export interface Location {
  file: string;
  pointer: string;
  line?: number;
  col?: number;
  value?: unknown;
}

export interface RedoclyChange {
  path: string;
  typeName: string;
  kind: "added" | "removed" | "modified";
  impact: Impact;
  property?: string;
  verdicts: { ruleId: string; impact: Impact; message: string; location?: Location }[];
  base?: Location;
  revision?: Location;
}

export interface RedoclyReport {
  summary: Record<Impact, number>;
  changes: RedoclyChange[];
}

export class RedoclyDiffError extends Error {
  override name = "RedoclyDiffError";
}

// Resolved on use, not on import: a missing @redocly/cli must surface as a RedoclyDiffError the CLI
// turns into exit 2 ("cannot run"), not as an import crash (exit 1, "gate failed").
function redoclyBin(): string {
  let manifest: string;
  try {
    manifest = require.resolve("@redocly/cli/package.json");
  } catch (error) {
    const reason = String((error as Error).message).split("\n")[0];
    throw new RedoclyDiffError(`@redocly/cli is not installed next to spec-diff (${reason}); run \`pnpm install\``);
  }
  return path.join(path.dirname(manifest), "bin/cli.js");
}

export interface RedoclyDiffOptions {
  /** `false` leaves redocly to find its own redocly.yaml, which test/redocly-config.test.ts uses. */
  config?: string | false;
  /** How to name a file of either spec in an error, e.g. `main:spec/x.yaml` for the base copy. */
  label?: (file: string) => string;
}

interface Problem {
  file: string;
  line: string;
  col: string;
  message: string;
}

/**
 * Redocly's numbered problem blocks on stderr: `[1] <file>:<line>:<col> ...`, then the message;
 * or, when the root file itself is no YAML, the one line of its crash report that names it:
 * `Error: <message> in "<file>" (<line>:<col>)`.
 */
function problemsIn(stderr: string, cwd: string): Problem[] {
  const lines = stderr.split("\n");
  const out: Problem[] = [];
  lines.forEach((line, i) => {
    const head = /^\[\d+\] (.+?):(\d+):(\d+)\b/.exec(line);
    const message = lines.slice(i + 1).find((l) => l.trim() !== "");
    if (head) out.push({ file: path.resolve(cwd, head[1]!), line: head[2]!, col: head[3]!, message: message?.trim() ?? "" });
    const crash = /^Error: (.+) in "(.+)" \((\d+):(\d+)\)$/.exec(line);
    if (crash) out.push({ file: path.resolve(cwd, crash[2]!), line: crash[3]!, col: crash[4]!, message: crash[1]! });
  });
  return out;
}

/** One line per problem, `<file>:<line>:<col> <message>`, with every file named by `label`. */
function unreadable(problems: Problem[], base: string, cwd: string, label: (file: string) => string): RedoclyDiffError {
  const baseRoot = path.dirname(path.resolve(cwd, base)) + path.sep;
  const inBase = problems.filter((p) => p.file.startsWith(baseRoot)).length;
  const side = inBase === problems.length ? "the base spec" : inBase === 0 ? "the revision" : "both specs";
  const named = (text: string) => text.replace(/(["'])(\/[^"']+)\1/g, (_, quote: string, file: string) => quote + label(file) + quote);
  const list = new Set(problems.map((p) => `  ${label(p.file)}:${p.line}:${p.col} ${named(p.message)}`));
  return new RedoclyDiffError(
    `redocly could not read ${side} completely, so the unresolved parts would compare as \`any\` and hide breaks:\n${[...list].join("\n")}`,
  );
}

export async function redoclyDiff(
  base: string,
  revision: string,
  cwd: string,
  { config = DIFF_CONFIG, label = (file: string) => path.relative(cwd, file) }: RedoclyDiffOptions = {},
): Promise<RedoclyReport> {
  const args = [redoclyBin(), "diff", base, revision, "--format", "json", "--fail-on", "none", "--lint-config", "off"];
  if (config) args.push("--config", config);
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await run(process.execPath, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const output = String((error as { stderr?: string }).stderr ?? "");
    // A file it cannot read: the same list as for the base below, not redocly's whole report (code
    // frames for each problem, or a stack trace when the root file is no YAML).
    const problems = problemsIn(output, cwd);
    if (problems.length > 0) throw unreadable(problems, base, cwd, label);
    // Redocly prints a Node 20 banner on stderr on every run; only its last lines explain a failure.
    const lines = output.split("\n").filter((l) => !/[║╔╚]/.test(l));
    throw new RedoclyDiffError(`redocly diff failed: ${lines.join("\n").trim()}`);
  }
  // Redocly fails on a revision it cannot resolve, but only warns about the base and exits 0: the
  // unresolved parts then compare as `any`, which hides breaks (and invents others).
  const problems = problemsIn(stderr, cwd);
  if (problems.length > 0) throw unreadable(problems, base, cwd, label);
  return JSON.parse(stdout) as RedoclyReport;
}
