import type { TrafficReport, ViolationSummary } from "./report.js";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function violationLine(v: ViolationSummary): string {
  const where = v.direction === "response" ? `response ${v.status ?? ""}` : "request";
  const extra = [
    v.expected !== undefined ? `expected ${JSON.stringify(v.expected)}` : "",
    v.actual !== undefined ? `got ${JSON.stringify(v.actual)}` : "",
  ].filter(Boolean);
  return `    ✗ ${where}: ${v.message}${extra.length ? ` (${extra.join(", ")})` : ""} ×${v.count}, first at ${v.firstSeen}`;
}

/** The human report: one block per operation, then everything the contract does not describe. */
export function formatText(report: TrafficReport): string {
  const t = report.totals;
  const out = [
    `ims-contract: ${plural(t.exchanges, "exchange")} in ${plural(report.files.length, "file")}: ` +
      `${t.checked} checked, ${t.valid} valid, ${t.invalid} with violations, ` +
      `${plural(t.unknownRoutes, "unknown route")}, ${t.unanswered} unanswered${t.preflights ? `, ${plural(t.preflights, "preflight")}` : ""}${t.unreadable ? `, ${t.unreadable} unreadable` : ""}; ` +
      `${t.operationsSeen} of ${t.operationsInContract} operations seen`,
    "",
  ];
  for (const op of report.operations) {
    const mark = op.invalid === 0 ? "✓" : "✗";
    out.push(`${mark} ${op.operationId} (${op.method} ${op.path}): ${op.checked} checked, ${op.valid} valid, ${op.invalid} invalid`);
    for (const v of op.violations) out.push(violationLine(v));
  }
  if (report.unknownRoutes.length > 0) {
    out.push("", "Unknown routes and hosts (not in the contract):");
    for (const u of report.unknownRoutes) out.push(`  ? ${u.method} ${u.host ?? ""}${u.path} ×${u.count}, first at ${u.firstSeen}: ${u.reason}`);
    if (report.moreUnknownRoutes > 0) out.push(`  ? … and ${report.moreUnknownRoutes} more exchanges to other unknown paths`);
  }
  if (report.unanswered.length > 0) {
    out.push("", "Requests without a recorded answer:");
    for (const u of report.unanswered) out.push(`  - ${u.method} ${u.path} ×${u.count}, first at ${u.firstSeen}`);
  }
  if (report.unreadable.length > 0) {
    out.push("", "Unreadable exchanges (not checked):");
    for (const u of report.unreadable) out.push(`  ! ${u.source}: ${u.reason}`);
    const more = t.unreadable - report.unreadable.length;
    if (more > 0) out.push(`  ! … and ${more} more`);
  }
  return `${out.join("\n")}\n`;
}
