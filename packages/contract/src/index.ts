export {
  validateRequest,
  validateResponse,
  contractOperations,
  type OperationRef,
  type OperationId,
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
export { ReportBuilder, MAX_DISTINCT, type ReportOptions, type TrafficReport, type OperationReport, type ViolationSummary, type UnmatchedExchange, type UnreadableExchange } from "./report/report.js";
export { formatText } from "./report/format-text.js";
export { formatJunit } from "./report/format-junit.js";
export { readHar, harEntryToExchange } from "./traffic/har.js";
export { readNdjson } from "./traffic/ndjson.js";
export { TrafficInputError, type Exchange } from "./traffic/exchange.js";
