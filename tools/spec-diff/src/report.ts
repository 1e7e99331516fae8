// Plain-text report: breaking changes first, then the rest, each with where it happened.
import type { SpecChange } from "./classify.js";
import type { GateResult } from "./gate.js";

const SIGN = { added: "+", removed: "-", changed: "~" } as const;

export function formatChange(c: SpecChange): string {
  const rule = c.rule ? ` [${c.ruleSource === "imsjs" ? "imsjs" : "redocly"}: ${c.rule}]` : "";
  const where = c.operation && !c.subject.includes(c.operation) ? `${c.operation}: ` : "";
  const loc = c.location ? `\n      at ${c.location}` : "";
  return `  ${SIGN[c.kind]} ${c.kind.padEnd(7)} ${where}${c.subject}: ${c.message}${rule}${loc}`;
}

export function formatGate(result: GateResult): string {
  const lines = [`spec:diff ${result.spec}: ${result.base} (${result.baseSha}) → working tree`];
  if (result.changedFiles.length === 0) lines.push(`  no changes under the spec since ${result.base}`);
  else lines.push(`  ${result.changedFiles.length} file(s) changed: ${result.changedFiles.join(", ")}`);
  const breaking = result.changes.filter((c) => c.breaking);
  const safe = result.changes.filter((c) => !c.breaking);
  if (breaking.length > 0) lines.push("", `Breaking for clients (${breaking.length}):`, ...breaking.map(formatChange));
  if (safe.length > 0) lines.push("", `Non-breaking (${safe.length}):`, ...safe.map(formatChange));
  lines.push("", `Pending changeset for ${result.packageName}: ${result.bump}`);
  if (result.failures.length === 0) lines.push("spec:diff passed");
  else lines.push(...result.failures.map((f) => `FAIL ${f}`));
  return lines.join("\n");
}
