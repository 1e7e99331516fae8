// Turns redocly's report into the list a reviewer reads: what was added, changed or removed, in
// which operation, and whether it breaks clients (redocly's verdict, or one of our own rules).
import { anatomy, entityOf, type Anatomy, type Entity } from "./pointer.js";
import type { Impact, Location, RedoclyChange, RedoclyReport } from "./redocly.js";
import { isParameterMove } from "./refactors.js";
import { ownRules, waivers, type Specs } from "./rules.js";
import { encodeSegment, isObject, type SpecReader } from "./spec-reader.js";

export interface SpecChange {
  kind: "added" | "removed" | "changed";
  entity: Entity;
  /** `GET /v2/cloudimages (listImages)`, when the change is inside one operation. */
  operation?: string;
  subject: string;
  message: string;
  breaking: boolean;
  /** The redocly rule or our own rule that rated it breaking, or our waiver that overruled redocly. */
  rule?: string;
  ruleSource: "redocly" | "imsjs" | "none";
  /** What redocly alone rated it, kept so the tests can show which breaks redocly misses. */
  redoclyImpact: Impact;
  location?: string;
  /**
   * The other operations that reach the changed node (a shared schema): redocly reports the
   * change once, at the first, and a reviewer has to know what else it touches.
   */
  alsoIn?: string[];
}

export interface Readers extends Specs {
  /** Rewrites an absolute file name from the report into what the reader should see. */
  label(file: string): string;
}

export async function classify(report: RedoclyReport, readers: Readers): Promise<SpecChange[]> {
  const out: SpecChange[] = [];
  for (const change of report.changes) {
    if (await isParameterMove(change, readers)) continue;
    out.push(...(await describe(change, readers)));
  }
  return out.sort((a, b) => Number(b.breaking) - Number(a.breaking));
}

async function describe(c: RedoclyChange, readers: Readers): Promise<SpecChange[]> {
  let at = anatomy(c.path);
  const reader = c.kind === "removed" ? readers.base : readers.revision;
  const kind = c.kind === "modified" ? "changed" : c.kind;
  const verdict = c.verdicts.find((v) => v.impact === "major") ?? c.verdicts[0];
  let own = c.impact === "major" ? undefined : await firstOwnRule(c, at, readers);
  const waiver = c.impact === "major" ? await firstWaiver(c, at, reader, readers) : undefined;
  if (c.impact !== "major" && !own) {
    // Redocly reports a change in a shared schema once, at the first use it meets (say a
    // response); the same change can break another use (a request), so every use is rated and
    // the change is reported at the first one that breaks.
    for (const use of await otherUses(c, reader)) {
      own = await firstOwnRule(c, use, readers);
      if (own) {
        at = use;
        break;
      }
    }
  }
  const breaking = (c.impact === "major" && !waiver) || own !== undefined;
  const where = at.path !== undefined && at.method !== undefined ? await operationLabel(reader, at) : undefined;
  const alsoIn = where ? await otherOperations(c, reader, where) : [];
  const base = {
    kind,
    breaking,
    redoclyImpact: c.impact,
    ...(where ? { operation: where } : {}),
    ...(alsoIn.length > 0 ? { alsoIn } : {}),
    ...(location(verdict?.location ?? c.revision ?? c.base, readers) ?? {}),
  } as const;
  const ours = own ?? waiver;
  const rated = ours
    ? { rule: ours.id, ruleSource: "imsjs" as const, message: ours.message }
    : c.impact === "major" && verdict
      ? { rule: verdict.ruleId, ruleSource: "redocly" as const, message: verdict.message }
      : { ruleSource: "none" as const, message: verdict?.message ?? synthesize(c) };

  // A whole path item added or removed is one operation per method to a reviewer.
  if (entityOf(at, c.property) === "path" && c.kind !== "modified") {
    const item = c.kind === "removed" ? c.base?.value : c.revision?.value;
    const methods = isObject(item) ? Object.keys(item).filter((k) => /^(get|put|post|delete|patch|head|options|trace)$/.test(k)) : [];
    if (methods.length > 0 && isObject(item)) {
      return methods.map((m) => {
        const op = item[m];
        const id = isObject(op) && typeof op.operationId === "string" ? ` (${op.operationId})` : "";
        const operation = `${m.toUpperCase()} ${at.path}${id}`;
        return { ...base, ...rated, entity: "operation", operation, subject: `operation ${operation}`, message: rated.message };
      });
    }
  }
  const entity = entityOf(at, c.property);
  const subject = entity === "operation" && !c.property && where ? `operation ${where}` : await subjectOf(entity, at, c, reader);
  return [{ ...base, ...rated, entity, subject }];
}

async function firstOwnRule(c: RedoclyChange, at: Anatomy, specs: Specs): Promise<{ id: string; message: string } | undefined> {
  for (const rule of ownRules) {
    const message = await rule.match(c, at, specs);
    if (message) return { id: rule.id, message };
  }
  return undefined;
}

/** A waiver that holds at every use of the change, when all of redocly's major verdicts are ones it overrides. */
async function firstWaiver(c: RedoclyChange, at: Anatomy, reader: SpecReader, specs: Specs): Promise<{ id: string; message: string } | undefined> {
  const major = c.verdicts.filter((v) => v.impact === "major").map((v) => v.ruleId);
  const uses = [at, ...(await otherUses(c, reader))];
  for (const waiver of waivers) {
    if (major.length === 0 || !major.every((id) => waiver.overrides.includes(id))) continue;
    const messages = await Promise.all(uses.map((use) => waiver.match(c, use, specs)));
    if (messages.every((m) => m !== undefined)) return { id: waiver.id, message: messages[0]! };
  }
  return undefined;
}

/** The anatomy of every other pointer that reaches the changed node (for an added or removed node, its parent). */
async function otherUses(c: RedoclyChange, reader: SpecReader): Promise<Anatomy[]> {
  const cut = c.kind === "modified" ? c.path.length : c.path.lastIndexOf("/");
  const node = c.path.slice(0, cut);
  const rest = c.path.slice(cut);
  const pointers = await reader.uses(node);
  return pointers.filter((p) => p !== node).map((p) => anatomy(p + rest));
}

/** The labels of the operations other than `where` that reach the changed node, in spec order. */
async function otherOperations(c: RedoclyChange, reader: SpecReader, where: string): Promise<string[]> {
  const labels = new Set<string>();
  for (const use of await otherUses(c, reader)) {
    if (use.path !== undefined && use.method !== undefined) labels.add(await operationLabel(reader, use));
  }
  labels.delete(where);
  return [...labels];
}

async function operationLabel(reader: SpecReader, at: Anatomy): Promise<string> {
  const pointer = `#/paths/${encodeSegment(at.path!)}/${at.method!.toLowerCase()}/operationId`;
  const id = await reader.at(pointer).catch(() => undefined);
  return `${at.method} ${at.path}${typeof id === "string" ? ` (${id})` : ""}`;
}

async function subjectOf(entity: Entity, at: Anatomy, c: RedoclyChange, reader: SpecReader): Promise<string> {
  const param = at.parameterPointer ? await reader.at(at.parameterPointer).catch(() => undefined) : undefined;
  const paramName = isObject(param) ? `${String(param.in)} parameter \`${String(param.name)}\`` : undefined;
  const field = at.field ? `${at.body ?? "schema"} field \`${at.field}\`` : undefined;
  switch (entity) {
    case "path":
      return `path \`${at.path}\``;
    case "operation":
      return c.property ? `operation \`${c.property}\`` : "operation";
    case "parameter":
      return paramName ?? "parameter";
    case "field":
      return paramName && field ? `${paramName} ${field}` : (field ?? "field");
    case "enum":
      return `enum of ${field ?? paramName ?? at.body ?? "schema"}`;
    case "status-code":
      return `status code ${at.statusCode}`;
    case "request-body":
      return c.property ? `request body \`${c.property}\`` : "request body";
    case "media-type":
      return `${at.body ?? "body"} media type \`${at.segments.at(-1)}\``;
    case "example": {
      const i = at.segments.lastIndexOf("examples");
      const name = i >= 0 ? at.segments[i + 1] : undefined;
      return `${at.body ?? "schema"} example${name ? ` \`${name}\`` : ""}`;
    }
    case "tag":
      return `tag ${at.segments[1] ?? ""}`.trim();
    case "info":
      return `info${at.segments[1] ? ` \`${at.segments[1]}\`` : ""}`;
    case "server": {
      const scope = at.servers === "path" ? `servers of path \`${at.path}\`` : at.servers === "operation" ? "operation servers" : "servers";
      const rest = at.segments.slice(at.segments.indexOf("servers") + 1);
      const index = rest[0] !== undefined ? ` ${rest[0]}` : "";
      const variable = rest[1] === "variables" && rest[2] !== undefined ? `variable \`${rest[2]}\` of ` : "";
      const what = `${variable}${scope}${index}`;
      return c.property && !variable ? `\`${c.property}\` of ${what}` : what;
    }
    case "security": {
      // `security/1`, `paths/…/get/security`, `components/securitySchemes/token`.
      const schemes = at.segments.indexOf("securitySchemes");
      if (schemes >= 0) {
        const what = `security scheme \`${at.segments[schemes + 1] ?? ""}\``;
        return c.property ? `\`${c.property}\` of ${what}` : what;
      }
      const i = at.segments.indexOf("security");
      const scope = at.method ? "operation security" : "document security";
      return at.segments[i + 1] !== undefined ? `${scope} requirement ${at.segments[i + 1]}` : scope;
    }
    case "header": {
      const name = at.segments[at.segments.indexOf("headers") + 1];
      return name ? `${at.body ?? "response"} header \`${name}\`` : `${at.body ?? "response"} headers`;
    }
    default: {
      const what = field ?? paramName ?? (at.body ? `${at.body} schema` : c.path.replace(/^#\//, ""));
      return c.property ? `\`${c.property}\` of ${what}` : what;
    }
  }
}

function synthesize(c: RedoclyChange): string {
  if (c.kind !== "modified") return `${c.kind === "added" ? "Added" : "Removed"}.`;
  const before = c.base?.value;
  const after = c.revision?.value;
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((v) => !before.includes(v));
    const removed = before.filter((v) => !after.includes(v));
    const parts = [added.length ? `gained ${added.map(String).join(", ")}` : "", removed.length ? `lost ${removed.map(String).join(", ")}` : ""];
    const text = parts.filter(Boolean).join("; ");
    if (text) return `\`${c.property}\` ${text}.`;
  }
  return `\`${c.property ?? "value"}\` changed from ${short(before)} to ${short(after)}.`;
}

function short(value: unknown): string {
  if (value === undefined) return "(unset)";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function location(loc: Location | undefined, readers: Readers): { location: string } | undefined {
  if (!loc?.file) return undefined;
  return { location: `${readers.label(loc.file)}${loc.line ? `:${loc.line}` : ""}` };
}
