import { imsErrorFrom, requestIdOf } from "./error-body.js";
import { ImsError, ImsInvalidResponseError, type ImsCallContext } from "./errors.js";

/**
 * The data of a call that `paginate` and the waiters make, whatever the client's `throwOnError`: an
 * answer that is not data is its ImsError, and an empty 2xx body (openapi-fetch's data is then
 * undefined) an ImsInvalidResponseError, not a page or job to read as empty.
 */
export function dataOf<T>({ data, error, response }: { data?: T; error?: unknown; response: Response }, context: ImsCallContext, key?: keyof T): NonNullable<T> {
  // A throwOnError: false client returns the ImsError it would throw for a body that is no JSON object.
  if (!response.ok) throw error instanceof ImsError ? error : imsErrorFrom(error, response, context);
  // `key`: a field without which the data is no answer either (an …AndWait helper's `job_id`).
  if (!data || (key && !data[key])) {
    throw new ImsInvalidResponseError(`${context.method} ${context.path}: the ${response.status} answer has no ${String(key ?? "body")}`, response.status, requestIdOf(response), context);
  }
  return data;
}
