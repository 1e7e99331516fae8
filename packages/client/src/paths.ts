import type { paths } from "@imsjs/openapi";

// The client fills `{project_id}` from its configuration, so callers may leave it out.
type OptionalProjectId<P> = P extends { project_id: string }
  ? Omit<P, "project_id"> & { project_id?: string }
  : P;

// When project_id was the only path parameter, `path` (and so `params`) may be left out entirely.
type WithOptionalProjectId<O> = O extends { parameters: infer Params }
  ? Params extends { path: infer Path }
    ? Path extends { project_id: string }
      ? object extends Omit<Path, "project_id">
        ? Omit<O, "parameters"> & { parameters: Omit<Params, "path"> & { path?: OptionalProjectId<Path> } }
        : Omit<O, "parameters"> & { parameters: Omit<Params, "path"> & { path: OptionalProjectId<Path> } }
      : O
    : O
  : O;

// The 3xx statuses an operation documents with a body.
type BodyAt3xx<R> = { [S in keyof R]: `${S & (string | number)}` extends `3${string}` ? (R[S] extends { content: object } ? S : never) : never }[keyof R];

// openapi-fetch types only 2xx answers as data. The client returns the body of a 3xx answer the
// contract documents with one as data too (IMS's versions answer 300 Multiple Choices), so such a
// response is presented here as the operation's success ("2XX").
type WithDataAt3xx<O> = O extends { responses: infer R }
  ? [BodyAt3xx<R>] extends [never]
    ? O
    : Omit<O, "responses"> & { responses: Omit<R, BodyAt3xx<R>> & { "2XX": R[BodyAt3xx<R>] } }
  : O;

/**
 * The IMS `paths` as this client accepts them: like `@imsjs/openapi`, with `project_id` optional and
 * a 3xx answer documented with a body typed as data.
 */
export type ImsPaths = {
  [P in keyof paths]: { [M in keyof paths[P]]: WithDataAt3xx<WithOptionalProjectId<paths[P][M]>> };
};
