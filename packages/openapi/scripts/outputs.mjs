// Turns spec/ into the bundled contract (JSON, YAML), its TypeScript types, an operation index
// and the reviewers' table spec/OPERATIONS.md. Pure: returns file contents keyed by their path
// from the repository root, so `generate --check` and the tests compare without writing.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { bundle, loadConfig } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import YAML from "yaml";
import { documentKnownValues } from "./known-values.mjs";
import { operationsTable } from "./operations-table.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const specRoot = path.join(repoRoot, "spec/openapi.yaml");
/** Holds nothing but generated files, from the repository root. */
export const generatedDir = "packages/openapi/src/generated";

const NOTICE = "Generated from spec/ by `pnpm generate`. Do not edit: change spec/ and regenerate.";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// Where a bundling problem is: the file (from the repository root) and the JSON pointer in it.
const where = (problem) =>
  problem.location.map((l) => `${path.relative(repoRoot, l.source.absoluteRef).split(path.sep).join("/")}${l.pointer ?? ""}`).join(", ");

export async function bundleSpec(ref = specRoot) {
  const config = await loadConfig({ configPath: path.join(repoRoot, "redocly.yaml") });
  const { bundle: result, problems } = await bundle({ ref, config });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new Error(`spec/ does not bundle:\n${errors.map((p) => `- ${where(p) || "(no location)"}: ${p.message}`).join("\n")}`);
  }
  return result.parsed;
}

// `anyOf: [{required: [a]}, {required: [b]}]` says "at least one of" to validators, but
// openapi-typescript turns each branch into `unknown`, which erases the whole body type. Each
// branch becomes the object it requires, with the members' own schemas, under `oneOf`, which
// openapi-typescript intersects with the members (an `anyOf` it would join to them as one more
// alternative): the body is typed `Base & ({ a: A } | { b: B })`, and a body with none of them does
// not compile. A TypeScript union is not exclusive, so two branches at once compile for a `oneOf`
// too (see "Reading the types" in the README).
function forTypes(node) {
  if (Array.isArray(node)) node.forEach(forTypes);
  else if (node && typeof node === "object") {
    documentKnownValues(node);
    for (const key of ["anyOf", "oneOf"]) {
      const branches = node[key];
      if (Array.isArray(branches) && branches.every((b) => b && Object.keys(b).every((k) => k === "required"))) {
        delete node[key];
        node.oneOf = branches.map(({ required }) => ({
          type: "object",
          required,
          properties: Object.fromEntries(required.map((name) => [name, node.properties?.[name] ?? {}])),
        }));
      }
    }
    Object.values(node).forEach(forTypes);
  }
  return node;
}

// A `format: binary` body (the Glance file upload) is bytes, in the forms fetch takes that the client
// sends as they are; openapi-typescript would type it `string`, which openapi-fetch JSON-encodes
// and which cannot hold arbitrary bytes. (Streams are left out: the client reads a body whole.)
const BINARY = ts.factory.createUnionTypeNode(["Blob", "ArrayBuffer", "ArrayBufferView"].map((name) => ts.factory.createTypeReferenceNode(name)));

// openapi-typescript types an optional parameter `name?: T`, which refuses an explicit undefined
// under exactOptionalPropertyTypes (openapi-ts/openapi-typescript#2457), though openapi-fetch, the
// client's `paginate` and the contract's validators all read undefined as absent: `{ marker: lastId }`
// with a `lastId` that may be undefined is how a page loop is written. Optional query and header
// parameters get `| undefined`.
const PARAMETER_LOCATIONS = ["query", "header"];
const nameOf = (member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined);
const orUndefined = (type) => {
  const types = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  return types.some((t) => t.kind === ts.SyntaxKind.UndefinedKeyword)
    ? type
    : ts.factory.createUnionTypeNode([...types, ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword)]);
};
const mapMembers = (signature, map) =>
  ts.factory.updatePropertySignature(signature, signature.modifiers, signature.name, signature.questionToken, ts.factory.updateTypeLiteralNode(signature.type, ts.factory.createNodeArray(signature.type.members.map(map))));
const literalMember = (member, names) => ts.isPropertySignature(member) && names.includes(nameOf(member)) && member.type && ts.isTypeLiteralNode(member.type);

function optionalParametersTakeUndefined(nodes) {
  const visit = (context) => (root) => {
    const visitor = (node) =>
      literalMember(node, ["parameters"])
        ? mapMembers(node, (location) =>
            literalMember(location, PARAMETER_LOCATIONS)
              ? mapMembers(location, (p) =>
                  ts.isPropertySignature(p) && p.questionToken && p.type
                    ? ts.factory.updatePropertySignature(p, p.modifiers, p.name, p.questionToken, orUndefined(p.type))
                    : p,
                )
              : location,
          )
        : ts.visitEachChild(node, visitor, context);
    return ts.visitNode(root, visitor);
  };
  const result = ts.transform(nodes, [visit]);
  const out = result.transformed;
  result.dispose();
  return out;
}

export function operationIndex(doc) {
  const ops = [];
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const replacedBy = op["x-ims-replaced-by"] ?? [];
      // `pnpm test` generates before it lints (redocly-plugin.mjs checks the values): a value the
      // index and the table cannot take is named here rather than crashing them.
      if (!Array.isArray(replacedBy) || !replacedBy.every((id) => typeof id === "string")) {
        throw new Error(`${method.toUpperCase()} ${p} (${op.operationId}): x-ims-replaced-by must be a list of operationIds, not ${JSON.stringify(replacedBy)}`);
      }
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: p,
        async: op["x-ims-async"] === true,
        deprecated: op.deprecated === true,
        replacedBy,
        tags: op.tags ?? [],
        summary: op.summary ?? "",
      });
    }
  }
  return ops;
}

export async function buildOutputs() {
  const doc = await bundleSpec();
  const json = `${JSON.stringify({ "x-generated": NOTICE, ...doc }, null, 2)}\n`;
  const yaml = `# ${NOTICE}\n${YAML.stringify(doc, { lineWidth: 0, version: "1.1" })}`;
  const ast = await openapiTS(forTypes(structuredClone(doc)), {
    alphabetize: false,
    emptyObjectsUnknown: true,
    // A default is what the service assumes when a member is left out, and the spec gives defaults
    // only in request bodies: those members stay optional (openapi-typescript would require them).
    defaultNonNullable: false,
    transform: (schema) => (schema.format === "binary" ? BINARY : undefined),
  });
  const types = `/* ${NOTICE} */\n\n${astToString(optionalParametersTakeUndefined(ast))}`;
  const ops = operationIndex(doc);
  const index = [
    `/* ${NOTICE} */`,
    "",
    "/** Every operation of the IMS contract: where it lives and how it behaves. */",
    `export const operationIndex = ${JSON.stringify(Object.fromEntries(ops.map((o) => [o.operationId, o])), null, 2)} as const;`,
    "",
    "export type OperationId = keyof typeof operationIndex;\n\nexport type OperationInfo = (typeof operationIndex)[OperationId];",
    "",
  ].join("\n");
  return {
    [`${generatedDir}/openapi.json`]: json,
    [`${generatedDir}/openapi.yaml`]: yaml,
    [`${generatedDir}/types.ts`]: types,
    [`${generatedDir}/operations.ts`]: index,
    "spec/OPERATIONS.md": operationsTable(doc, ops, NOTICE),
  };
}
