#!/usr/bin/env node
// Committed so pnpm can link the bin before the first build; the code lives in src/cli.ts.
import { runCli } from "../dist/cli.js";

process.exitCode = await runCli(process.argv.slice(2));
