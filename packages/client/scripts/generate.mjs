#!/usr/bin/env node
// The client's `pnpm generate`: src/generated/routes.ts from the contract (generate-routes.mjs) and
// src/generated/version.ts from package.json (tools/release/scripts/version-module.mjs), so that the
// default User-Agent names the version published. `--check` compares instead of writing.
import "./generate-routes.mjs";
import { main } from "../../../tools/release/scripts/version-module.mjs";

process.exitCode ||= await main(process.argv.slice(2));
