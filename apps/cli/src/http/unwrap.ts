import { ApiError } from "../errors.js";

/**
 * The data of a successful answer. The client throws its typed `ImsError` for every answer ≥ 400,
 * so this only guards against a client configured otherwise.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (response.ok) return data as T;
  throw new ApiError(response.status, undefined, response.statusText || "request failed", response.headers.get("x-request-id") ?? undefined);
}
