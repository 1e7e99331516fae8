// Systematic mutations of a valid example: each one says where the validator must complain
// (or that it must not, for tolerated changes such as an unknown value of an extensible enum).
import { isDeepStrictEqual } from "node:util";
import { deref, type Json, type Schema } from "./contract.js";

export interface Mutation {
  description: string;
  value: Json;
  pointer: string;
  /** The keyword the violation must carry, or null when the mutated body must still be valid. */
  keyword: string | null;
  /**
   * For a mutation inside an `anyOf`/`oneOf` branch: the contract folds the branch's errors into
   * one violation at the applicator, whose `expected` alternatives must include one starting so.
   */
  alternative?: string;
}

const escape = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

function jsonType(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

const allows = (types: string[], v: Json): boolean =>
  types.includes(jsonType(v)) || (jsonType(v) === "integer" && types.includes("number"));

// Follows $ref and folds allOf, which is how the spec composes; anyOf/oneOf branches are read by
// `branchOf`, and the `then`/`else` an `if` selects by `conditionOf`.
function flatten(raw: Schema): Schema {
  const schema = deref(raw);
  const parts = ((schema["allOf"] as Schema[] | undefined) ?? []).map(flatten);
  if (parts.length === 0) return schema;
  const merged: Schema = { ...schema, properties: {}, required: [] };
  for (const s of [schema, ...parts]) {
    Object.assign(merged["properties"] as object, s["properties"] ?? {});
    (merged["required"] as string[]).push(...((s["required"] as string[] | undefined) ?? []));
    if (s["type"] !== undefined) merged["type"] = s["type"];
    if (s["additionalProperties"] !== undefined) merged["additionalProperties"] = s["additionalProperties"];
  }
  return merged;
}

function setAt(root: Json, pointer: string, value: Json | undefined): Json {
  const copy = structuredClone(root);
  const keys = pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop();
  if (last === undefined) return value as Json;
  let node = copy as Record<string, Json>;
  for (const k of keys) node = node[k] as Record<string, Json>;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const CANDIDATES: Json[] = ["mutated", 1.5, true, { mutated: true }, ["mutated"], null];

const typesOf = (schema: Schema): string[] => (schema["type"] === undefined ? [] : ([] as string[]).concat(schema["type"] as string | string[]));
const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === "object" && !Array.isArray(v);
const requiredOf = (schema: Schema): string[] => (schema["required"] as string[] | undefined) ?? [];

/** The `anyOf`/`oneOf` whose errors a violation is folded into (the outermost one: folds nest). */
interface Applicator {
  pointer: string;
  keyword: "anyOf" | "oneOf";
}

/**
 * One schema a value must satisfy: the outer one, the branch of an applicator it belongs to, or the
 * `then`/`else` its `if` selects.
 */
interface Layer {
  schema: Schema;
  via?: Applicator;
  /** For a branch: the types any branch takes, since a value of another type fails them all. */
  types?: string[];
  /** For a `then`/`else`: the members its `if` reads. Mutating them, or the value's own type, could flip the `if`. */
  reads?: string[];
}

// The branch a value unambiguously belongs to: every other branch is ruled out by its `type` or by
// a `required` member the value lacks. Mutations inside that branch leave the others ruled out, so
// the applicator surely fails and the contract folds the branch's errors into it. When no branch
// or several remain (the value could match another), members are read from the outer schema only.
function branchOf(value: Json, schema: Schema, pointer: string, via: Applicator | undefined): Layer[] {
  const layers: Layer[] = [];
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = ((schema[keyword] as Schema[] | undefined) ?? []).map(flatten);
    const ruledOut = (b: Schema): boolean =>
      (typesOf(b).length > 0 && !allows(typesOf(b), value)) || (isObject(value) && requiredOf(b).some((k) => !(k in value)));
    const open = branches.filter((b) => !ruledOut(b));
    if (open.length !== 1) continue;
    const types = branches.every((b) => typesOf(b).length > 0) ? [...new Set(branches.flatMap(typesOf))] : [];
    const layer: Layer = { schema: open[0]!, via: via ?? { pointer, keyword }, types };
    layers.push(layer, ...branchOf(value, layer.schema, pointer, layer.via));
  }
  return layers;
}

// Decides an `if` for a value with the keywords the spec's `if`s use; undefined for any other
// keyword, so an `if` that needs more is left undecided rather than guessed.
const DECIDABLE = new Set(["required", "properties", "const", "enum", "not"]);
function holds(raw: unknown, value: Json): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  const schema = deref(raw as Schema);
  if (Object.keys(schema).some((k) => !DECIDABLE.has(k))) return undefined;
  const verdicts: (boolean | undefined)[] = [];
  if (Array.isArray(schema["enum"])) verdicts.push(schema["enum"].some((v) => isDeepStrictEqual(v, value)));
  if ("const" in schema) verdicts.push(isDeepStrictEqual(schema["const"], value));
  if ("not" in schema) {
    const inner = holds(schema["not"], value);
    verdicts.push(inner === undefined ? undefined : !inner);
  }
  if (isObject(value)) {
    verdicts.push(requiredOf(schema).every((k) => k in value));
    for (const [k, s] of Object.entries((schema["properties"] ?? {}) as Record<string, unknown>)) if (k in value) verdicts.push(holds(s, value[k]!));
  }
  return verdicts.includes(false) ? false : verdicts.includes(undefined) ? undefined : true;
}

// The members an `if` looks at (through `not` too).
function readBy(raw: unknown): string[] {
  if (typeof raw === "boolean") return [];
  const schema = deref(raw as Schema);
  return [...requiredOf(schema), ...Object.keys((schema["properties"] ?? {}) as object), ...readBy(schema["not"] ?? true)];
}

// The `then` or `else` a value must also satisfy, when its `if` can be decided. A violation inside
// them is reported as the member's own (the failed `if` is left out), so they need no `via` of
// their own; they keep the one of the layer that holds them.
function conditionOf(value: Json, layer: Layer): Layer[] {
  if (layer.schema["if"] === undefined) return [];
  const outcome = holds(layer.schema["if"], value);
  const chosen = outcome === undefined ? undefined : layer.schema[outcome ? "then" : "else"];
  if (chosen === undefined) return [];
  const next: Layer = { schema: flatten(chosen as Schema), reads: [...(layer.reads ?? []), ...readBy(layer.schema["if"])], ...(layer.via ? { via: layer.via } : {}) };
  return [next, ...conditionOf(value, next)];
}

export function mutations(example: Json, rawSchema: Schema, side: "request" | "response"): Mutation[] {
  const out: Mutation[] = [];
  // Where the violation is reported: at the member itself, or folded into the applicator whose
  // branch it breaks, with the branch's complaint (`text`, relative to the applicator) among the
  // alternatives the contract lists.
  const report = (description: string, value: Json, pointer: string, keyword: string, text: string, via: Applicator | undefined): void => {
    if (!via) {
      out.push({ description, value, pointer, keyword });
      return;
    }
    const at = pointer.slice(via.pointer.length) || (via.pointer ? "itself" : "(root)");
    out.push({ description, value, pointer: via.pointer, keyword: via.keyword, alternative: `${at}${text}` });
  };
  const walk = (value: Json, outer: Layer[], pointer: string): void => {
    const layers = outer.flatMap((l) => {
      const schema = flatten(l.schema);
      return [{ ...l, schema }, ...branchOf(value, schema, pointer, l.via)];
    }).flatMap((l) => [l, ...conditionOf(value, l)]);
    // A new type or value for the value itself may flip an `if`, so its `then`/`else` are not
    // expected to judge it.
    const own = layers.filter((l) => !l.reads);
    // The outer schema comes first, so a rule it states itself is expected as it reports it.
    const typed = own.find((l) => typesOf(l.schema).length > 0);
    const types = typed ? (typed.types ?? typesOf(typed.schema)) : [];
    const other = CANDIDATES.find((c) => !allows(types, c));
    if (typed && types.length > 0 && other !== undefined) {
      const stated = typesOf(typed.schema).join(",");
      report(`${pointer || "(root)"} becomes ${jsonType(other)}`, setAt(example, pointer, other), pointer, "type", ` must be ${stated}`, typed.via);
    }
    const enumerated = own.find((l) => Array.isArray(l.schema["enum"]));
    if (enumerated && typeof value === "string") {
      report(`${pointer} gets a value outside its enum`, setAt(example, pointer, "not-in-enum"), pointer, "enum", " must be equal to one of the allowed values", enumerated.via);
    }
    if (own.some((l) => Array.isArray(l.schema["x-extensible-enum"])) && typeof value === "string" && types.includes("string")) {
      out.push({ description: `${pointer} gets an unknown value of an extensible enum`, value: setAt(example, pointer, "NEW_VALUE"), pointer, keyword: null });
    }
    if (isObject(value)) {
      const done = new Set<string>();
      for (const l of layers) {
        for (const key of requiredOf(l.schema)) {
          if (!(key in value) || done.has(key) || l.reads?.includes(key)) continue;
          done.add(key);
          const at = `${pointer}/${escape(key)}`;
          report(`required ${at} removed`, setAt(example, at, undefined), at, "required", " present", l.via);
        }
      }
      // A member one shape refuses (`volume_id: false` for an OBS data image), given a value
      // of its declared type so that the refusal is what is at fault.
      for (const l of layers) {
        for (const [key, sub] of Object.entries((l.schema["properties"] ?? {}) as Record<string, unknown>)) {
          if (sub !== false || key in value || done.has(key) || l.reads?.includes(key)) continue;
          done.add(key);
          const declared = own.flatMap((o) => typesOf(deref(((o.schema["properties"] ?? {}) as Record<string, Schema>)[key] ?? {})));
          const sample = (["refused", 1, true, {}, [], null] as Json[]).find((c) => declared.length === 0 || allows(declared, c))!;
          const at = `${pointer}/${escape(key)}`;
          report(`refused ${at} added`, setAt(example, at, sample), at, "false schema", " is not allowed here", l.via);
        }
      }
      const opens = layers.map((l) => l.schema["additionalProperties"]);
      const noRules = layers.every((l) => l.schema["patternProperties"] === undefined) && opens.every((o) => o === undefined || typeof o === "boolean");
      const closed = layers.find((l) => l.schema["additionalProperties"] === false);
      if (noRules && (closed || side === "response")) {
        const extra = `${pointer}/x_unknown_member`;
        const description = `unknown member added at ${pointer || "(root)"}`;
        // Requests are strict where the spec closes an object; responses are read tolerantly.
        if (side === "request") report(description, setAt(example, extra, 1), extra, "additionalProperties", " is not allowed here", closed!.via);
        else out.push({ description, value: setAt(example, extra, 1), pointer: extra, keyword: null });
      }
      for (const [key, child] of Object.entries(value)) {
        const inner = layers.flatMap((l) => {
          const props = (l.schema["properties"] ?? {}) as Record<string, Schema>;
          return props[key] && !l.reads?.includes(key) ? [{ schema: props[key], ...(l.via ? { via: l.via } : {}) }] : [];
        });
        if (inner.length > 0) walk(child, inner, `${pointer}/${escape(key)}`);
      }
    }
    if (Array.isArray(value) && value.length > 0) {
      const inner = layers.flatMap((l) => (l.schema["items"] ? [{ schema: l.schema["items"] as Schema, ...(l.via ? { via: l.via } : {}) }] : []));
      if (inner.length > 0) walk(value[0] as Json, inner, `${pointer}/0`);
    }
  };
  walk(example, [{ schema: rawSchema }], "");
  return out;
}
