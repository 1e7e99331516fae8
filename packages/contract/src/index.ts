export {
  validateRequest,
  validateResponse,
  contractOperations,
  type OperationRef,
  type RequestInput,
  type ResponseInput,
  type ValidationResult,
} from "./validate.js";
export { createContractMiddleware, type ContractMiddleware, type ContractMiddlewareOptions, type ContractMode, type CollectedViolation } from "./middleware.js";
export { createRouter, type Router, type RouteMatch } from "./router.js";
export { ContractInputError, ContractViolationError } from "./errors.js";
export type { ContractViolation, ViolationLocation } from "./violations.js";
export type { ContractOperation } from "./table.js";
export type { HeadersLike, QueryLike } from "./http.js";
