import type { Log } from "./logger.js";
import { operationFor } from "./operations.js";

// Once per process, not per client: a long-running service creating clients per request must not flood its logs.
const warned = new Set<string>();

export async function warnIfDeprecated(log: Log | undefined, method: string, path: string): Promise<void> {
  if (!log) return;
  const op = await operationFor(method, path);
  if (!op?.deprecated || warned.has(op.operationId)) return;
  warned.add(op.operationId);
  const instead = op.replacedBy ? `; use ${op.replacedBy} instead` : "";
  log("warn", `IMS operation ${op.operationId} (${method.toUpperCase()} ${path}) is deprecated${instead}`, {
    operationId: op.operationId,
    replacedBy: op.replacedBy,
  });
}

/** For tests: forget which deprecations were already reported. */
export function resetDeprecationWarnings(): void {
  warned.clear();
}
