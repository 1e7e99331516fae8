export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Custom fetch, for tests. */
  fetch?: (input: Request) => Promise<Response>;
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** An answer from IMS that was not a success. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  const body = error as { error?: { code?: string; message?: string } } | string | undefined;
  const ims = typeof body === "object" ? body?.error : undefined;
  const detail = ims?.message ?? (typeof body === "string" && body ? body : response.statusText);
  throw new ApiError(response.status, ims?.code, detail);
}
