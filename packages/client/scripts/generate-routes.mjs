#!/usr/bin/env node
// Writes src/generated/routes.ts: the route → operation facts the client needs at run time
// (operationId, traits, deprecation, replacement), taken from the bundled contract. Importing
// @imsjs/openapi's full operation index instead would add summaries and tags to every browser bundle.
// `--check` exits 1 when the committed file is stale.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const out = new URL("../src/generated/routes.ts", import.meta.url);
const spec = JSON.parse(await readFile(require.resolve("@imsjs/openapi/openapi.json"), "utf8"));
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// A response given as `{ $ref: "#/components/responses/…" }`, looked up.
const resolve = (r) => (r?.$ref ? r.$ref.split("/").slice(1).reduce((o, key) => o?.[key], spec) : r);

const rows = [];
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of METHODS) {
    const op = item?.[method];
    if (!op?.operationId) continue;
    const traits = [
      // Starts an asynchronous job: sent twice, it may start two, whatever its method.
      ...(op["x-ims-async"] === true ? ["job"] : []),
      // A 3xx status documented with a body (IMS's versions answer 300 Multiple Choices): that body
      // is the answer's data.
      ...Object.entries(op.responses ?? {})
        .filter(([status, response]) => /^3\d\d$/.test(status) && resolve(response)?.content)
        .map(([status]) => status),
    ].join(" ");
    // "operationId", "operationId|traits", or for a deprecated operation "operationId|traits|replacement"
    // (traits and the replacement may be empty).
    const value = op.deprecated ? `${op.operationId}|${traits}|${(op["x-ims-replaced-by"] ?? []).join(" or ")}` : traits ? `${op.operationId}|${traits}` : op.operationId;
    rows.push([method.toUpperCase(), path, value]);
  }
}
// By operationId: like names side by side compress best (30 B less in a browser bundle than by path).
rows.sort((a, b) => a[2].localeCompare(b[2]));

const text = `/* Generated from @imsjs/openapi by \`pnpm --filter @imsjs/client generate\`. Do not edit: change spec/ and regenerate. */

/**
 * "METHOD /path/{template}" → "operationId", "operationId|traits", or "operationId|traits|replacement"
 * for a deprecated operation (the replacement names what to use instead, or is empty). Traits,
 * separated by spaces: "job" when the operation starts an asynchronous job (\`x-ims-async\`), and each
 * 3xx status documented with a body, whose body is then the answer's data. An object literal rather
 * than rows: it is looked up as it is, with no table to build, and is smaller in a browser bundle.
 */
export const ROUTES: Readonly<Partial<Record<string, string>>> = {
${rows.map(([method, path, value]) => `  ${JSON.stringify(`${method} ${path}`)}: ${JSON.stringify(value)},`).join("\n")}
};
`;

if (process.argv.includes("--check")) {
  const current = await readFile(out, "utf8").catch(() => "");
  if (current !== text) {
    console.error("packages/client/src/generated/routes.ts is stale: run `pnpm --filter @imsjs/client generate`");
    process.exit(1);
  }
  console.log(`routes.ts is up to date (${rows.length} operations)`);
} else {
  await mkdir(new URL(".", out), { recursive: true });
  await writeFile(out, text);
  console.log(`wrote src/generated/routes.ts (${rows.length} operations)`);
}
