#!/usr/bin/env node
import { allowOfflineGlobals } from "./http/offline.js";
import { run } from "./index.js";
import { processIO } from "./io.js";

allowOfflineGlobals();
process.exitCode = await run(process.argv.slice(2), processIO());
