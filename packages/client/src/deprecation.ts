import type { Log } from "./logger.js";
import { operationFor } from "./operations.js";

// Once per process, not per client: a long-running service creating clients per request must not flood its logs.
const warned = new Set<string>();

/** Warns through `log` the first time a deprecated operation is called (`method` in capitals). */
export function warnIfDeprecated(log: Log, method: string, path: string): void {
  const op = operationFor(method, path);
  if (!op?.deprecated || warned.has(op.operationId)) return;
  warned.add(op.operationId);
  const { operationId, replacedBy } = op;
  log("warn", `IMS operation ${operationId} (${method} ${path}) is deprecated${replacedBy ? `; use ${replacedBy} instead` : ""}`, { operationId, replacedBy });
}

/** For tests: forget which deprecations were already reported. */
export function resetDeprecationWarnings(): void {
  warned.clear();
}
