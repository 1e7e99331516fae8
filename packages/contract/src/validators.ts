import * as bodies from "./generated/bodies.js";
import * as params from "./generated/params.js";

/** The shape of an Ajv error object, as the precompiled validators report them. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled (standalone) Ajv validator: no code is generated at run time. */
export interface Validator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

const tables: Record<string, Record<string, unknown>> = { b: bodies, p: params };

const cache = new Map<string, Validator>();

/** Looks a generated validator up by the name the operation table gives it. */
export function validatorNamed(name: string): Validator {
  const cached = cache.get(name);
  if (cached) return cached;
  const found = tables[name.charAt(0)]?.[name];
  if (typeof found !== "function") throw new Error(`@imsjs/contract: no generated validator "${name}"; run pnpm generate`);
  cache.set(name, found as Validator);
  return found as Validator;
}
