export type { paths, components, operations, $defs } from "./generated/types.js";
export { operationIndex } from "./generated/operations.js";
export type { OperationId, OperationInfo } from "./generated/operations.js";
