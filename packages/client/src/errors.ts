/** Thrown when client options are missing or malformed; `field` names the offending option. */
export class ImsConfigError extends Error {
  override name = "ImsConfigError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
