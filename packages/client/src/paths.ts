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

/** The IMS `paths` as this client accepts them: like `@imsjs/openapi`, with `project_id` optional. */
export type ImsPaths = {
  [P in keyof paths]: { [M in keyof paths[P]]: WithOptionalProjectId<paths[P][M]> };
};
