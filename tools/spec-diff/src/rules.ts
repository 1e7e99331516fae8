// Breaks that `redocly diff` (2.77) rates patch or minor but that break imsjs users, whose code is
// compiled against types generated from the spec. test/rules.test.ts proves each one, and shows
// redocly's own rating next to it.
import type { Anatomy } from "./pointer.js";
import type { RedoclyChange } from "./redocly.js";
import { shape } from "./shape.js";
import { encodeSegment, isObject, type SpecReader } from "./spec-reader.js";

/** Both sides of the diff, for rules that must look beyond the changed node. */
export interface Specs {
  base: SpecReader;
  revision: SpecReader;
}

export interface OwnRule {
  id: string;
  /** Why the change breaks clients although redocly does not flag it major. */
  why: string;
  /** A message when the rule applies to this change. */
  match(change: RedoclyChange, at: Anatomy, specs: Specs): string | undefined | Promise<string | undefined>;
}

const isPropertyPointer = (at: Anatomy) => at.segments.at(-2) === "properties";
const list = (values: unknown[]) => values.map((v) => `'${String(v)}'`).join(", ");
// What a call gives back as `data`: openapi-fetch's 2xx, and the 3xx the imsjs client returns as
// data when the contract documents it with a body. Every other answer with a body is `error`.
const DATA = /^[23](\d\d|XX)$/i;
const ERROR = /^([45](\d\d|XX)|default)$/i;

/** The body of a resolved response as a shape, or undefined when it has none. */
function bodyShape(response: unknown): string | undefined {
  if (!isObject(response) || !isObject(response.content) || Object.keys(response.content).length === 0) return undefined;
  const content: Record<string, unknown> = {};
  for (const [media, entry] of Object.entries(response.content)) content[media] = isObject(entry) ? entry.schema : undefined;
  return shape(content, true);
}

/**
 * A response added to an operation under a status `kind` matches, with a body unlike the body of
 * every such status the operation had (the same body again leaves the typed union as it was):
 * its status and the statuses that had a body before.
 */
async function addedAnswer(c: RedoclyChange, at: Anatomy, specs: Specs, kind: RegExp): Promise<{ code: string; bodies: string[] } | undefined> {
  const code = at.statusCode;
  if (c.kind !== "added" || at.method === undefined || at.segments.length !== 5 || !code || !kind.test(code)) return undefined;
  const added = bodyShape(await specs.revision.resolved(c.path));
  if (added === undefined) return undefined;
  const before = await specs.base.resolved(`#/paths/${encodeSegment(at.path!)}/${at.method.toLowerCase()}/responses`);
  if (!isObject(before)) return undefined;
  const bodies = Object.entries(before).filter(([status, response]) => kind.test(status) && bodyShape(response) !== undefined);
  if (bodies.some(([, response]) => bodyShape(response) === added)) return undefined;
  return { code, bodies: bodies.map(([status]) => status) };
}

/** `servers/0/variables/region` → `region`, when the change is in a server variable. */
const serverVariable = (at: Anatomy) => {
  const i = at.segments.indexOf("variables");
  return at.servers && i > 0 ? at.segments[i + 1] : undefined;
};

export const ownRules: OwnRule[] = [
  {
    id: "request-field-removed",
    why: "typed callers that still set the field stop compiling, and a server that rejects unknown members refuses the request",
    match: (c, at) => {
      if (c.kind !== "removed" || !at.inRequest) return undefined;
      if (isPropertyPointer(at)) return `Request field \`${at.field ?? at.segments.at(-1)}\` was removed.`;
      // The whole `properties` block went: every field in it is gone at once.
      if (at.segments.at(-1) === "properties" && at.segments.at(-2) !== "properties") {
        const names = isObject(c.base?.value) ? Object.keys(c.base.value) : [];
        const of = at.field ? ` of \`${at.field}\`` : "";
        return names.length > 0 ? `Request fields${of} ${list(names)} were removed.` : undefined;
      }
      return undefined;
    },
  },
  {
    id: "response-enum-narrowed",
    why: "the generated union loses members (or an open string becomes a union), so client code that compares against a value outside it no longer compiles",
    match: async (c, at, specs) => {
      if (c.property !== "enum" || !at.inResponse) return undefined;
      const before = c.base?.value;
      const after = c.revision?.value;
      if (!Array.isArray(after)) return undefined;
      if (before === undefined) {
        // An open string (or an x-extensible-enum, which generates one) became a closed union.
        const extensible = await specs.base.at(`${c.path}/x-extensible-enum`);
        const was = Array.isArray(extensible) ? "an `x-extensible-enum`" : "any value";
        return `Response field allowed ${was} and now only ${list(after)}.`;
      }
      if (!Array.isArray(before)) return undefined;
      const lost = before.filter((v) => !after.includes(v));
      return lost.length > 0 ? `Response enum lost values: ${list(lost)}.` : undefined;
    },
  },
  {
    id: "success-response-added",
    why: "openapi-fetch types `data` as the union of every 2xx body (the imsjs client adds documented 3xx bodies), so code that reads the existing body's fields stops compiling",
    match: async (c, at, specs) => {
      const added = await addedAnswer(c, at, specs, DATA);
      // An operation that had no data body typed `data` as nothing anyone read fields of.
      if (!added || added.bodies.length === 0) return undefined;
      return `Added ${added.code} response with a body unlike ${added.bodies.join(", ")}: the typed \`data\` becomes a union of both.`;
    },
  },
  {
    id: "error-response-added",
    why: "a client made with `throwOnError: false` types `error` as the union of every 4xx, 5xx and default body, and the ImsError, so code that reads the fields they share stops compiling",
    match: async (c, at, specs) => {
      const added = await addedAnswer(c, at, specs, ERROR);
      if (!added) return undefined;
      const unlike = added.bodies.length > 0 ? `unlike ${added.bodies.join(", ")}` : "where the error was only ever an ImsError";
      return `Added ${added.code} response with a body ${unlike}: the typed \`error\` of a \`throwOnError: false\` client gains a member.`;
    },
  },
  {
    id: "response-header-no-longer-required",
    why: "the generated type makes the header optional, like a response field that stops being required, so code that reads it without a check stops compiling",
    match: (c, at) =>
      c.property === "required" && at.inResponse && at.segments.at(-2) === "headers" && c.base?.value === true && c.revision?.value !== true
        ? `Response header \`${at.segments.at(-1)}\` is no longer required.`
        : undefined,
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
    id: "server-variable-default-changed",
    why: "callers that do not pass the variable send their requests to another host",
    match: (c, at) => {
      const name = serverVariable(at);
      return name && c.property === "default" && c.base?.value !== undefined && c.base.value !== c.revision?.value
        ? `Server variable \`${name}\` defaults to ${JSON.stringify(c.revision?.value)} instead of ${JSON.stringify(c.base.value)}.`
        : undefined;
    },
  },
  {
    id: "server-variable-enum-narrowed",
    why: "a value callers could pass before is no longer allowed (an enum where there was none allows only its values)",
    match: (c, at) => {
      const name = serverVariable(at);
      const before = c.base?.value;
      const after = c.revision?.value;
      if (!name || c.property !== "enum" || !Array.isArray(after)) return undefined;
      if (!Array.isArray(before)) return `Server variable \`${name}\` now allows only ${list(after)}.`;
      const lost = before.filter((v) => !after.includes(v));
      return lost.length > 0 ? `Server variable \`${name}\` no longer allows ${list(lost)}.` : undefined;
    },
  },
  {
    id: "server-overridden",
    why: "servers on a path item or operation replace the document's, so the requests of those operations go to another URL",
    match: (c, at) => {
      if (at.servers !== "path" && at.servers !== "operation") return undefined;
      if (c.kind === "modified" && c.property === "description") return undefined;
      const scope = at.servers === "path" ? `path \`${at.path}\`` : "this operation";
      if (c.kind === "removed") return `The servers of ${scope} were removed; its requests go to the document's servers again.`;
      const added = c.kind === "added" && Array.isArray(c.revision?.value) ? c.revision.value : [];
      const urls = added.map((s) => (isObject(s) ? s.url : undefined)).filter((u) => typeof u === "string");
      return urls.length > 0 ? `Requests of ${scope} now go to ${list(urls)}.` : `The servers of ${scope} changed.`;
    },
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

/**
 * Changes redocly rates major that cannot break imsjs users. A waiver applies only when it holds
 * for every use of the changed node, and only to redocly's rules named in `overrides`.
 */
export interface Waiver extends OwnRule {
  overrides: string[];
}

export const waivers: Waiver[] = [
  {
    id: "request-oneof-became-anyof",
    why: "anyOf with the same branches accepts every request oneOf accepted, and the generated type is the same union",
    overrides: ["schema-combinator-changed"],
    match: async (c, at, specs) => {
      if (c.kind !== "added" || at.segments.at(-1) !== "anyOf" || !at.inRequest) return undefined;
      const parent = c.path.slice(0, c.path.lastIndexOf("/"));
      const [oneOf, anyOf, hadAnyOf, keptOneOf] = await Promise.all([
        specs.base.resolved(`${parent}/oneOf`),
        specs.revision.resolved(c.path),
        specs.base.at(`${parent}/anyOf`),
        specs.revision.at(`${parent}/oneOf`),
      ]);
      if (oneOf === undefined || hadAnyOf !== undefined || keptOneOf !== undefined || shape(oneOf) !== shape(anyOf)) return undefined;
      return "`oneOf` became `anyOf` with the same branches: the request accepts more, not less.";
    },
  },
];

