import type { FetchOptions, FetchResponse, Middleware } from "openapi-fetch";
import type { ImsError } from "./errors.js";
import type { ImsPaths } from "./paths.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type PathsWith<M extends HttpMethod> = { [P in keyof ImsPaths]: ImsPaths[P] extends { [K in M]: object } ? P : never }[keyof ImsPaths];
type Operation<P extends keyof ImsPaths, M extends HttpMethod> = ImsPaths[P][M & keyof ImsPaths[P]] & Record<string | number, unknown>;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type BodyMediaTypes<O> = O extends { requestBody?: infer B } ? (NonNullable<B> extends { content: infer C } ? keyof C & string : never) : never;
// openapi-fetch sends a body as application/json unless the call names another Content-Type: where
// the operation takes no JSON (Glance's PATCH, the file upload), IMS refused such a call with 415.
// A record is checked; a Headers object, which openapi-fetch takes too, cannot be, and is let through.
type ContentTypeHeader<T extends string> = [T] extends [never] ? unknown : "application/json" extends T ? unknown : { headers: { "Content-Type": T } | { "content-type": T } | Headers };

/**
 * The second argument of a call: required when the operation has required parameters or a body,
 * with `headers` naming the Content-Type when the body is not JSON.
 */
export type ImsCallInit<P extends keyof ImsPaths, M extends HttpMethod> = FetchOptions<Operation<P, M>> & ContentTypeHeader<BodyMediaTypes<Operation<P, M>>>;
type InitArgs<I> = RequiredKeys<I> extends never ? [init?: I] : [init: I];

type Answer<O extends Record<string | number, unknown>> = FetchResponse<O, object, `${string}/${string}`>;

// The client returns an error body only when it is a JSON object (or array); any other body comes
// back as an ImsError. openapi-fetch's union also holds a `string` for each text/plain error body the
// contract documents (Glance's) and `undefined` for an error status without one: those never arrive,
// and with them `"error_code" in error` did not compile and `if (error)` left `data` possibly undefined.
// (A body typed `unknown`, which a distributive Extract would drop, arrives as some object.)
type ObjectBodies<E> = unknown extends E ? object : Extract<E, object>;

/**
 * What a call resolves to: openapi-fetch's `{ data } | { error }` from a client made with
 * `throwOnError: false`, where `error` is the contract's JSON error body, or the `ImsError` a
 * throwing client would throw when the body was none (a text or HTML page, an empty body): an
 * object either way. Any other client throws every answer that is not data, so it always resolves
 * to `{ data }` (TypeScript needs no `data!`).
 */
export type ImsResponse<O extends Record<string | number, unknown>, ThrowOnError extends boolean> =
  | Exclude<Answer<O>, { error: unknown }>
  | (ThrowOnError extends false ? { data?: never; error: ObjectBodies<Extract<Answer<O>, { error: unknown }>["error"]> | ImsError; response: Response } : never);

// openapi-fetch infers the whole init object as a type parameter, which turns off TypeScript's
// excess-property check: a misspelt body field next to a valid one compiled. Here the init type is
// computed from the path alone, so every unknown parameter or body field is an error.
type ImsMethod<M extends HttpMethod, ThrowOnError extends boolean> = <P extends PathsWith<M>>(
  url: P,
  ...init: InitArgs<ImsCallInit<P, M>>
) => Promise<ImsResponse<Operation<P, M>, ThrowOnError>>;

/**
 * A typed IMS client: openapi-fetch's methods, checked against the contract. `ThrowOnError` is
 * the client's `throwOnError` option; `ImsClient<boolean>` accepts any client.
 */
export interface ImsClient<ThrowOnError extends boolean = true> {
  GET: ImsMethod<"get", ThrowOnError>;
  PUT: ImsMethod<"put", ThrowOnError>;
  POST: ImsMethod<"post", ThrowOnError>;
  DELETE: ImsMethod<"delete", ThrowOnError>;
  OPTIONS: ImsMethod<"options", ThrowOnError>;
  HEAD: ImsMethod<"head", ThrowOnError>;
  PATCH: ImsMethod<"patch", ThrowOnError>;
  TRACE: ImsMethod<"trace", ThrowOnError>;
  /** Any method by name, e.g. `request("get", "/v2/cloudimages")`. */
  request: <M extends HttpMethod, P extends PathsWith<M>>(
    method: M,
    url: P,
    ...init: InitArgs<ImsCallInit<P, M>>
  ) => Promise<ImsResponse<Operation<P, M>, ThrowOnError>>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}
