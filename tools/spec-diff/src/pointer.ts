// Turns a redocly change pointer into what a reviewer thinks in: which operation, which part of it
// (parameter, request or response field, enum, status code) and a readable field path.
import { decodePointer, encodeSegment } from "./spec-reader.js";

export type Entity =
  | "path"
  | "operation"
  | "parameter"
  | "field"
  | "enum"
  | "status-code"
  | "request-body"
  | "media-type"
  | "header"
  | "security"
  | "server"
  | "schema"
  | "example"
  | "tag"
  | "info"
  | "other";

export const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export interface Anatomy {
  segments: string[];
  path?: string;
  method?: string;
  /** Index of the parameter in `parameters`, and the pointer to it. */
  parameterPointer?: string;
  /** `request` or `response 200`, when the change sits in a body. */
  body?: string;
  /** Dotted path of the field inside the body or parameter schema, e.g. `images[].min_disk`. */
  field?: string;
  statusCode?: string;
  /** Which `servers` list the change sits in: the document's, a path item's or an operation's. */
  servers?: "document" | "path" | "operation";
  inRequest: boolean;
  inResponse: boolean;
}

export function anatomy(pointer: string): Anatomy {
  const segments = decodePointer(pointer);
  const result: Anatomy = { segments, inRequest: false, inResponse: false };
  if (segments[0] === "servers") result.servers = "document";
  if (segments[0] !== "paths") return result;
  result.path = segments[1];
  let i = 2;
  if (segments[i] !== undefined && METHODS.has(segments[i]!)) result.method = segments[i++]!.toUpperCase();
  const rest = segments.slice(i);
  if (rest[0] === "servers") result.servers = result.method ? "operation" : "path";
  else if (rest[0] === "parameters" && rest[1] !== undefined) {
    result.parameterPointer = "#/" + segments.slice(0, i + 2).map(encodeSegment).join("/");
    result.inRequest = true;
    result.field = fieldPath(rest.slice(3));
  } else if (rest[0] === "requestBody") {
    result.inRequest = true;
    result.body = "request";
    result.field = fieldPath(rest.slice(4));
  } else if (rest[0] === "responses" && rest[1] !== undefined) {
    result.inResponse = true;
    result.statusCode = rest[1];
    result.body = `response ${rest[1]}`;
    result.field = fieldPath(rest.slice(5));
  }
  return result;
}

/** `properties/images/items/properties/min_disk` → `images[].min_disk`. */
function fieldPath(schemaSegments: string[]): string | undefined {
  let out = "";
  for (let i = 0; i < schemaSegments.length; i++) {
    const s = schemaSegments[i]!;
    const next = schemaSegments[i + 1];
    if (s === "properties" && next !== undefined) {
      out += (out ? "." : "") + next;
      i++;
    } else if (s === "items") out += "[]";
    else if (s === "additionalProperties") out += "{*}";
    else if ((s === "oneOf" || s === "anyOf" || s === "allOf") && next !== undefined) {
      out += `<${s} ${next}>`;
      i++;
    }
  }
  return out || undefined;
}

export function entityOf(a: Anatomy, property: string | undefined): Entity {
  const last = a.segments.at(-1);
  const rest = a.method ? a.segments.slice(3) : a.segments.slice(2);
  if (a.servers) return "server";
  if (property === "enum" || property === "const") return "enum";
  if (a.segments[0] === "security" || a.segments.includes("securitySchemes")) return "security";
  if (a.segments[0] === "tags") return "tag";
  if (a.segments[0] === "info") return "info";
  if (a.segments[0] !== "paths") return "other";
  if (rest.includes("examples") || rest.at(-1) === "example") return "example";
  if (a.path !== undefined && a.segments.length === 2) return "path";
  if (a.method !== undefined && rest.length === 0) return "operation";
  if (a.segments.at(-2) === "properties") return "field";
  if (rest[0] === "parameters" && rest.length <= 3) return "parameter";
  if (rest[0] === "responses" && rest.length === 2) return "status-code";
  if (rest.includes("headers")) return "header";
  if (rest[0] === "requestBody" && rest.length === 1) return "request-body";
  if (rest.at(-2) === "content" || last === "content") return "media-type";
  if (rest[0] === "security") return "security";
  return "schema";
}
