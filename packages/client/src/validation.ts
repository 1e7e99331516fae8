import type { Middleware } from "openapi-fetch";
import { ImsConfigError } from "./errors.js";
import { check } from "./option-checks.js";
import type { Log } from "./logger.js";
import { routeOf } from "./operations.js";

export type ValidationMode = "throw" | "warn";

/**
 * Checks 2xx answers (and the 3xx returned as data) against the contract with @imsjs/contract,
 * loaded on first use so clients that do not validate never download its validators. Error answers
 * stay ImsErrors.
 */
export function createValidationMiddleware(mode: ValidationMode, log: Log | undefined): Middleware {
  let checker: Promise<Middleware> | undefined;
  return {
    async onResponse(args) {
      const { status } = args.response;
      // A 3xx the contract documents with a body (listVersions' 300; only such statuses are traits) is
      // returned as data, so it is checked too.
      if (status < 300 || routeOf(args.request.method, args.schemaPath)?.[1]?.includes(String(status))) {
        checker ??= import("@imsjs/contract").then(
          // Without a logger, the contract's middleware warns on the console.
          (contract) => contract.createContractMiddleware({ mode, logger: log && { warn: (message: string) => log("warn", message) } }),
          (cause: unknown) => {
            checker = undefined;
            throw new ImsConfigError("validateResponses", `needs the optional package @imsjs/contract (${cause as Error})`);
          },
        );
        await (await checker).onResponse?.(args);
      }
      return undefined;
    },
  };
}

export function resolveValidation(value: unknown): ValidationMode | undefined {
  const mode = value === false ? undefined : value === true ? "throw" : value;
  check(mode === undefined || mode === "throw" || mode === "warn", "validateResponses", 'must be true, false, "throw" or "warn"');
  return mode;
}
