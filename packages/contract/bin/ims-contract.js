#!/usr/bin/env node
// Committed so pnpm can link the bin before the first build; the code lives in src/cli.ts.
import { runCli } from "../dist/cli.js";

// `ims-contract check … | head` closes the pipe early: the verdict still stands, and a reader that
// has what it wanted is no error (without this, Node printed an EPIPE stack and exited 1).
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
process.exitCode = await runCli(process.argv.slice(2));
