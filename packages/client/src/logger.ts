/**
 * Anything with these methods, e.g. `console` or a pino/winston instance wrapped in one line.
 * Every method is optional: the client only calls what is there.
 */
export interface ImsLogger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = "debug" | "info" | "warn" | "error";

const SECRET_HEADERS = /^(authorization|x-(auth|security|subject)-token|(set-)?cookie)$/i;
export const REDACTED = "[REDACTED]";

/** Header names and values as they may be logged: credentials replaced by `[REDACTED]`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].map(([name, value]) => [name, SECRET_HEADERS.test(name) ? REDACTED : value]));
}

/**
 * A log function that never lets a known secret through: besides the header rules above, any
 * string that contains a current secret (SK, token, password) is scrubbed before it is written.
 */
export function createLog(logger: ImsLogger, scrub: (value: unknown) => unknown) {
  // Called as a method (`this` is the logger); a level the logger lacks is skipped.
  return (level: LogLevel, message: string, fields?: Record<string, unknown>): void =>
    logger[level]?.(scrub(message) as string, fields && (scrub(fields) as Record<string, unknown>));
}

export type Log = ReturnType<typeof createLog>;
