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

/** `config: false` leaves redocly to find its own redocly.yaml, which test/redocly-config.test.ts uses. */
export async function redoclyDiff(
  base: string,
  revision: string,
  cwd: string,
  { config = DIFF_CONFIG }: { config?: string | false } = {},
): Promise<RedoclyReport> {
  const args = [redoclyBin(), "diff", base, revision, "--format", "json", "--fail-on", "none", "--lint-config", "off"];
  if (config) args.push("--config", config);
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    // Redocly prints a Node 20 banner on stderr on every run; only its last lines explain a failure.
    const stderr = String((error as { stderr?: string }).stderr ?? "").split("\n").filter((l) => !/[║╔╚]/.test(l));
    throw new RedoclyDiffError(`redocly diff failed: ${stderr.join("\n").trim()}`);
  }
  return JSON.parse(stdout) as RedoclyReport;
}
