import type { Client, FetchOptions, FetchResponse, Middleware } from "openapi-fetch";
import type { ImsPaths } from "./paths.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type PathsWith<M extends HttpMethod> = { [P in keyof ImsPaths]: ImsPaths[P] extends { [K in M]: object } ? P : never }[keyof ImsPaths];
type Operation<P extends keyof ImsPaths, M extends HttpMethod> = ImsPaths[P][M & keyof ImsPaths[P]] & Record<string | number, unknown>;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The second argument of a call: required when the operation has required parameters or a body. */
export type ImsCallInit<P extends keyof ImsPaths, M extends HttpMethod> = FetchOptions<Operation<P, M>>;
type InitArgs<I> = RequiredKeys<I> extends never ? [init?: I] : [init: I];

// openapi-fetch infers the whole init object as a type parameter, which turns off TypeScript's
// excess-property check: a misspelt body field next to a valid one compiled. Here the init type is
// computed from the path alone, so every unknown parameter or body field is an error.
type ImsMethod<M extends HttpMethod> = <P extends PathsWith<M>>(
  url: P,
  ...init: InitArgs<ImsCallInit<P, M>>
) => Promise<FetchResponse<Operation<P, M>, object, `${string}/${string}`>>;

/** A typed IMS client: openapi-fetch's methods, checked against the contract. */
export interface ImsClient {
  GET: ImsMethod<"get">;
  PUT: ImsMethod<"put">;
  POST: ImsMethod<"post">;
  DELETE: ImsMethod<"delete">;
  OPTIONS: ImsMethod<"options">;
  HEAD: ImsMethod<"head">;
  PATCH: ImsMethod<"patch">;
  TRACE: ImsMethod<"trace">;
  /** Any method by name, e.g. `request("get", "/v2/cloudimages")`. */
  request: Client<ImsPaths>["request"];
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}
