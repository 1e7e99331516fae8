import { operationIndex } from "@imsjs/openapi";

export interface OperationFacts {
  operationId: string;
  deprecated: boolean;
  /** The operation to use instead, when the contract names one. */
  replacedBy: string | undefined;
}

// Replacements the reference docs name but the contract does not (yet) carry.
const KNOWN_REPLACEMENTS: Record<string, string> = { showJob: "showJobProgress" };

const byRoute = new Map<string, OperationFacts>();
for (const info of Object.values(operationIndex) as ReadonlyArray<Record<string, unknown>>) {
  const replacedBy = info["replacedBy"];
  byRoute.set(`${String(info["method"]).toUpperCase()} ${String(info["path"])}`, {
    operationId: String(info["operationId"]),
    deprecated: info["deprecated"] === true,
    replacedBy: typeof replacedBy === "string" ? replacedBy : KNOWN_REPLACEMENTS[String(info["operationId"])],
  });
}

/** The contract's facts about `METHOD /path/{template}`, if it is one of its operations. */
export function operationFor(method: string, pathTemplate: string): OperationFacts | undefined {
  return byRoute.get(`${method.toUpperCase()} ${pathTemplate}`);
}
