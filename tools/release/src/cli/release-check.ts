#!/usr/bin/env node
// `pnpm release:check`: publint, attw and our own rules over every public package; exit 1 on
// any error (publint warnings count as errors).
import { parseArgs } from "node:util";
import { checkPackages } from "../package-checks.js";
import { rootDir } from "./root.js";

const { values } = parseArgs({ options: { root: { type: "string" } } });

try {
  const started = performance.now();
  const reports = await checkPackages(values.root ?? rootDir());
  let errors = 0;
  for (const report of reports) {
    const bad = report.findings.filter((f) => f.severity === "error");
    errors += bad.length;
    console.log(`${bad.length === 0 ? "ok  " : "FAIL"} ${report.name} (${report.tarball}, attw --profile ${report.profile})`);
    for (const f of report.findings) console.log(`     ${f.severity === "error" ? "error" : "note "} [${f.tool}] ${f.message}`);
  }
  console.log(`release:check: ${reports.length} package(s), ${errors} error(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`release:check: ${(error as Error).message}`);
  process.exitCode = 1;
}
