// One pair of specs per rule: the base fixture and a copy with one edit. Each case records what
// `redocly diff` alone rates the change (redoclyImpact) and what the gate finally decides, so this
// table is the documentation of which breaks redocly catches and which need our own rule.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SpecChange } from "../src/classify.js";
import { diffSpecs } from "../src/diff.js";
import { applyEdit, BASE_DIR, copyBase, type Edit } from "./support/fixture.js";

interface Case extends Edit {
  name: string;
  /** Edits made to both sides first, when the base fixture lacks what the case changes. */
  setup?: Edit[];
  expect: Partial<SpecChange> & Pick<SpecChange, "entity" | "kind" | "breaking" | "redoclyImpact">;
}

const listImages = (doc: any) => doc.paths["/v2/images"].get; // eslint-disable-line @typescript-eslint/no-explicit-any
const createBody = (doc: any) => doc.paths["/v2/images"].post.requestBody.content["application/json"].schema; // eslint-disable-line @typescript-eslint/no-explicit-any

const sizeHeader = (required: boolean): Edit => ({
  edit: (d) => (d.paths["/v2/images/{image_id}"].get.responses["200"].headers = { "X-Image-Size": { required, schema: { type: "integer" } } }),
});

// Image.yaml is reached first from listImages' response; this also sends it in createImage's request.
const minDiskDefault = (value: number): Edit => ({ file: "schemas/Image.yaml", edit: (d) => (d.properties.min_disk.default = value) });
const imageInRequest: Edit = { edit: (d) => (createBody(d).properties.source = { $ref: "./schemas/Image.yaml" }) };

// Two schemes, either of which authenticates a call, as IMS's iamToken and akskSignature.
const twoSchemes: Edit = {
  edit: (d) => {
    d.components = { securitySchemes: { token: { type: "apiKey", in: "header", name: "X-Auth-Token" }, aksk: { type: "apiKey", in: "header", name: "Authorization" } } };
    d.security = [{ token: [] }, { aksk: [] }];
  },
};
const createBodyRef = (d: any) => d.paths["/v2/images"].post.requestBody.content["application/json"]; // eslint-disable-line @typescript-eslint/no-explicit-any

const json = (properties: Record<string, unknown>) => ({ "application/json": { schema: { type: "object", properties } } });
const imsError = json({ error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } });
const gatewayError = json({ error_code: { type: "string" }, error_msg: { type: "string" } });
const listImagesFailsWithIms: Edit = { edit: (d) => (listImages(d).responses["400"] = { description: "Bad request.", content: imsError }) };
const textError = { "text/plain": { schema: { type: "string" } } };
// How error-response-added tells members only plain openapi-fetch types (no body, a text one) from those the imsjs client types too.
const PLAIN_ONLY = "the imsjs client's is unchanged";
// Glance's errors: a JSON body, or a plain-text page, under one status.
const listImagesFailsWithJsonOrText: Edit = { edit: (d) => (listImages(d).responses["400"] = { description: "Bad request.", content: { ...imsError, ...textError } }) };
const imsErrorSchema = imsError["application/json"].schema;
const schemaRef = (name: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${name}` } } });

const createBodyCombinator = (kind: "oneOf" | "anyOf", branches = ["name", "instance_id"]): Edit => ({
  edit: (d) => {
    delete createBody(d).oneOf;
    delete createBody(d).anyOf;
    createBody(d)[kind] = branches.map((field) => ({ required: [field] }));
  },
});

const breakingCaughtByRedocly: Case[] = [
  {
    name: "removed operation",
    edit: (d) => delete d.paths["/v2/images"].post,
    expect: { entity: "operation", kind: "removed", breaking: true, rule: "operation-removed", redoclyImpact: "major", operation: "POST /v2/images (createImage)" },
  },
  {
    name: "removed path",
    edit: (d) => delete d.paths["/v2/images/{image_id}"],
    expect: { entity: "operation", kind: "removed", breaking: true, rule: "path-removed", redoclyImpact: "major", operation: "GET /v2/images/{image_id} (showImage)" },
  },
  {
    name: "removed response field (in a shared $ref file)",
    file: "schemas/Image.yaml",
    edit: (d) => delete d.properties.min_disk,
    expect: { entity: "field", kind: "removed", breaking: true, rule: "property-removed", redoclyImpact: "major", subject: "response 200 field `images[].min_disk`" },
  },
  {
    name: "removed parameter",
    edit: (d) => listImages(d).parameters.splice(1, 1),
    expect: { entity: "parameter", kind: "removed", breaking: true, rule: "parameter-removed", redoclyImpact: "major", subject: "query parameter `marker`" },
  },
  {
    name: "parameter became required",
    edit: (d) => (listImages(d).parameters[0].required = true),
    expect: { entity: "parameter", kind: "changed", breaking: true, rule: "parameter-became-required", redoclyImpact: "major", subject: "query parameter `limit`" },
  },
  {
    name: "new required parameter",
    edit: (d) => listImages(d).parameters.push({ name: "region", in: "query", required: true, schema: { type: "string" } }),
    expect: { entity: "parameter", kind: "added", breaking: true, rule: "parameter-became-required", redoclyImpact: "major", subject: "query parameter `region`" },
  },
  {
    name: "request field became required",
    edit: (d) => createBody(d).required.push("instance_id"),
    expect: { entity: "schema", kind: "changed", breaking: true, rule: "required-properties-added", redoclyImpact: "major" },
  },
  {
    name: "narrowed request enum",
    edit: (d) => (createBody(d).properties.os_type.enum = ["Linux"]),
    expect: { entity: "enum", kind: "changed", breaking: true, rule: "enum-values-removed", redoclyImpact: "major", subject: "enum of request field `os_type`" },
  },
  {
    name: "narrowed parameter enum",
    edit: (d) => (listImages(d).parameters[2].schema.enum = ["gold", "private"]),
    expect: { entity: "enum", kind: "changed", breaking: true, rule: "enum-values-removed", redoclyImpact: "major", subject: "enum of query parameter `__imagetype`" },
  },
  {
    name: "changed field type",
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.min_disk.type = "string"),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "schema-type-changed", redoclyImpact: "major", subject: "response 200 field `images[].min_disk`" },
  },
  {
    name: "removed status code",
    edit: (d) => delete d.paths["/v2/images/{image_id}"].get.responses["404"],
    expect: { entity: "status-code", kind: "removed", breaking: true, rule: "response-removed", redoclyImpact: "major", subject: "status code 404" },
  },
  {
    name: "response field no longer required",
    file: "schemas/Image.yaml",
    edit: (d) => (d.required = ["id"]),
    expect: { entity: "schema", kind: "changed", breaking: true, rule: "required-properties-removed", redoclyImpact: "major" },
  },
  {
    name: "widened response enum",
    file: "schemas/Image.yaml",
    edit: (d) => d.properties.status.enum.push("uploading"),
    expect: { entity: "enum", kind: "changed", breaking: true, rule: "enum-values-added", redoclyImpact: "major" },
  },
  {
    name: "request anyOf became oneOf",
    setup: [createBodyCombinator("anyOf")],
    ...createBodyCombinator("oneOf"),
    expect: { entity: "schema", kind: "added", breaking: true, rule: "schema-combinator-changed", redoclyImpact: "major" },
  },
  {
    name: "request oneOf became anyOf with other branches",
    setup: [createBodyCombinator("oneOf")],
    ...createBodyCombinator("anyOf", ["name", "description"]),
    expect: { entity: "schema", kind: "added", breaking: true, rule: "schema-combinator-changed", redoclyImpact: "major" },
  },
  {
    name: "changed server URL",
    edit: (d) => (d.servers[0].url = "https://ims.{region}.example.com/v3"),
    expect: { entity: "server", kind: "changed", breaking: true, rule: "server-removed", redoclyImpact: "major", subject: "`url` of servers 0" },
  },
  {
    name: "renamed query parameter",
    edit: (d) => (listImages(d).parameters[1].name = "start"),
    expect: { entity: "parameter", kind: "changed", breaking: true, rule: "parameter-removed", redoclyImpact: "major", subject: "query parameter `start`" },
  },
  {
    name: "removed path parameter (the path template lost it)",
    edit: (d) => {
      const item = d.paths["/v2/images/{image_id}"];
      item.get.parameters = [];
      delete d.paths["/v2/images/{image_id}"];
      d.paths["/v2/images/current"] = item;
    },
    expect: { entity: "parameter", kind: "removed", breaking: true, rule: "parameter-removed", redoclyImpact: "major" },
  },
  {
    name: "added required request field",
    edit: (d) => {
      createBody(d).properties.region = { type: "string" };
      createBody(d).required.push("region");
    },
    expect: { entity: "schema", kind: "changed", breaking: true, rule: "required-properties-added", redoclyImpact: "major" },
  },
  {
    name: "changed request field type",
    edit: (d) => (createBody(d).properties.name.type = "integer"),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "schema-type-changed", redoclyImpact: "major", subject: "request field `name`" },
  },
  {
    name: "response field became nullable",
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.name.type = ["string", "null"]),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "schema-type-changed", redoclyImpact: "major", subject: "response 200 field `images[].name`" },
  },
  {
    name: "changed request media type",
    edit: (d) => {
      const body = d.paths["/v2/images"].post.requestBody;
      body.content = { "application/octet-stream": body.content["application/json"] };
    },
    expect: { entity: "media-type", kind: "changed", breaking: true, rule: "media-type-removed", redoclyImpact: "major" },
  },
  {
    name: "request body became required",
    setup: [{ edit: (d) => (d.paths["/v2/images"].post.requestBody.required = false) }],
    edit: (d) => (d.paths["/v2/images"].post.requestBody.required = true),
    expect: { entity: "request-body", kind: "changed", breaking: true, rule: "request-body-became-required", redoclyImpact: "major" },
  },
  {
    name: "changed operationId",
    edit: (d) => (listImages(d).operationId = "listAllImages"),
    expect: { entity: "operation", kind: "changed", breaking: true, rule: "operation-id-changed", redoclyImpact: "major" },
  },
  {
    name: "tightened parameter maximum",
    edit: (d) => (listImages(d).parameters[0].schema.maximum = 100),
    expect: { entity: "parameter", kind: "changed", breaking: true, rule: "schema-constraint-changed", redoclyImpact: "major", subject: "query parameter `limit`" },
  },
  {
    name: "security alternative removed",
    setup: [twoSchemes],
    edit: (d) => (d.security = [{ token: [] }]),
    expect: { entity: "security", kind: "removed", breaking: true, rule: "security-requirement-changed", redoclyImpact: "major", subject: "document security requirement 1" },
  },
  {
    name: "security alternatives both required",
    setup: [twoSchemes],
    edit: (d) => (d.security = [{ token: [], aksk: [] }]),
    expect: { entity: "security", kind: "changed", breaking: true, rule: "security-requirement-changed", redoclyImpact: "major" },
  },
  {
    name: "operation accepts one scheme of the document's two",
    setup: [twoSchemes],
    edit: (d) => (listImages(d).security = [{ token: [] }]),
    expect: { entity: "security", kind: "added", breaking: true, rule: "security-requirement-changed", redoclyImpact: "major", operation: "GET /v2/images (listImages)", subject: "operation security" },
  },
  {
    name: "security required where there was none",
    edit: (d) => {
      twoSchemes.edit(d);
      d.security = [{ token: [] }];
    },
    expect: { entity: "security", kind: "added", breaking: true, rule: "security-requirement-changed", redoclyImpact: "major", subject: "document security" },
  },
  {
    name: "security scheme sends another header",
    setup: [twoSchemes],
    edit: (d) => (d.components.securitySchemes.token.name = "X-Token"),
    expect: { entity: "security", kind: "changed", breaking: true, rule: "security-scheme-changed", redoclyImpact: "major", subject: "`name` of security scheme `token`" },
  },
  {
    name: "tightened constraint in a schema a response reaches first and a request also sends",
    setup: [imageInRequest],
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.min_disk.maximum = 10),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "schema-constraint-changed", redoclyImpact: "major", subject: "response 200 field `images[].min_disk`" },
  },
  {
    name: "new required field in a schema a response reaches first and a request also sends",
    setup: [imageInRequest],
    file: "schemas/Image.yaml",
    edit: (d) => d.required.push("name"),
    expect: { entity: "schema", kind: "changed", breaking: true, rule: "required-properties-added", redoclyImpact: "major" },
  },
  {
    name: "tightened request constraint",
    edit: (d) => (createBody(d).properties.name.maxLength = 64),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "schema-constraint-changed", redoclyImpact: "major", subject: "request field `name`" },
  },
];

const breakingMissedByRedocly: Case[] = [
  {
    name: "removed request field",
    edit: (d) => delete createBody(d).properties.description,
    expect: { entity: "field", kind: "removed", breaking: true, rule: "request-field-removed", ruleSource: "imsjs", redoclyImpact: "patch", subject: "request field `description`" },
  },
  {
    name: "removed every request field of an open schema",
    edit: (d) => delete createBody(d).properties,
    expect: { entity: "schema", kind: "removed", breaking: true, rule: "request-field-removed", ruleSource: "imsjs", redoclyImpact: "patch", subject: "request schema" },
  },
  {
    name: "narrowed response enum",
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.status.enum = ["queued", "active"]),
    expect: { entity: "enum", kind: "changed", breaking: true, rule: "response-enum-narrowed", ruleSource: "imsjs", redoclyImpact: "patch" },
  },
  {
    name: "response x-extensible-enum became a plain enum",
    setup: [{ file: "schemas/Image.yaml", edit: (d) => (d.properties.status = { type: "string", "x-extensible-enum": ["queued", "active", "killed"] }) }],
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.status = { type: "string", enum: ["queued", "active", "killed"] }),
    expect: { entity: "enum", kind: "changed", breaking: true, rule: "response-enum-narrowed", ruleSource: "imsjs", redoclyImpact: "patch" },
  },
  {
    name: "changed parameter default",
    edit: (d) => (listImages(d).parameters[2].schema.default = "gold"),
    expect: { entity: "parameter", kind: "changed", breaking: true, rule: "parameter-default-changed", ruleSource: "imsjs", redoclyImpact: "patch", subject: "query parameter `__imagetype`" },
  },
  {
    name: "renamed path template",
    edit: (d) => {
      const item = d.paths["/v2/images/{image_id}"];
      item.get.parameters[0].name = "id";
      delete d.paths["/v2/images/{image_id}"];
      d.paths["/v2/images/{id}"] = item;
    },
    expect: { entity: "path", kind: "changed", breaking: true, rule: "path-renamed", ruleSource: "imsjs", redoclyImpact: "patch" },
  },
  {
    name: "servers set on an operation",
    edit: (d) => (d.paths["/v2/images"].post.servers = [{ url: "https://ims-global.example.com" }]),
    expect: { entity: "server", kind: "added", breaking: true, rule: "server-overridden", ruleSource: "imsjs", redoclyImpact: "minor", operation: "POST /v2/images (createImage)", subject: "operation servers" },
  },
  {
    name: "servers set on a path item",
    edit: (d) => (d.paths["/v2/images"].servers = [{ url: "https://ims-global.example.com" }]),
    expect: { entity: "server", kind: "added", breaking: true, rule: "server-overridden", ruleSource: "imsjs", redoclyImpact: "minor", subject: "servers of path `/v2/images`" },
  },
  {
    name: "changed server variable default",
    edit: (d) => (d.servers[0].variables.region.default = "cn-north-4"),
    expect: { entity: "server", kind: "changed", breaking: true, rule: "server-variable-default-changed", ruleSource: "imsjs", redoclyImpact: "patch", subject: "variable `region` of servers 0" },
  },
  {
    name: "enum added to a server variable",
    edit: (d) => (d.servers[0].variables.region.enum = ["ap-southeast-1", "cn-north-4"]),
    expect: { entity: "server", kind: "changed", breaking: true, rule: "server-variable-enum-narrowed", ruleSource: "imsjs", redoclyImpact: "patch" },
  },
  {
    name: "narrowed server variable enum",
    setup: [{ edit: (d) => (d.servers[0].variables.region.enum = ["ap-southeast-1", "cn-north-4"]) }],
    edit: (d) => (d.servers[0].variables.region.enum = ["ap-southeast-1"]),
    expect: { entity: "server", kind: "changed", breaking: true, rule: "server-variable-enum-narrowed", ruleSource: "imsjs", redoclyImpact: "patch" },
  },
  {
    name: "response header no longer required",
    setup: [sizeHeader(true)],
    edit: sizeHeader(false).edit,
    expect: { entity: "header", kind: "changed", breaking: true, rule: "response-header-no-longer-required", ruleSource: "imsjs", redoclyImpact: "patch", subject: "response 200 header `X-Image-Size`" },
  },
  {
    name: "changed default in a schema shared by a response (reported first) and a request",
    setup: [imageInRequest, minDiskDefault(0)],
    ...minDiskDefault(10),
    expect: { entity: "field", kind: "changed", breaking: true, rule: "parameter-default-changed", ruleSource: "imsjs", redoclyImpact: "patch", operation: "POST /v2/images (createImage)", subject: "request field `source.min_disk`" },
  },
  {
    name: "added 2xx response with another body",
    edit: (d) =>
      (d.paths["/v2/images"].post.responses["202"] = {
        description: "Queued.",
        content: { "application/json": { schema: { type: "object", required: ["queue_position"], properties: { queue_position: { type: "integer" } } } } },
      }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "success-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 202" },
  },
  {
    name: "added 3xx response with another body (the client returns it as data)",
    edit: (d) => (d.paths["/v2/images"].post.responses["300"] = { description: "Choose a version.", content: json({ versions: { type: "array", items: { type: "string" } } }) }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "success-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 300" },
  },
  {
    name: "added 4xx response with another error body",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses["429"] = { description: "Throttled by API Gateway.", content: gatewayError }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 429" },
  },
  {
    name: "added first error body (error was the ImsError alone)",
    edit: (d) => (listImages(d).responses["403"] = { description: "Forbidden.", content: gatewayError }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 403" },
  },
  {
    name: "added 2xx response without a body (`data` may be undefined)",
    edit: (d) => (d.paths["/v2/images"].post.responses["204"] = { description: "Nothing to do." }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "success-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 204" },
  },
  {
    name: "added 5xx response without a body (`error` may be undefined)",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses["503"] = { description: "Unavailable." }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 503", message: expect.stringContaining(PLAIN_ONLY) },
  },
  {
    name: "added 4xx response with a new JSON body where the errors answer JSON or text",
    setup: [listImagesFailsWithJsonOrText],
    edit: (d) => (listImages(d).responses["429"] = { description: "Throttled by API Gateway.", content: gatewayError }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 429", message: expect.not.stringContaining(PLAIN_ONLY) },
  },
  {
    name: "added 4xx response with the errors' JSON body and a text/plain one they lack",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses["429"] = { description: "Throttled by API Gateway.", content: { ...imsError, ...textError } }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code 429" },
  },
  {
    name: "text/plain body added to an error response that answered JSON only",
    setup: [listImagesFailsWithIms],
    edit: (d) => Object.assign(listImages(d).responses["400"].content, textError),
    expect: { entity: "media-type", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "response 400 media type `text/plain`", message: expect.stringContaining(PLAIN_ONLY) },
  },
  {
    name: "body given to the error response that had none",
    edit: (d) => (d.paths["/v2/images/{image_id}"].get.responses["404"].content = gatewayError),
    expect: { entity: "media-type", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", operation: "GET /v2/images/{image_id} (showImage)" },
  },
  {
    name: "text/plain body added to a shared error response, new only to an operation reached after the first",
    setup: [
      {
        edit: (d) => {
          d.components = { responses: { ImsError: { description: "IMS refused the call.", content: imsError } } };
          listImages(d).responses["400"] = { $ref: "#/components/responses/ImsError" };
          listImages(d).responses["500"] = { description: "A proxy's page.", content: textError };
          d.paths["/v2/images/{image_id}"].get.responses["404"] = { $ref: "#/components/responses/ImsError" };
        },
      },
    ],
    edit: (d) => Object.assign(d.components.responses.ImsError.content, textError),
    expect: { entity: "media-type", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", operation: "GET /v2/images/{image_id} (showImage)" },
  },
  {
    name: "text/plain body added to a 2xx response",
    edit: (d) => Object.assign(listImages(d).responses["200"].content, textError),
    expect: { entity: "media-type", kind: "added", breaking: true, rule: "success-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "response 200 media type `text/plain`" },
  },
  {
    name: "added default response with another error body",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses.default = { description: "Anything else.", content: gatewayError }),
    expect: { entity: "status-code", kind: "added", breaking: true, rule: "error-response-added", ruleSource: "imsjs", redoclyImpact: "minor", subject: "status code default" },
  },
];

const nonBreaking: Case[] = [
  {
    name: "added operation",
    edit: (d) => (d.paths["/v2/images/{image_id}"].delete = { operationId: "deleteImage", responses: { "204": { description: "Deleted." } } }),
    expect: { entity: "operation", kind: "added", breaking: false, redoclyImpact: "minor" },
  },
  {
    name: "added optional parameter",
    edit: (d) => listImages(d).parameters.push({ name: "name", in: "query", schema: { type: "string" } }),
    expect: { entity: "parameter", kind: "added", breaking: false, redoclyImpact: "minor", subject: "query parameter `name`" },
  },
  {
    name: "added response field",
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.checksum = { type: "string" }),
    expect: { entity: "field", kind: "added", breaking: false, redoclyImpact: "minor" },
  },
  {
    name: "added optional request field",
    edit: (d) => (createBody(d).properties.tags = { type: "array", items: { type: "string" } }),
    expect: { entity: "field", kind: "added", breaking: false, redoclyImpact: "minor" },
  },
  {
    name: "widened request enum",
    edit: (d) => createBody(d).properties.os_type.enum.push("Other"),
    expect: { entity: "enum", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "added status code",
    edit: (d) => (listImages(d).responses["409"] = { description: "Conflict." }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 409" },
  },
  {
    name: "added 2xx response with the same body",
    edit: (d) => {
      const ok = d.paths["/v2/images"].post.responses["200"];
      d.paths["/v2/images"].post.responses["201"] = { ...structuredClone(ok), description: "Created at once." };
    },
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 201" },
  },
  {
    name: "widened server variable enum",
    setup: [{ edit: (d) => (d.servers[0].variables.region.enum = ["ap-southeast-1"]) }],
    edit: (d) => d.servers[0].variables.region.enum.push("cn-north-4"),
    expect: { entity: "server", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "changed server description",
    edit: (d) => (d.servers[0].description = "Regional endpoint."),
    expect: { entity: "server", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "response header became required",
    setup: [sizeHeader(false)],
    edit: sizeHeader(true).edit,
    expect: { entity: "header", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "response 200 header `X-Image-Size`" },
  },
  {
    name: "changed default of a field only responses use",
    setup: [minDiskDefault(0)],
    ...minDiskDefault(10),
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "response 200 field `images[].min_disk`" },
  },
  {
    name: "request oneOf became anyOf with the same branches (redocly: major)",
    setup: [createBodyCombinator("oneOf")],
    ...createBodyCombinator("anyOf"),
    expect: { entity: "schema", kind: "added", breaking: false, rule: "request-oneof-became-anyof", ruleSource: "imsjs", redoclyImpact: "major" },
  },
  {
    name: "new response field made required",
    file: "schemas/Image.yaml",
    edit: (d) => d.required.push("name"),
    expect: { entity: "schema", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "loosened request maxLength",
    edit: (d) => (createBody(d).properties.name.maxLength = 255),
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "request field `name`" },
  },
  {
    name: "removed request maxLength",
    edit: (d) => delete createBody(d).properties.name.maxLength,
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "request field `name`" },
  },
  {
    name: "tightened response maxLength",
    file: "schemas/Image.yaml",
    edit: (d) => (d.properties.name.maxLength = 10),
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "response 200 field `images[].name`" },
  },
  {
    name: "loosened parameter maximum",
    edit: (d) => (listImages(d).parameters[0].schema.maximum = 5000),
    expect: { entity: "parameter", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "query parameter `limit`" },
  },
  {
    name: "request field became nullable",
    edit: (d) => (createBody(d).properties.description.type = ["string", "null"]),
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "request field `description`" },
  },
  {
    name: "added 4xx response with the body the other errors have",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses["403"] = { description: "Forbidden.", content: imsError }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 403" },
  },
  {
    name: "added 4xx response with only the JSON body of errors that also answer text/plain",
    setup: [listImagesFailsWithJsonOrText],
    edit: (d) => (listImages(d).responses["429"] = { description: "Throttled by API Gateway.", content: imsError }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 429" },
  },
  {
    name: "added 4xx response with only the text/plain body of errors that also answer JSON",
    setup: [listImagesFailsWithJsonOrText],
    edit: (d) => (listImages(d).responses["502"] = { description: "A proxy's page.", content: textError }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 502" },
  },
  {
    name: "added 4xx response that $refs the shared error response",
    setup: [
      {
        edit: (d) => {
          d.components = { responses: { ImsError: { description: "IMS refused the call.", content: imsError } } };
          listImages(d).responses["400"] = { $ref: "#/components/responses/ImsError" };
        },
      },
    ],
    edit: (d) => (listImages(d).responses["403"] = { $ref: "#/components/responses/ImsError" }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 403" },
  },
  {
    name: "added 4xx response whose schema is another component with the same schema",
    setup: [
      {
        edit: (d) => {
          d.components = { schemas: { ImsError: imsErrorSchema } };
          listImages(d).responses["400"] = { description: "Bad request.", content: schemaRef("ImsError") };
        },
      },
    ],
    edit: (d) => {
      d.components.schemas.ThrottledError = { ...structuredClone(imsErrorSchema), description: "The same body, from API Gateway." };
      listImages(d).responses["429"] = { description: "Throttled.", content: schemaRef("ThrottledError") };
    },
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 429" },
  },
  {
    name: "added 4xx response with the errors' body, whose schema gained a field in the same change",
    setup: [
      {
        edit: (d) => {
          d.components = { schemas: { ImsError: structuredClone(imsErrorSchema) } };
          listImages(d).responses["400"] = { description: "Bad request.", content: schemaRef("ImsError") };
        },
      },
    ],
    edit: (d) => {
      d.components.schemas.ImsError.properties.request_id = { type: "string" };
      listImages(d).responses["429"] = { description: "Throttled.", content: schemaRef("ImsError") };
    },
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 429" },
  },
  {
    name: "added default response with the body the other errors have",
    setup: [listImagesFailsWithJsonOrText],
    edit: (d) => (listImages(d).responses.default = { description: "Anything else.", content: imsError }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code default" },
  },
  {
    name: "added 4xx response with a status openapi-fetch does not type as an error",
    setup: [listImagesFailsWithIms],
    edit: (d) => (listImages(d).responses["460"] = { description: "Closed by a proxy.", content: gatewayError }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 460" },
  },
  {
    name: "added 5xx response without a body where an error had none already",
    edit: (d) => (listImages(d).responses["503"] = { description: "Unavailable." }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 503" },
  },
  {
    name: "JSON body added to an error response, the body the other errors have",
    setup: [listImagesFailsWithIms, { edit: (d) => (listImages(d).responses["502"] = { description: "A proxy's page.", content: textError }) }],
    edit: (d) => Object.assign(listImages(d).responses["502"].content, imsError),
    expect: { entity: "media-type", kind: "added", breaking: false, redoclyImpact: "minor", subject: "response 502 media type `application/json`" },
  },
  {
    name: "added 3xx response without a body",
    edit: (d) => (d.paths["/v2/images"].post.responses["304"] = { description: "Not modified." }),
    expect: { entity: "status-code", kind: "added", breaking: false, redoclyImpact: "minor", subject: "status code 304" },
  },
  {
    name: "operation deprecated",
    edit: (d) => (listImages(d).deprecated = true),
    expect: { entity: "operation", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "reordered request enum",
    edit: (d) => (createBody(d).properties.os_type.enum = ["Windows", "Linux"]),
    expect: { entity: "enum", kind: "changed", breaking: false, redoclyImpact: "patch" },
  },
  {
    name: "added security alternative",
    setup: [twoSchemes],
    edit: (d) => {
      d.components.securitySchemes.basic = { type: "http", scheme: "basic" };
      d.security.push({ basic: [] });
    },
    expect: { entity: "security", kind: "added", breaking: false, redoclyImpact: "minor" },
  },
  {
    name: "operation needs no authentication any more",
    setup: [twoSchemes],
    edit: (d) => (listImages(d).security = []),
    expect: { entity: "security", kind: "added", breaking: false, redoclyImpact: "minor" },
  },
  {
    name: "changed request field description",
    edit: (d) => (createBody(d).properties.name.description = "The image name."),
    expect: { entity: "field", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "request field `name`" },
  },
  {
    name: "changed description",
    edit: (d) => (listImages(d).responses["200"].description = "A page of images."),
    expect: { entity: "status-code", kind: "changed", breaking: false, redoclyImpact: "patch", subject: "status code 200" },
  },
];

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function run(c: Case): Promise<SpecChange[]> {
  const dir = await copyBase();
  dirs.push(dir);
  let base = BASE_DIR;
  if (c.setup) {
    base = await copyBase();
    dirs.push(base);
    for (const edit of c.setup) {
      await applyEdit(base, edit);
      await applyEdit(dir, edit);
    }
  }
  await applyEdit(dir, c);
  return diffSpecs(path.join(base, "openapi.yaml"), path.join(dir, "openapi.yaml"), { cwd: dir });
}

describe.concurrent("breaks that redocly diff catches", () => {
  it.each(breakingCaughtByRedocly)("$name", async (c) => {
    const changes = await run(c);
    expect(changes).toContainEqual(expect.objectContaining({ ...c.expect, ruleSource: "redocly" }));
  });
});

describe.concurrent("breaks that need an imsjs rule (redocly rates them patch)", () => {
  it.each(breakingMissedByRedocly)("$name", async (c) => {
    const changes = await run(c);
    expect(changes).toContainEqual(expect.objectContaining(c.expect));
  });
});

describe.concurrent("changes that do not break clients", () => {
  it.each(nonBreaking)("$name", async (c) => {
    const changes = await run(c);
    expect(changes).toContainEqual(expect.objectContaining(c.expect));
    expect(changes.filter((x) => x.breaking)).toEqual([]);
  });
});

const nothing: Case["expect"] = { entity: "other", kind: "changed", breaking: false, redoclyImpact: "patch" };

describe.concurrent("parameters moved between a path item and its operations", () => {
  const project = { name: "project", in: "query", schema: { type: "string" } };
  const images = (d: any) => d.paths["/v2/images"]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const onPathItem: Edit = { edit: (d) => (images(d).parameters = [project]) };
  const intoOperations = (...methods: string[]): Edit => ({
    edit: (d) => {
      delete images(d).parameters;
      for (const m of methods) images(d)[m].parameters = [...(images(d)[m].parameters ?? []), project];
    },
  });

  it("reports nothing when a path-level parameter moves into every operation", async () => {
    expect(await run({ name: "down", setup: [onPathItem], ...intoOperations("get", "post"), expect: nothing })).toEqual([]);
  });

  it("reports nothing when the operations' parameter moves up to the path item", async () => {
    expect(await run({ name: "up", setup: [intoOperations("get", "post")], ...onPathItem, expect: nothing })).toEqual([]);
  });

  it("still reports the operation that lost it when it moves into only some", async () => {
    const changes = await run({ name: "partly", setup: [onPathItem], ...intoOperations("get"), expect: nothing });
    expect(changes.filter((c) => c.breaking)).toEqual([expect.objectContaining({ entity: "parameter", kind: "removed", rule: "parameter-removed" })]);
  });
});

// Moving a schema, parameter, response or request body into components and $ref-ing it changes how
// the spec is written, not what it means: redocly compares the resolved documents, so all that is
// left is the new components entry, which is no break.
describe.concurrent("moved into a $ref'ed component without changing its meaning", () => {
  const moves: Case[] = [
    {
      name: "request body schema",
      edit: (d) => {
        d.components = { schemas: { CreateImage: createBody(d) } };
        createBodyRef(d).schema = { $ref: "#/components/schemas/CreateImage" };
      },
      expect: nothing,
    },
    {
      name: "request field",
      edit: (d) => {
        d.components = { schemas: { OsType: createBody(d).properties.os_type } };
        createBody(d).properties.os_type = { $ref: "#/components/schemas/OsType" };
      },
      expect: nothing,
    },
    {
      name: "response schema",
      edit: (d) => {
        const ok = listImages(d).responses["200"].content["application/json"];
        d.components = { schemas: { ImagePage: ok.schema } };
        ok.schema = { $ref: "#/components/schemas/ImagePage" };
      },
      expect: nothing,
    },
    {
      name: "file $ref behind a component",
      edit: (d) => {
        d.components = { schemas: { Image: { $ref: "./schemas/Image.yaml" } } };
        d.paths["/v2/images/{image_id}"].get.responses["200"].content["application/json"].schema = { $ref: "#/components/schemas/Image" };
      },
      expect: nothing,
    },
    {
      name: "parameter",
      edit: (d) => {
        d.components = { parameters: { Limit: listImages(d).parameters[0] } };
        listImages(d).parameters[0] = { $ref: "#/components/parameters/Limit" };
      },
      expect: nothing,
    },
    {
      name: "response",
      edit: (d) => {
        const get = d.paths["/v2/images/{image_id}"].get;
        d.components = { responses: { NotFound: get.responses["404"] } };
        get.responses["404"] = { $ref: "#/components/responses/NotFound" };
      },
      expect: nothing,
    },
    {
      name: "request body",
      edit: (d) => {
        const post = d.paths["/v2/images"].post;
        d.components = { requestBodies: { CreateImage: post.requestBody } };
        post.requestBody = { $ref: "#/components/requestBodies/CreateImage" };
      },
      expect: nothing,
    },
    {
      name: "renamed component",
      setup: [{ edit: (d) => ((d.components = { schemas: { A: createBody(d) } }), (createBodyRef(d).schema = { $ref: "#/components/schemas/A" })) }],
      edit: (d) => {
        d.components = { schemas: { B: d.components.schemas.A } };
        createBodyRef(d).schema = { $ref: "#/components/schemas/B" };
      },
      expect: nothing,
    },
  ];
  it.each(moves)("$name", async (c) => {
    const changes = await run(c);
    expect(changes.filter((x) => x.breaking)).toEqual([]);
    // Only the components entry itself is reported, nothing inside an operation.
    expect(changes.map((x) => [x.entity, x.operation])).toEqual(changes.map(() => ["other", undefined]));
  });
});

it("reports nothing for an identical copy", async () => {
  const same: Case = { name: "none", edit: () => undefined, expect: nothing };
  expect(await run(same)).toEqual([]);
});
