import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { spec, type Schema } from "./spec.js";

// Ajv over the bundled spec: JSON Schema 2020-12, formats checked, strict about the schemas
// themselves. `strictRequired` stays off because "at least one of" is written as
// `anyOf: [{required: [a]}, {required: [b]}]`, which names properties defined one level up.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addVocabulary(["x-extensible-enum", "example", "discriminator", "xml", "externalDocs", "components"]);
ajv.addSchema({ $id: "ims.json", components: spec.components });

function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `ims.json${v}` : rebase(v)]),
    );
  }
  return node;
}

const cache = new WeakMap<Schema, ValidateFunction>();

/** Validates a value against a schema taken from the bundled spec; returns the errors as text, or null. */
export function violations(schema: Schema, value: unknown): string | null {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(rebase(schema) as object);
    cache.set(schema, validate);
  }
  return validate(value) ? null : ajv.errorsText(validate.errors);
}
