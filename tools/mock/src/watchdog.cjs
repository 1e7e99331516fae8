// Preloaded into the Prism process. Prism outlives a parent killed by a signal (SIGKILL, a
// closed terminal), so it checks that its parent is alive and exits with it. The parent's own
// clean-up cannot run then, so the spec copy's temporary directory is removed here.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const parentPid = Number(process.env.IMSJS_MOCK_PARENT_PID);
const dir = process.env.IMSJS_MOCK_TMPDIR;
// Only what the launcher made: a directory named imsjs-* right under the system's temp directory.
const ours = typeof dir === "string" && path.dirname(dir) === os.tmpdir() && path.basename(dir).startsWith("imsjs-");
if (parentPid > 0) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      try {
        if (ours) fs.rmSync(dir, { recursive: true, force: true });
      } finally {
        process.exit(0);
      }
    }
  }, 200).unref();
}
