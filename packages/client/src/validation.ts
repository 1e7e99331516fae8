import type { Middleware } from "openapi-fetch";
import { ImsConfigError } from "./errors.js";
import type { Log } from "./logger.js";

export type ValidationMode = "throw" | "warn";

/**
 * Checks 2xx answers against the contract with @imsjs/contract, loaded on first use so clients that
 * do not validate never download its validators. Error answers stay ImsErrors.
 */
export function createValidationMiddleware(mode: ValidationMode, log: Log | undefined): Middleware {
  type Checker = { onResponse(args: { request: Request; response: Response; schemaPath: string }): Promise<unknown> };
  let checker: Promise<Checker> | undefined;
  const load = (): Promise<Checker> =>
    (checker ??= import("@imsjs/contract").then(
      (contract) =>
        contract.createContractMiddleware({
          mode,
          logger: { warn: (message: string) => (log ? log("warn", message) : console.warn(message)) },
        }),
      (cause: unknown) => {
        checker = undefined;
        throw new ImsConfigError("validateResponses", `needs the optional package @imsjs/contract (${String(cause)})`);
      },
    ));
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.status >= 300) return undefined;
      await (await load()).onResponse({ request, response, schemaPath });
      return undefined;
    },
  };
}

export function resolveValidation(value: unknown): ValidationMode | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true || value === "throw") return "throw";
  if (value === "warn") return "warn";
  throw new ImsConfigError("validateResponses", 'must be true, false, "throw" or "warn"');
}
