import type { ContractCase } from "../cases.js";
import type { ContractRequest } from "./http.js";
import { examplesOf, type Schema, type SpecOperation } from "./spec.js";

// Builds the valid requests of an operation from the spec: known-good path parameters and
// every named request example, each sent under its own media type.
export const DEFAULT_PATH_PARAMS: Record<string, string> = {
  image_id: "33ad552d-1149-471c-8190-ff6776174a00",
  project_id: "0b1e494e2660441a957313163095fe5c",
  job_id: "ff8080814dbd65d7014dbe0d84db0013",
  member_id: "edc89b490d7d4392898e19b2deb34797",
  key: "key1",
  tag: "web",
  version: "v2.0",
};

export const TOKEN_HEADERS = { "X-Auth-Token": "contract-test-token" };

// Every body goes under its own media type: @imsjs/mock makes Prism parse Glance's vendor
// JSON-patch bodies as JSON and check each against the schema of its type.
const SENDABLE = new Set([
  "application/json",
  "application/openstack-images-v2.1-json-patch",
  "application/openstack-images-v2.0-json-patch",
  "application/octet-stream",
]);

export interface Variant {
  name: string;
  body?: unknown;
  contentType?: string;
  schema?: Schema;
}

export function baseRequest(o: SpecOperation, c: ContractCase): ContractRequest {
  const pathParams: Record<string, string> = {};
  for (const p of o.parameters.filter((p) => p.in === "path")) {
    const value = c.pathParams?.[p.name] ?? DEFAULT_PATH_PARAMS[p.name];
    if (value === undefined) throw new Error(`${o.id}: no test value for path parameter ${p.name}`);
    pathParams[p.name] = value;
  }
  return { method: o.method, path: o.path, pathParams, query: {}, headers: { ...TOKEN_HEADERS } };
}

/** One valid request per named example of each media type the mock can read. */
export function variants(o: SpecOperation): Variant[] {
  const content = o.op.requestBody?.content;
  if (!content) return [{ name: "request without a body" }];
  const out: Variant[] = [];
  for (const [media, body] of Object.entries(content)) {
    if (!SENDABLE.has(media)) throw new Error(`${o.id}: no rule for sending ${media}`);
    const contentType = media;
    if (media === "application/octet-stream") {
      out.push({ name: "upload of image bytes", body: "QFI\u00fb\u0000\u0000\u0000\u0003", contentType });
      continue;
    }
    const examples = examplesOf(body);
    if (examples.length === 0) throw new Error(`${o.id}: ${media} has no named example to build a request from`);
    // Glance's PATCH names its v2.1 and v2.0 examples alike: the media type tells them apart.
    const of = Object.keys(content).length > 1 ? ` (${media})` : "";
    for (const [name, value] of examples) out.push({ name: `${name} example${of}`, body: value, contentType, ...(body.schema ? { schema: body.schema } : {}) });
  }
  return out;
}

export function requestFor(o: SpecOperation, c: ContractCase, v: Variant): ContractRequest {
  return { ...baseRequest(o, c), ...(v.body === undefined ? {} : { body: v.body, contentType: v.contentType ?? "application/json" }) };
}
