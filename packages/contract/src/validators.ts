import * as generated from "./generated/validators.js";

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

const table: Record<string, unknown> = generated;

const cache = new Map<string, Validator>();

/** Looks a generated validator up by the name the operation table gives it. */
export function validatorNamed(name: string): Validator {
  const cached = cache.get(name);
  if (cached) return cached;
  const found = table[name];
  if (typeof found !== "function") throw new Error(`@imsjs/contract: no generated validator "${name}"; run pnpm generate`);
  cache.set(name, found as Validator);
  return found as Validator;
}
