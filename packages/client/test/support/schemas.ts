import { validateResponse } from "@imsjs/contract";
import type { OperationId } from "@imsjs/openapi";

/** Fails the test when an answer's body breaks the contract (checked by @imsjs/contract). */
export function expectValid(operationId: OperationId, status: number, body: unknown): void {
  const result = validateResponse({ operationId }, { status, headers: { "content-type": "application/json" }, body });
  if (!result.valid) {
    throw new Error(`${operationId} ${status} body violates the contract: ${result.errors.map((e) => `${e.pointer} ${e.message}`).join("; ")}`);
  }
}
