import { ROUTES } from "./generated/routes.js";

export interface OperationFacts {
  operationId: string;
  deprecated: boolean;
  /** What to use instead, when the contract names it (`x-ims-replaced-by`). */
  replacedBy: string | undefined;
}

let table: Map<string, OperationFacts> | undefined;

// Built on first need (an error to name, a deprecation to report), not at import. The table is
// imported statically: bundlers without code splitting (size-limit's esbuild run, IIFE builds)
// inline a dynamic import anyway and add their module-loading helpers around it.
function load(): Map<string, OperationFacts> {
  if (!table) {
    table = new Map();
    for (const [method, path, operationId, replacedBy] of ROUTES) {
      table.set(`${method} ${path}`, { operationId, deprecated: replacedBy !== undefined, replacedBy: replacedBy || undefined });
    }
  }
  return table;
}

/** The contract's facts about `METHOD /path/{template}`, if it is one of its operations. */
export async function operationFor(method: string, pathTemplate: string): Promise<OperationFacts | undefined> {
  return load().get(`${method.toUpperCase()} ${pathTemplate}`);
}

/** `operationId` of a route, for error contexts. */
export async function operationIdOf(method: string, pathTemplate: string): Promise<string | undefined> {
  return (await operationFor(method, pathTemplate))?.operationId;
}
