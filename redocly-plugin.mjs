// Lint rules of our own for spec/, where configurable rules cannot say it: `redocly.yaml` loads
// this plugin and turns its rules on.

/**
 * `x-ims-replaced-by` feeds the operation index, the client's deprecation warnings and
 * spec/OPERATIONS.md: it is a non-empty list of operationIds of current (not deprecated)
 * operations, on a deprecated operation, whose `deprecated` is `true` (never written `false`).
 */
function deprecatedReplacement() {
  const deprecatedById = new Map();
  const lists = [];
  return {
    Operation: {
      enter(operation, ctx) {
        if (typeof operation.operationId === "string") deprecatedById.set(operation.operationId, operation.deprecated === true);
        if ("deprecated" in operation && operation.deprecated !== true) {
          ctx.report({ message: "`deprecated` is only ever written as `true`: leave it out on a current operation.", location: ctx.location.child("deprecated") });
        }
        const list = operation["x-ims-replaced-by"];
        if (list === undefined) return;
        const location = ctx.location.child("x-ims-replaced-by");
        if (!Array.isArray(list) || list.length === 0 || !list.every((id) => typeof id === "string")) {
          ctx.report({ message: "`x-ims-replaced-by` is a non-empty list of operationIds (what to use instead).", location });
        } else {
          lists.push({ list, location });
        }
      },
    },
    Root: {
      leave(_root, ctx) {
        for (const { list, location } of lists) {
          list.forEach((id, i) => {
            const deprecated = deprecatedById.get(id);
            if (deprecated === undefined) ctx.report({ message: `\`x-ims-replaced-by\` names \`${id}\`, which is no operationId of the spec.`, location: location.child(i) });
            else if (deprecated) ctx.report({ message: `\`x-ims-replaced-by\` names \`${id}\`, which is deprecated too: name its replacement.`, location: location.child(i) });
          });
        }
      },
    },
  };
}

export default function imsjsPlugin() {
  return { id: "imsjs", rules: { oas3: { "deprecated-replacement": deprecatedReplacement } } };
}
