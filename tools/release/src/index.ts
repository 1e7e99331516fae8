export { listPackages, publicPackages, workspaceDependencies, type WorkspacePackage, type Manifest } from "./workspace.js";
export { releaseDry, type DryRunOptions, type DryRunResult, type PlannedPackage } from "./dry-run.js";
export { checkPackages, attwProfile, assetSubpaths, opensWithExample, type PackageReport, type Finding } from "./package-checks.js";
export { apiEntries, generateReport, reportName, type ApiEntry } from "./api-report.js";
export { apiCheck, DEFAULT_SNAPSHOTS, type ApiCheckOptions, type ApiCheckResult } from "./api-check.js";
export { parseNpmNotice, type Tarball } from "./npm-notice.js";
export { versionProblems, prepublishProblems } from "./packed-version.js";
