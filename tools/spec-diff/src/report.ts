// Plain-text report: breaking changes first, then the rest, each with where it happened.
import type { SpecChange } from "./classify.js";
import type { GateResult } from "./gate.js";

const SIGN = { added: "+", removed: "-", changed: "~" } as const;
const MAX_FILES = 8;
const MAX_OPERATIONS = 6;

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
  const also = c.alsoIn ? `\n      also in ${c.alsoIn.slice(0, MAX_OPERATIONS).join(", ")}${c.alsoIn.length > MAX_OPERATIONS ? ` and ${c.alsoIn.length - MAX_OPERATIONS} more` : ""}` : "";
  return `  ${SIGN[c.kind]} ${c.kind.padEnd(7)} ${where}${c.subject}: ${c.message}${rule}${loc}${also}`;
}

export function formatGate(result: GateResult): string {
  const from = result.comparedWith === "fork-point" ? `${result.baseSha}, where HEAD forked from ${result.base},` : `${result.base} (${result.baseSha})`;
  const lines = [`spec:diff ${result.spec}: ${from} → working tree`];
  if (result.comparedWith === "no-common-history") {
    lines.push(
      `  HEAD shares no history with ${result.base} (a shallow clone?), so it is compared with ${result.base} itself: ` +
        `whatever ${result.base} gained since this branch forked shows up here as reverted. Fetch more history (git fetch --unshallow) to compare with the fork point.`,
    );
  }
  const since = result.comparedWith === "fork-point" ? result.baseSha : result.base;
  if (result.changedFiles.length === 0) lines.push(`  no changes under the spec since ${since}`);
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
