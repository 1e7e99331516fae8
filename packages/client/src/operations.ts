export interface OperationFacts {
  operationId: string;
  deprecated: boolean;
  /** What to use instead, when the contract names it (`x-ims-replaced-by`). */
  replacedBy: string | undefined;
}

let table: Promise<Map<string, OperationFacts>> | undefined;

// The route table is only needed to name the operation in an error or a deprecation warning, so it
// is loaded on first need: browser bundles get it as a separate chunk, off the happy path.
function load(): Promise<Map<string, OperationFacts>> {
  return (table ??= import("./generated/routes.js").then(({ ROUTES }) => {
    const byRoute = new Map<string, OperationFacts>();
    for (const [method, path, operationId, replacedBy] of ROUTES) {
      byRoute.set(`${method} ${path}`, { operationId, deprecated: replacedBy !== undefined, replacedBy: replacedBy || undefined });
    }
    return byRoute;
  }));
}

/** The contract's facts about `METHOD /path/{template}`, if it is one of its operations. */
export async function operationFor(method: string, pathTemplate: string): Promise<OperationFacts | undefined> {
  return (await load()).get(`${method.toUpperCase()} ${pathTemplate}`);
}

/** `operationId` of a route, for error contexts. */
export async function operationIdOf(method: string, pathTemplate: string): Promise<string | undefined> {
  return (await operationFor(method, pathTemplate))?.operationId;
}
