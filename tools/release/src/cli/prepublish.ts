#!/usr/bin/env node
// `prepublishOnly` of every public package: refuses to publish one whose build is missing (a fresh
// clone) or reports another version than its package.json (built before `changeset version`). It
// only reads: `changeset publish` publishes packages in parallel, and builds started from here
// would race each other. `pnpm release:publish` builds everything first.
import { prepublishProblems } from "../packed-version.js";

const problems = await prepublishProblems(process.cwd());
for (const problem of problems) console.error(`prepublishOnly: ${problem} (run \`pnpm release:publish\`, which builds first)`);
process.exitCode = problems.length > 0 ? 1 : 0;
