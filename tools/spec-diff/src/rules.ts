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
// The statuses openapi-fetch types at all (openapi-typescript-helpers 0.1's OkStatus and
// ErrorStatus): an answer under any other status, a 205 or a 460, is in neither `data` nor `error`.
export const OK_STATUSES = new Set(["200", "201", "202", "203", "204", "206", "207", "2XX"]);
export const ERROR_STATUSES = new Set([
  ..."500 501 502 503 504 505 506 507 508 510 511 5XX 418 420 421 422 423 424 425 426 427 428 429 430 431 444 450 451 497 498 499 4XX default".split(" "),
  ...Array.from({ length: 18 }, (_, i) => String(400 + i)),
]);
// Members of a typed union that are no schema's shape.
const UNDEFINED = "undefined";
const UNKNOWN = "unknown";

const contentOf = (response: unknown) => (isObject(response) && isObject(response.content) ? response.content : {});

/**
 * Whether a response is part of the typed `data` (openapi-fetch's 2xx, and the 3xx the imsjs client
 * returns as data when the contract gives it a body) or `error`.
 */
function typedAs(kind: "data" | "error", status: string, response: unknown): boolean {
  if (kind === "error") return ERROR_STATUSES.has(status);
  return OK_STATUSES.has(status) || (status.startsWith("3") && Object.keys(contentOf(response)).length > 0);
}

const schemaMember = (entry: unknown) => {
  const schema = isObject(entry) ? entry.schema : undefined;
  const text = schema === undefined ? "{}" : shape(schema);
  // openapi-typescript types a media type without a schema, or a schema that says nothing, `unknown`.
  return text === "{}" || text === "true" ? UNKNOWN : text;
};

/**
 * What one response adds to the union openapi-fetch types `data` or `error` as, keyed by the
 * media type each member comes from. openapi-typescript writes `content?: never` for a response
 * without content (or with an empty map), which adds `undefined`; openapi-fetch takes the types of
 * every media type (`${string}/${string}`, so `text/plain` as much as JSON), or the content map as
 * a whole when no key is one.
 */
function members(response: unknown): Map<string, string> {
  const entries = Object.entries(contentOf(response));
  if (entries.length === 0) return new Map([[UNDEFINED, UNDEFINED]]);
  const media = entries.filter(([type]) => type.includes("/"));
  if (media.length === 0) return new Map([["content", shape(Object.fromEntries(entries.map(([type, entry]) => [type, schemaMember(entry)])))]]);
  return new Map(media.map(([type, entry]) => [type, schemaMember(entry)]));
}

/**
 * A response added to an operation, content given to one that had none, or a media type added to
 * one, that adds a member to the typed `data` or `error` union matches: the status, the media
 * types whose bodies are new (`undefined` for no body), the other statuses that made up the union
 * before, and that union. Schemas are compared resolved, so a body that `$ref`s another component
 * with the same schema is no new member: TypeScript compares the types by structure. The statuses
 * the operation had are read as the revision has them: a field added to their shared schema in
 * the same change is reported on its own, and the status that uses the schema too adds nothing
 * beyond it.
 */
async function addedAnswer(c: RedoclyChange, at: Anatomy, specs: Specs, kind: "data" | "error") {
  const code = at.statusCode;
  const [depth, content, media] = [at.segments.length, at.segments[5], at.segments[6]];
  if (c.kind !== "added" || at.method === undefined || !code || !(depth === 5 || (content === "content" && depth <= 7))) return undefined;
  const responses = `#/paths/${encodeSegment(at.path!)}/${at.method.toLowerCase()}/responses`;
  const [before, after] = await Promise.all([specs.base.resolved(responses), specs.revision.resolved(responses)]);
  if (!isObject(before) || !isObject(after)) return undefined;
  const response = after[code];
  if (!typedAs(kind, code, response)) return undefined;
  // The changed status as it was, but with the revision's other media types. (A status the
  // revision removed, redocly's `response-removed`, counts as the base had it.)
  const was = (status: string, r: unknown) => {
    if (status !== code) return status in after ? after[status] : r;
    if (depth === 6 || !isObject(response)) return {};
    return { ...response, content: Object.fromEntries(Object.entries(contentOf(response)).filter(([type]) => type !== media)) };
  };
  const statuses = Object.entries(before).map(([status, r]) => [status, was(status, r)] as const).filter(([status, r]) => typedAs(kind, status, r));
  const union = new Set(statuses.flatMap(([, r]) => [...members(r).values()]));
  // `unknown` absorbs every other member.
  if (union.has(UNKNOWN)) return undefined;
  const own = members(response);
  const added = [...own].filter(([, member]) => !union.has(member)).map(([type]) => type);
  if (added.length === 0) return undefined;
  const others = statuses.map(([status]) => status).filter((status) => status !== code);
  const bodies = `${added.map((type) => `\`${type}\``).join(" and ")} ${added.length > 1 ? "bodies" : "body"}`;
  const what =
    depth > 5 ? `The ${code} response got a new ${bodies}` : added[0] === UNDEFINED ? `Added ${code} response without a body` : `Added ${code} response whose ${bodies} ${added.length > 1 ? "are" : "is"} new`;
  return { what, others, union, undefinedAdded: added[0] === UNDEFINED, onlyPlain: added.every((type) => plainOnly(own.get(type)!)), newStatus: depth === 5 };
}

const SCALARS = new Set(["string", "number", "integer", "boolean", "null"]);
/**
 * Whether only plain openapi-fetch over `@imsjs/openapi`'s `paths` types this member of `error`:
 * no body, or one whose schema is a scalar (Glance's `text/plain` pages). The imsjs client returns
 * any body that is no JSON object as the ImsError, and types `error` so.
 */
function plainOnly(member: string): boolean {
  if (member === UNDEFINED) return true;
  if (member === UNKNOWN) return false;
  const type = (JSON.parse(member) as { type?: unknown }).type;
  return typeof type === "string" ? SCALARS.has(type) : Array.isArray(type) && type.every((t) => SCALARS.has(t as string));
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
    why: "openapi-fetch types `data` as the union of every 2xx body, `undefined` for a 2xx without one (the imsjs client adds documented 3xx bodies), so code that reads the existing body's fields stops compiling",
    match: async (c, at, specs) => {
      const added = await addedAnswer(c, at, specs, "data");
      // An operation that had no data body typed `data` as nothing anyone read fields of.
      if (!added || [...added.union].every((m) => m === UNDEFINED)) return undefined;
      const effect = added.undefinedAdded ? "the typed `data` may be `undefined`" : "the typed `data` gains a member";
      const beside = added.others.length > 0 ? ` (beside ${added.others.join(", ")})` : "";
      return `${added.what}${beside}: ${effect}.`;
    },
  },
  {
    id: "error-response-added",
    why: "openapi-fetch types `error` as the union of every 4xx, 5xx and default body (`undefined` for one without a body, `string` for a text one), and a client made with `throwOnError: false` as those that are JSON objects and the ImsError, so code that reads the fields they share stops compiling",
    match: async (c, at, specs) => {
      const added = await addedAnswer(c, at, specs, "error");
      if (!added) return undefined;
      const beside = added.others.length > 0 ? ` (beside ${added.others.join(", ")})` : added.newStatus ? " (where the error was only ever an ImsError)" : "";
      const effect = added.undefinedAdded ? "may be `undefined` (and so may `data` where `error` is falsy)" : "gains a member";
      if (added.onlyPlain) return `${added.what}${beside}: openapi-fetch's typed \`error\` over \`@imsjs/openapi\`'s \`paths\` ${effect}; the imsjs client's is unchanged (it returns such an answer as the ImsError).`;
      return `${added.what}${beside}: the typed \`error\` of a \`throwOnError: false\` client ${effect}.`;
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

