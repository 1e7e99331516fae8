import type { ParamTypes } from "./table.js";

// Query, path and header values are strings on the wire. They are coerced to a declared type
// the way Ajv's `coerceTypes: "array"` would, but from the types the generator recorded, so the
// precompiled validators need no coercion code. A string that fits no declared type is kept,
// and the validator then reports it with the type it should have had.

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function coerceScalar(value: unknown, types: readonly string[]): unknown {
  if (typeof value !== "string" || types.length === 0 || types.includes("string")) return value;
  if ((types.includes("integer") || types.includes("number")) && NUMBER.test(value)) return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.includes("null") && value === "") return null;
  return value;
}

function coerceOne(value: unknown, plan: ParamTypes): unknown {
  if (plan.types.includes("array")) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((item) => coerceScalar(item, plan.items ?? []));
  }
  // A repeated scalar parameter stays a list (and fails) unless it was given once.
  if (Array.isArray(value)) return value.length === 1 ? coerceScalar(value[0], plan.types) : value;
  return coerceScalar(value, plan.types);
}

/** A copy of `data` with every planned member coerced; unplanned members are left as they are. */
export function coerceParams(data: Readonly<Record<string, unknown>>, plan: Readonly<Record<string, ParamTypes>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const types = plan[key];
    out[key] = types ? coerceOne(value, types) : value;
  }
  return out;
}
