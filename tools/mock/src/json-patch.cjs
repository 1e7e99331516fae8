// Preloaded into the Prism process. Glance's PATCH /v2/images/{image_id} takes JSON under vendor
// media types (IMS refuses it as application/json, with 415), but Prism's server parses a body
// only when type-is calls it application/json or application/*+json: a vendor JSON patch reached
// validation as text and failed its schema ("Request body must be array"). Here type-is also says
// yes to these types for that parser, so the body is parsed and then validated against the schema
// of the type it came with, and a proxy forwards it under that type; application/json stays
// unknown to the operation, so Prism answers it with 415 as IMS does.
"use strict";
const Module = require("node:module");
const path = require("node:path");

const JSON_PATCH_TYPES = ["application/openstack-images-v2.1-json-patch", "application/openstack-images-v2.0-json-patch"];
const server = path.join("prism-http-server", "dist", "server.js");

const load = Module._load;
Module._load = function (request, parent, ...rest) {
  const loaded = load.call(this, request, parent, ...rest);
  if (request !== "type-is" || !parent?.filename?.endsWith(server)) return loaded;
  const typeIs = function (req, types) {
    const match = loaded(req, types);
    return match || !types?.includes("application/*+json") ? match : loaded(req, JSON_PATCH_TYPES) || match;
  };
  return Object.assign(typeIs, loaded);
};
