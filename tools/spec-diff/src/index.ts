export { runGate, type GateOptions, type GateResult } from "./gate.js";
export { diffSpecs, type DiffOptions } from "./diff.js";
export type { SpecChange } from "./classify.js";
export { ownRules, type OwnRule } from "./rules.js";
export { pendingBumps, type Bump } from "./changesets.js";
export { resolveBase, forkPoint, changedSince, extractAt, git, GitError, RELEASE_TAG_PATTERN } from "./git.js";
export { formatGate, formatChange } from "./report.js";
