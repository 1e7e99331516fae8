import type { ContractViolation } from "./violations.js";

/** Thrown for bad arguments (not for bad traffic): names the offending field. */
export class ContractInputError extends Error {
  override name = "ContractInputError";
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

/** Thrown by the middleware in `throw` mode when an exchange breaks the contract. */
export class ContractViolationError extends Error {
  override name = "ContractViolationError";
  constructor(
    /** `GET /v2/cloudimages` (no query string, no host). */
    readonly exchange: string,
    readonly operationId: string | undefined,
    readonly violations: readonly ContractViolation[],
  ) {
    const shown = violations.slice(0, 5).map((v) => `  - ${v.message}`);
    if (violations.length > shown.length) shown.push(`  - … and ${violations.length - shown.length} more`);
    super(`${exchange}${operationId ? ` (${operationId})` : ""} breaks the IMS contract:\n${shown.join("\n")}`);
  }
}
