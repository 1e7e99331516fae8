/** Where a request or response part lives; `route` and `status` describe the exchange itself. */
export type ParamLocation = "path" | "query" | "header";

/** One operation of the contract as the generator sees it: validators are referred to by name. */
export interface ContractOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly request: {
    readonly bodyRequired: boolean;
    /** Media type → body validator name, or null when the media type is not JSON. */
    readonly content: Readonly<Record<string, string | null>>;
    readonly params: Readonly<Partial<Record<ParamLocation, string>>>;
  };
  /** Status (`200`, `4XX`, `default`) → documented bodies and a header validator. */
  readonly responses: Readonly<
    Record<string, { readonly content: Readonly<Record<string, string | null>>; readonly headers: string | null }>
  >;
}
