// Breaks that `redocly diff` (2.77) rates patch or minor but that break imsjs users, whose code is
// compiled against types generated from the spec. test/rules.test.ts proves each one, and shows
// redocly's own rating next to it.
import type { Anatomy } from "./pointer.js";
import type { RedoclyChange } from "./redocly.js";

export interface OwnRule {
  id: string;
  /** Why the change breaks clients although redocly does not flag it major. */
  why: string;
  /** A message when the rule applies to this change. */
  match(change: RedoclyChange, at: Anatomy): string | undefined;
}

const isPropertyPointer = (at: Anatomy) => at.segments.at(-2) === "properties";
const list = (values: unknown[]) => values.map((v) => `'${String(v)}'`).join(", ");

export const ownRules: OwnRule[] = [
  {
    id: "request-field-removed",
    why: "typed callers that still set the field stop compiling, and a server that rejects unknown members refuses the request",
    match: (c, at) =>
      c.kind === "removed" && at.inRequest && isPropertyPointer(at)
        ? `Request field \`${at.field ?? at.segments.at(-1)}\` was removed.`
        : undefined,
  },
  {
    id: "response-enum-narrowed",
    why: "the generated union loses members, so client code that compares against a removed value no longer compiles",
    match: (c, at) => {
      if (c.property !== "enum" || !at.inResponse) return undefined;
      const before = c.base?.value;
      const after = c.revision?.value;
      if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
      const lost = before.filter((v) => !after.includes(v));
      return lost.length > 0 ? `Response enum lost values: ${list(lost)}.` : undefined;
    },
  },
  {
    id: "parameter-default-changed",
    why: "callers that omit the value silently get different behaviour",
    match: (c, at) =>
      c.property === "default" && at.inRequest && c.base?.value !== undefined
        ? `Default changed from ${JSON.stringify(c.base.value)} to ${JSON.stringify(c.revision?.value)}.`
        : undefined,
  },
  {
    id: "path-renamed",
    why: "the typed client is keyed by the path template, so every call to the old path stops compiling",
    match: (c, at) =>
      c.property === "key" && at.segments.length === 2 && at.segments[0] === "paths"
        ? `Path \`${String(c.base?.value)}\` became \`${String(c.revision?.value)}\`.`
        : undefined,
  },
  {
    id: "parameter-renamed",
    why: "the typed client passes parameters by name, so callers using the old name stop compiling",
    match: (c, at) =>
      c.property === "name" && at.parameterPointer !== undefined && at.segments.at(-1) !== "schema"
        ? `Parameter \`${String(c.base?.value)}\` was renamed to \`${String(c.revision?.value)}\`.`
        : undefined,
  },
];
