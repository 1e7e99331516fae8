/** What went wrong, stable for programs to branch on. */
export type SignerErrorCode =
  | "INVALID_CREDENTIALS"
  | "INVALID_HEADER"
  | "INVALID_OPTION"
  | "INVALID_REQUEST"
  | "UNSUPPORTED_ALGORITHM"
  | "UNSUPPORTED_RUNTIME";

// The code follows from the field at fault, which keeps every throw site (and the bundle) short.
const codeOf = (field: string) =>
  (field === "options.algorithm"
    ? "UNSUPPORTED_ALGORITHM"
    : field === "runtime"
      ? "UNSUPPORTED_RUNTIME"
      : "INVALID_" + (field[0] === "c" ? "CREDENTIALS" : field[0] === "h" ? "HEADER" : field[0] === "o" ? "OPTION" : "REQUEST")) as SignerErrorCode;

/**
 * Every error the signer throws. `field` names the input at fault (`credentials.sk`,
 * `headers.X-Foo`, `url`, `options.algorithm`, `runtime`…) and starts the message. Messages quote
 * names only, never header values, URLs or secrets: logging an error cannot leak a token or an SK.
 */
export class SignerError extends Error {
  override readonly name = "SignerError";
  readonly code: SignerErrorCode;
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(field + " " + problem);
    this.code = codeOf(field);
  }
}

export const fail = (field: string, problem: string): never => {
  throw new SignerError(field, problem);
};
