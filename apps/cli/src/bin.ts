#!/usr/bin/env node
import { main } from "./main.js";

// The published binary is dist/cli/ims.js (scripts/bundle.mjs), which calls the same main().
void main(process.argv.slice(2));
