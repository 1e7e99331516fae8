// Systematic mutations of a valid example: each one says where the validator must complain
// (or that it must not, for tolerated changes such as an unknown value of an extensible enum).
import { deref, type Json, type Schema } from "./contract.js";

export interface Mutation {
  description: string;
  value: Json;
  pointer: string;
  /** The keyword the violation must carry, or null when the mutated body must still be valid. */
  keyword: string | null;
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

// Follows $ref and folds allOf, which is how the spec composes; anyOf/oneOf branches are
// ambiguous about which branch a member belongs to, so members are read from the outer schema.
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

export function mutations(example: Json, rawSchema: Schema, side: "request" | "response"): Mutation[] {
  const out: Mutation[] = [];
  const walk = (value: Json, raw: Schema, pointer: string): void => {
    const schema = flatten(raw);
    const types = schema["type"] === undefined ? [] : ([] as string[]).concat(schema["type"] as string | string[]);
    if (types.length > 0) {
      const other = CANDIDATES.find((c) => !allows(types, c));
      if (other !== undefined) {
        out.push({ description: `${pointer || "(root)"} becomes ${jsonType(other)}`, value: setAt(example, pointer, other), pointer, keyword: "type" });
      }
    }
    if (Array.isArray(schema["enum"]) && typeof value === "string") {
      out.push({ description: `${pointer} gets a value outside its enum`, value: setAt(example, pointer, "not-in-enum"), pointer, keyword: "enum" });
    }
    if (Array.isArray(schema["x-extensible-enum"]) && typeof value === "string" && types.includes("string")) {
      out.push({ description: `${pointer} gets an unknown value of an extensible enum`, value: setAt(example, pointer, "NEW_VALUE"), pointer, keyword: null });
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const props = (schema["properties"] ?? {}) as Record<string, Schema>;
      for (const key of (schema["required"] as string[] | undefined) ?? []) {
        if (key in value) {
          out.push({ description: `required ${pointer}/${key} removed`, value: setAt(example, `${pointer}/${escape(key)}`, undefined), pointer: `${pointer}/${escape(key)}`, keyword: "required" });
        }
      }
      const open = schema["additionalProperties"];
      const noRules = schema["patternProperties"] === undefined && (open === undefined || typeof open === "boolean");
      if (noRules && (open === false || side === "response")) {
        const extra = `${pointer}/x_unknown_member`;
        // Requests are strict where the spec closes an object; responses are read tolerantly.
        out.push({
          description: `unknown member added at ${pointer || "(root)"}`,
          value: setAt(example, extra, 1),
          pointer: extra,
          keyword: side === "request" ? "additionalProperties" : null,
        });
      }
      for (const [key, child] of Object.entries(value)) {
        if (props[key]) walk(child, props[key], `${pointer}/${escape(key)}`);
      }
    }
    if (Array.isArray(value) && value.length > 0 && schema["items"]) {
      walk(value[0] as Json, schema["items"] as Schema, `${pointer}/0`);
    }
  };
  walk(example, rawSchema, "");
  return out;
}
