import type { ContractCase } from "../cases.js";
import type { ContractRequest } from "./http.js";
import { examplesOf, type Schema, type SpecOperation } from "./spec.js";

// Builds the valid requests of an operation from the spec: known-good path parameters and
// every named request example, sent the way the mock can read them.
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

// Prism parses only JSON bodies; @imsjs/mock serves the v2.1 JSON-patch body under
// application/json too, while the v2.0 patch format has no JSON twin and is checked by lint.
const SEND_AS: Record<string, string | null> = {
  "application/json": "application/json",
  "application/openstack-images-v2.1-json-patch": "application/json",
  "application/openstack-images-v2.0-json-patch": null,
  "application/octet-stream": "application/octet-stream",
};

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
    if (!(media in SEND_AS)) throw new Error(`${o.id}: no rule for sending ${media}`);
    const contentType = SEND_AS[media];
    if (!contentType) continue;
    if (media === "application/octet-stream") {
      out.push({ name: "upload of image bytes", body: "QFI\u00fb\u0000\u0000\u0000\u0003", contentType });
      continue;
    }
    const examples = examplesOf(body);
    if (examples.length === 0) throw new Error(`${o.id}: ${media} has no named example to build a request from`);
    for (const [name, value] of examples) out.push({ name: `${name} example`, body: value, contentType, ...(body.schema ? { schema: body.schema } : {}) });
  }
  return out;
}

export function requestFor(o: SpecOperation, c: ContractCase, v: Variant): ContractRequest {
  return { ...baseRequest(o, c), ...(v.body === undefined ? {} : { body: v.body, contentType: v.contentType ?? "application/json" }) };
}
