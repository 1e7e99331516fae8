/** Where a request or response part lives; `route` and `status` describe the exchange itself. */
export type ParamLocation = "path" | "query" | "header";

/** The JSON types a parameter may take, as declared; `items` for arrays. */
export interface ParamTypes {
  readonly types: readonly string[];
  readonly items?: readonly string[];
}

/** The parameters in one place (query, path, headers): a validator and how to coerce strings. */
export interface ParamGroup {
  readonly validator: string;
  readonly coerce: Readonly<Record<string, ParamTypes>>;
}

/** One operation of the contract as the generator sees it: validators are referred to by name. */
export interface ContractOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly request: {
    readonly bodyRequired: boolean;
    /** Media type → body validator name, or null when the media type is not JSON. */
    readonly content: Readonly<Record<string, string | null>>;
    readonly params: Readonly<Partial<Record<ParamLocation, ParamGroup>>>;
  };
  /** Status (`200`, `4XX`, `default`) → documented bodies and a header validator. */
  readonly responses: Readonly<
    Record<string, { readonly content: Readonly<Record<string, string | null>>; readonly headers: ParamGroup | null }>
  >;
}

/**
 * What a body validator's errors cannot say, found by the generator: the members each branch of a
 * `oneOf` requires, and the member lists a `not` forbids.
 */
export interface MemberHints {
  readonly oneOf?: readonly (readonly (readonly string[])[])[];
  readonly not?: readonly (readonly string[])[];
}
