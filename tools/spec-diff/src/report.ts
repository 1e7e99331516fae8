// Plain-text report: breaking changes first, then the rest, each with where it happened.
import type { SpecChange } from "./classify.js";
import type { GateResult } from "./gate.js";

const SIGN = { added: "+", removed: "-", changed: "~" } as const;
const MAX_FILES = 8;

/** `breaking 1, non-breaking 3 (operation +2, field -1 ~1)`: the shape of the change at a glance. */
export function summarize(changes: SpecChange[]): string {
  const byEntity = new Map<string, Record<SpecChange["kind"], number>>();
  for (const c of changes) {
    const counts = byEntity.get(c.entity) ?? { added: 0, removed: 0, changed: 0 };
    counts[c.kind]++;
    byEntity.set(c.entity, counts);
  }
  const parts = [...byEntity].map(([entity, n]) => {
    const signs = (["added", "removed", "changed"] as const).filter((k) => n[k] > 0).map((k) => `${SIGN[k]}${n[k]}`);
    return `${entity} ${signs.join(" ")}`;
  });
  const breaking = changes.filter((c) => c.breaking).length;
  return `breaking ${breaking}, non-breaking ${changes.length - breaking} (${parts.join(", ")})`;
}

export function formatChange(c: SpecChange): string {
  const rule = c.rule ? ` [${c.ruleSource === "imsjs" ? "imsjs" : "redocly"}: ${c.rule}]` : "";
  const where = c.operation && !c.subject.includes(c.operation) ? `${c.operation}: ` : "";
  const loc = c.location ? `\n      at ${c.location}` : "";
  return `  ${SIGN[c.kind]} ${c.kind.padEnd(7)} ${where}${c.subject}: ${c.message}${rule}${loc}`;
}

export function formatGate(result: GateResult): string {
  const lines = [`spec:diff ${result.spec}: ${result.base} (${result.baseSha}) → working tree`];
  if (result.changedFiles.length === 0) lines.push(`  no changes under the spec since ${result.base}`);
  else {
    const shown = result.changedFiles.slice(0, MAX_FILES).join(", ");
    const more = result.changedFiles.length > MAX_FILES ? ` and ${result.changedFiles.length - MAX_FILES} more` : "";
    lines.push(`  ${result.changedFiles.length} file(s) changed: ${shown}${more}`);
  }
  if (result.changes.length > 0) lines.push(`  ${summarize(result.changes)}`);
  const breaking = result.changes.filter((c) => c.breaking);
  const safe = result.changes.filter((c) => !c.breaking);
  if (breaking.length > 0) lines.push("", `Breaking for clients (${breaking.length}):`, ...breaking.map(formatChange));
  if (safe.length > 0) lines.push("", `Non-breaking (${safe.length}):`, ...safe.map(formatChange));
  lines.push("", `Pending changeset for ${result.packageName}: ${result.bump}`);
  if (result.unreleased && breaking.length > 0) lines.push(`${result.packageName} is unreleased (0.0.0): its first release takes these breaks without a major bump`);
  if (result.failures.length === 0) lines.push("spec:diff passed");
  else lines.push(...result.failures.map((f) => `FAIL ${f}`));
  return lines.join("\n");
}
