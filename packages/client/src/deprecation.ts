import type { Log } from "./logger.js";
import { routeOf } from "./operations.js";

// Once per process, not per client: a long-running service creating clients per request must not flood its logs.
const warned = new Set<string>();

/** Warns through `log` the first time a deprecated operation is called (`method` in capitals). */
export function warnIfDeprecated(log: Log, method: string, path: string): void {
  // A replacement marks the operation deprecated; it names what to use instead, or is "" when none is named.
  const [operationId, , replacement] = routeOf(method, path) ?? [];
  if (replacement === undefined || warned.has(operationId!)) return;
  warned.add(operationId!);
  log("warn", `IMS operation ${operationId} (${method} ${path}) is deprecated${replacement && `; use ${replacement} instead`}`, { operationId, replacedBy: replacement || undefined });
}

/** For tests: forget which deprecations were already reported. */
export function resetDeprecationWarnings(): void {
  warned.clear();
}
