import { ROUTES } from "./generated/routes.js";

export interface OperationFacts {
  operationId: string;
  deprecated: boolean;
  /** What to use instead, when the contract names it (`x-ims-replaced-by`). */
  replacedBy: string | undefined;
}

let table: Map<string, OperationFacts> | undefined;

/**
 * The contract's facts about `METHOD /path/{template}` (method in capitals), if it is one of its
 * operations. The table is built on first need, not at import; it is imported statically: bundlers
 * without code splitting (size-limit's esbuild run, IIFE builds) would inline a dynamic import anyway.
 */
export function operationFor(method: string, pathTemplate: string): OperationFacts | undefined {
  if (!table) {
    table = new Map();
    for (const [m, path, operationId, replacedBy] of ROUTES) {
      table.set(`${m} ${path}`, { operationId, deprecated: replacedBy !== undefined, replacedBy: replacedBy || undefined });
    }
  }
  return table.get(`${method} ${pathTemplate}`);
}

/** `operationId` of a route, for error contexts. */
export const operationIdOf = (method: string, pathTemplate: string): string | undefined => operationFor(method, pathTemplate)?.operationId;
