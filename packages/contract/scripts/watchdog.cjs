// Preloaded into the Prism process: Prism outlives a parent killed by a signal (SIGKILL, a
// closed terminal), so it checks that its parent is alive and exits with it.
"use strict";
const parentPid = Number(process.env.IMSJS_PROXY_PARENT_PID);
if (parentPid > 0) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 200).unref();
}
