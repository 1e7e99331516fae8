import type { MemberHints } from "./table.js";
import type { AjvError } from "./validators.js";

/** Where a violation was found. */
export type ViolationLocation = "route" | "status" | "content-type" | "body" | "path" | "query" | "header";

export interface ContractViolation {
  location: ViolationLocation;
  /** JSON pointer inside `location` (`/images/0/status`); for a missing member, the member's own pointer. */
  pointer: string;
  /** One line naming the location, the pointer and what is wrong. */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `enum`…) or `status`, `content-type`, `route`. */
  keyword: string;
  expected?: unknown;
  /** What was found. Never set for headers, which may carry credentials. */
  actual?: unknown;
}

export const escapePointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

// Keeps reports small and free of whole documents: objects and arrays are named, not dumped.
function summarize(value: unknown): unknown {
  if (typeof value === "string") return value.length > 120 ? `${value.slice(0, 117)}...` : value;
  if (value !== null && typeof value === "object") return jsonType(value);
  return value;
}

const MEMBER_PARAM: Record<string, string> = {
  required: "missingProperty",
  dependentRequired: "missingProperty",
  additionalProperties: "additionalProperty",
  unevaluatedProperties: "unevaluatedProperty",
  propertyNames: "propertyName",
};

function expectedOf(e: AjvError): unknown {
  const p = e.params;
  switch (e.keyword) {
    case "type":
      return p["type"];
    case "enum":
      return p["allowedValues"];
    case "const":
      return p["allowedValue"];
    case "format":
      return `format ${String(p["format"])}`;
    case "pattern":
      return `pattern ${String(p["pattern"])}`;
    case "required":
    case "dependentRequired":
      return "present";
    case "additionalProperties":
    case "unevaluatedProperties":
    case "false schema":
      return "absent";
    default:
      return p["comparison"] !== undefined ? `${String(p["comparison"])} ${String(p["limit"])}` : p["limit"];
  }
}

/** Whether `pointer` is `parent` or lies inside it (`/1/x` is in `/1`, `/10` is not). */
const within = (pointer: string, parent: string): boolean =>
  pointer === parent || (pointer.startsWith(parent) && pointer.charCodeAt(parent.length) === 47);

/**
 * The errors of the branches of the applicator whose error is at `index`: Ajv reports them right
 * before it. A branch reached through `$ref` reports paths inside the referenced schema
 * (`response#/$defs/PageInfo/…`), so the run also takes paths from outside the schema object that
 * holds the applicator; it stops at the first error of a sibling keyword (`…/page_info/type`) or
 * outside the instance. (A `$ref` beside the applicator in the same object would be taken too.)
 */
function branchErrors(errors: readonly AjvError[], index: number): AjvError[] {
  const e = errors[index]!;
  const own = `${e.schemaPath}/`;
  const holder = e.schemaPath.slice(0, e.schemaPath.lastIndexOf("/") + 1);
  let first = index;
  while (first > 0) {
    const b = errors[first - 1]!;
    if (!within(b.instancePath, e.instancePath) || (b.schemaPath.startsWith(holder) && !b.schemaPath.startsWith(own))) break;
    first--;
  }
  return errors.slice(first, index);
}

// A failed anyOf/oneOf also reports every branch's own failure; `{required: [x]}` branches
// ("give one of these members") would read as "x is required" for each x. Fold the branch errors
// into the anyOf/oneOf error, which then lists the alternatives: one per branch, with all it
// requires, since `{required: [a, b]}` is satisfied by a and b together, not by b alone.
function foldAlternatives(errors: readonly AjvError[]): { errors: AjvError[]; alternatives: Map<AjvError, string[]> } {
  const alternatives = new Map<AjvError, string[]>();
  const folded = new Set<AjvError>();
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    if (e.keyword !== "anyOf" && e.keyword !== "oneOf") continue;
    const branches = branchErrors(errors, i);
    if (branches.length === 0) continue;
    const own = `${e.schemaPath}/`;
    const groups = new Map<unknown, Set<string>>();
    for (const b of branches) {
      folded.add(b);
      // The branch's index follows the applicator's path. A branch reached through `$ref` reports
      // paths inside the referenced schema, which do not tell one branch from the next (`page_info`
      // takes a PageInfo or a list of them): there, only the members one `required` asks for at
      // one place are taken together.
      const key = b.schemaPath.startsWith(own) ? parseInt(b.schemaPath.slice(own.length)) : b.schemaPath + b.instancePath;
      const member = MEMBER_PARAM[b.keyword] ? b.params[MEMBER_PARAM[b.keyword]!] : undefined;
      const where = `${b.instancePath.slice(e.instancePath.length)}${typeof member === "string" ? `/${escapePointer(member)}` : ""}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(b.keyword === "required" ? `${where} present` : `${where || (e.instancePath ? "itself" : "(root)")} ${describe(b)}`));
    }
    alternatives.set(e, [...new Set(Array.from(groups.values(), (texts) => [...texts].join(" and ")))]);
  }
  return { errors: errors.filter((e) => !folded.has(e)), alternatives };
}

// A failed `if` is reported after the `then` or `else` errors that say what is wrong, as "must
// match "then" schema": nothing to add, so it is left out.
function redundantIf(errors: readonly AjvError[], i: number): boolean {
  const e = errors[i]!;
  const prev = errors[i - 1];
  if (e.keyword !== "if" || !prev || !within(prev.instancePath, e.instancePath)) return false;
  const holder = e.schemaPath.slice(0, -2);
  return !prev.schemaPath.startsWith(holder) || prev.schemaPath.startsWith(`${holder}then/`) || prev.schemaPath.startsWith(`${holder}else/`);
}

const has = (node: unknown, member: string): boolean => node !== null && typeof node === "object" && Object.hasOwn(node, member);
const pointers = (members: readonly string[]): string => members.map((m) => `/${escapePointer(m)}`).join(" + ");

interface Fault {
  pointer: string;
  text: string;
  expected: unknown;
  actual?: unknown;
}

// Ajv says "must match exactly one schema in oneOf" when several branches match, and "must NOT be
// valid" for `not`, naming no member. The generator's hints tell which members the branches or the
// `not` are about; the ones present in the data are the ones at fault.
function memberFault(e: AjvError, data: unknown, hints: MemberHints | undefined): Fault | undefined {
  const node = valueAt(data, e.instancePath);
  const passing = e.params["passingSchemas"];
  if (e.keyword === "oneOf" && Array.isArray(passing)) {
    const group = hints?.oneOf?.find((g) => passing.every((i: number) => g[i]?.every((m) => has(node, m))));
    if (!group) return { pointer: e.instancePath, text: `must match exactly one schema in oneOf, but branches ${passing.join(" and ")} match`, expected: "exactly one" };
    const options = group.map(pointers);
    const given = passing.map((i: number) => options[i]!);
    return { pointer: e.instancePath, text: `must have only one of ${options.join(", ")}, but has ${given.join(" and ")}`, expected: options, actual: given };
  }
  const members = e.keyword === "not" ? hints?.not?.find((list) => list.every((m) => has(node, m))) : undefined;
  if (!members) return undefined;
  if (members.length > 1) return { pointer: e.instancePath, text: `must not have ${pointers(members)} together`, expected: "not all present" };
  const pointer = `${e.instancePath}/${escapePointer(members[0]!)}`;
  return { pointer, text: "is not allowed here", expected: "absent", actual: summarize(valueAt(data, pointer)) };
}

/** Turns Ajv errors into violations that point at the member concerned. */
export function fromAjv(all: readonly AjvError[], location: ViolationLocation, data: unknown, hints?: MemberHints): ContractViolation[] {
  const { errors, alternatives } = foldAlternatives(all.filter((_, i) => !redundantIf(all, i)));
  // A `then` that restates a member's type (as the spec's linter asks) fails in the same words as
  // `properties` does: one violation, not two.
  const seen = new Set<string>();
  return errors.map((e) => {
    const fault = memberFault(e, data, hints);
    if (fault) return violation(location, e.keyword, `${location} ${fault.pointer || "(root)"} ${fault.text}`, fault);
    const member = MEMBER_PARAM[e.keyword];
    const memberName = member ? e.params[member] : undefined;
    const pointer = typeof memberName === "string" ? `${e.instancePath}/${escapePointer(memberName)}` : e.instancePath;
    const options = alternatives.get(e);
    const expected = options ?? expectedOf(e);
    const out: ContractViolation = {
      location,
      pointer,
      keyword: e.keyword,
      message: `${location} ${pointer || "(root)"} ${options ? `must match ${e.keyword === "oneOf" ? "exactly" : "at least"} one of: ${options.join(" | ")}` : describe(e)}`,
    };
    if (expected !== undefined) out.expected = expected;
    if (location !== "header" && e.keyword !== "required" && e.keyword !== "dependentRequired") {
      const found = valueAt(data, pointer);
      out.actual = e.keyword === "type" ? jsonType(found) : summarize(found);
    }
    return out;
  }).filter((v) => !seen.has(v.message) && Boolean(seen.add(v.message)));
}

function describe(e: AjvError): string {
  // A `false` subschema is how a branch refuses a member (`properties: {volume_id: false}`).
  if (e.keyword === "false schema") return "is not allowed here";
  const base = e.message ?? `fails ${e.keyword}`;
  if (e.keyword === "enum") return `${base}: ${(e.params["allowedValues"] as unknown[]).map(String).join(", ")}`;
  if (MEMBER_PARAM[e.keyword] && e.keyword !== "propertyNames") {
    return e.keyword.startsWith("required") || e.keyword === "dependentRequired" ? "is required but missing" : "is not allowed here";
  }
  return base;
}

export function violation(
  location: ViolationLocation,
  keyword: string,
  message: string,
  extra: { pointer?: string; expected?: unknown; actual?: unknown } = {},
): ContractViolation {
  const v: ContractViolation = { location, pointer: extra.pointer ?? "", keyword, message };
  if (extra.expected !== undefined) v.expected = extra.expected;
  if (extra.actual !== undefined) v.actual = extra.actual;
  return v;
}
