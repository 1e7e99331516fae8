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

function parentGone() {
  try {
    // Linux: the parent now, which stops being it the moment it dies, even before it is reaped
    // (a zombie still answers the signal-0 check below).
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== parentPid;
  } catch {
    // No /proc: fall through.
  }
  try {
    process.kill(parentPid, 0);
    return false;
  } catch {
    return true;
  }
}

if (parentPid > 0) {
  // However Prism ends while its parent is gone (the check below, an uncaught error), the copy
  // goes with it.
  process.on("exit", () => {
    if (ours && parentGone()) fs.rmSync(dir, { recursive: true, force: true });
  });
  // A dead parent's pipes refuse Prism's next log line (EPIPE); Prism would die of that error
  // with a stack trace nobody reads. Nobody reads anything on those pipes any more: just exit.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => process.exit(0));
  setInterval(() => {
    if (parentGone()) process.exit(0);
  }, 200).unref();
}
