/** What went wrong, stable for programs to branch on. */
export type SignerErrorCode =
  | "INVALID_CREDENTIALS"
  | "INVALID_HEADER"
  | "INVALID_OPTION"
  | "INVALID_REQUEST"
  | "UNSUPPORTED_ALGORITHM"
  | "UNSUPPORTED_RUNTIME";

/**
 * Every error the signer throws. `field` names the input at fault (`credentials.sk`,
 * `headers.X-Foo`, `url`, `options.algorithm`, `runtime`…) and starts the message. Messages quote
 * names only, never header values, URLs or secrets: logging an error cannot leak a token or an SK.
 */
export class SignerError extends Error {
  override readonly name = "SignerError";
  declare readonly code: SignerErrorCode;
  declare readonly field: string;
  constructor(field: string, problem: string) {
    super(field + " " + problem);
    this.field = field;
    // The code follows from the field at fault, which keeps every throw site (and the bundle) short.
    // Of the fields thrown (credentials.*, options.*, headers[.name], method, url, body, runtime),
    // only `runtime` starts with `r` and only `options.algorithm` with `options.a`; the others name
    // their word first or not at all, so the leftmost match needs no `^` (1 B).
    this.code = (
      /^(r|options\.a)/.test(field)
        ? "unsupported_" + field.slice(-9)
        : "invalid_" + (/credentials|header|option/.exec(field)?.[0] ?? "request")
    ).toUpperCase() as SignerErrorCode;
  }
}

export const fail = (field: string, problem: string): never => {
  throw new SignerError(field, problem);
};
