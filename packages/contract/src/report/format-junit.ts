import type { TrafficReport } from "./report.js";

// XML 1.0 cannot carry most control characters, even escaped.
const isXmlChar = (code: number): boolean => code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (text: string): string =>
  [...text]
    .filter((ch) => isXmlChar(ch.charCodeAt(0)))
    .join("")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * JUnit XML for CI dashboards: one test case per operation seen (failing when any exchange
 * broke the contract) and one per unknown route (failing only with `failOnUnknown`).
 */
export function formatJunit(report: TrafficReport, options: { failOnUnknown?: boolean } = {}): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const op of report.operations) {
    const name = `${op.operationId} (${op.method} ${op.path})`;
    if (op.invalid === 0) {
      cases.push(`    <testcase classname="ims-contract.operations" name="${xml(name)}"/>`);
      continue;
    }
    failures++;
    const details = op.violations
      .map((v) => `${v.direction}${v.status ? ` ${v.status}` : ""}: ${v.message} ×${v.count}, first at ${v.firstSeen}`)
      .join("\n");
    cases.push(
      `    <testcase classname="ims-contract.operations" name="${xml(name)}">`,
      `      <failure message="${xml(`${op.invalid} of ${op.checked} exchanges break the contract`)}">${xml(details)}</failure>`,
      "    </testcase>",
    );
  }
  for (const u of report.unknownRoutes) {
    const name = `${u.method} ${u.host ?? ""}${u.path}`;
    const message = xml(`${u.reason} (×${u.count}, first at ${u.firstSeen})`);
    if (options.failOnUnknown) failures++;
    else skipped++;
    cases.push(
      `    <testcase classname="ims-contract.unknown-routes" name="${xml(name)}">`,
      options.failOnUnknown ? `      <failure message="${message}"/>` : `      <skipped message="${message}"/>`,
      "    </testcase>",
    );
  }
  for (const u of report.unreadable) {
    cases.push(
      `    <testcase classname="ims-contract.unreadable" name="${xml(u.source)}">`,
      `      <error message="${xml(u.reason)}"/>`,
      "    </testcase>",
    );
  }
  const tests = report.operations.length + report.unknownRoutes.length + report.unreadable.length;
  const counts = `tests="${tests}" failures="${failures}"${report.unreadable.length ? ` errors="${report.unreadable.length}"` : ""} skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ims-contract" ${counts}>`,
    `  <testsuite name="ims-contract" ${counts}>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
