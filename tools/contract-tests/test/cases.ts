import type { OperationId } from "@imsjs/openapi";
import type { ContractRequest } from "./support/http.js";

// The contract table: for every operation, what makes a request wrong (each must be refused)
// and anything Prism cannot exercise. The valid requests come from the spec itself (every named
// request example of the operation); `contract.test.ts` fails when an operation of the spec has
// no row here, so a new operation cannot land untested.
export interface InvalidCase {
  why: string;
  change: (req: ContractRequest) => ContractRequest;
  /** What the refusal names (matched against Prism's `sl-violations` header). */
  names: RegExp;
  /** Default 400, the status every operation documents for bad input. */
  status?: number;
}

export interface ContractCase {
  invalid: [InvalidCase, ...InvalidCase[]];
  /** Path parameters other than the defaults in `contract.test.ts`. */
  pathParams?: Record<string, string>;
  /** What Prism cannot check for this operation, and why. */
  prismLimit?: string;
}

type Body = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

const without = (field: string): InvalidCase["change"] => (req) => {
  const body = clone(req.body) as Body;
  delete body[field];
  return { ...req, body };
};
const withField = (field: string, value: unknown): InvalidCase["change"] => (req) => ({
  ...req,
  body: { ...(clone(req.body) as Body), [field]: value },
});
const withBody = (body: unknown): InvalidCase["change"] => (req) => ({ ...req, body });
const withPath = (name: string, value: string): InvalidCase["change"] => (req) => ({
  ...req,
  pathParams: { ...req.pathParams, [name]: value },
});
const withQuery = (name: string, value: string | string[]): InvalidCase["change"] => (req) => ({
  ...req,
  query: { ...req.query, [name]: value },
});
const withoutAuth: InvalidCase["change"] = (req) => {
  const headers = { ...req.headers };
  delete headers["X-Auth-Token"];
  return { ...req, headers };
};

const required = (field: string): InvalidCase => ({ why: `without ${field}`, change: without(field), names: new RegExp(`required property '${field}'`) });
const badEnum = (field: string, value: unknown): InvalidCase => ({ why: `with ${field} ${JSON.stringify(value)}`, change: withField(field, value), names: new RegExp(`${field} must be equal to one of the allowed values`) });
const badQueryEnum = (name: string, value: string): InvalidCase => ({ why: `with query ${name}=${value}`, change: withQuery(name, value), names: new RegExp(`query parameter ${name}\\S* must be equal to one of the allowed values`) });
const notUuid = (name = "image_id"): InvalidCase => ({ why: `with an ${name} that is not a UUID`, change: withPath(name, "not-a-uuid"), names: new RegExp(`path parameter ${name} must match format "uuid"`) });
const unknownField = (field: string): InvalidCase => ({ why: `with an unknown member ${field}`, change: withField(field, "x"), names: /must NOT have additional properties/ });
const noCredentials: InvalidCase = { why: "without credentials", change: withoutAuth, names: /security/i, status: 401 };

const noSource: InvalidCase = {
  why: "naming no source (no ECS, file, volume or data disks)",
  change: withBody({ name: "nothing" }),
  names: /anyOf/,
};
const createImageCases: ContractCase = {
  invalid: [
    noSource,
    required("name"),
    badEnum("type", "Mainframe"),
    badEnum("architecture", "mips"),
    { why: "with a data image from an OBS file without min_disk", change: withField("data_images", [{ image_url: "b:f" }]), names: /required property 'min_disk'/ },
  ],
};
const quickImportCases: ContractCase = {
  invalid: [
    required("image_url"),
    badEnum("type", "VM"),
    badEnum("license_type", "BYOL"),
    { why: "for a system disk image without os_version", change: (r) => without("os_version")({ ...r, body: { ...(r.body as Body), type: "ECS" } }), names: /required property 'os_version'/ },
  ],
};
const dataImageCases: ContractCase = {
  invalid: [required("image_url"), badEnum("os_type", "Mac"), { why: "with min_disk 0", change: withField("min_disk", 0), names: /min_disk must be >= 1/ }],
};
const exportCases: ContractCase = {
  invalid: [
    badEnum("file_format", "iso"),
    required("bucket_url"),
    { why: "without file_format on a normal export", change: without("file_format"), names: /required property 'file_format'/ },
    { why: "with file_format on a quick export", change: withField("is_quick_export", true), names: /must NOT be valid/ },
  ],
};
const copyCases: ContractCase = { invalid: [required("name"), unknownField("region")] };
const uuidOnly = (name = "image_id"): ContractCase => ({ invalid: [notUuid(name)] });
const authOnly: ContractCase = { invalid: [noCredentials] };

export const cases: Record<OperationId, ContractCase> = {
  // Images
  listImages: { invalid: [badQueryEnum("__imagetype", "everything"), { why: "with limit 0", change: withQuery("limit", "0"), names: /limit must be >= 1/ }] },
  updateImage: {
    invalid: [
      { why: "with an unknown op", change: withBody([{ op: "move", path: "/name", value: "x" }]), names: /op must be equal to one of the allowed values/ },
      { why: "with an empty change list", change: withBody([]), names: /must NOT have fewer than 1 items/ },
      notUuid(),
    ],
  },
  createImage: createImageCases,
  createImageInSafeMode: createImageCases,
  importImageQuick: quickImportCases,
  importImageQuickInSafeMode: quickImportCases,
  createDataImage: dataImageCases,
  createDataImageInSafeMode: dataImageCases,
  createWholeImage: {
    invalid: [
      required("name"),
      { why: "naming neither an ECS nor a backup", change: withBody({ name: "whole" }), names: /anyOf/ },
      badEnum("whole_image_type", "NAS"),
    ],
  },
  registerImage: { invalid: [required("image_url"), notUuid()] },
  exportImage: exportCases,
  exportImageInSafeMode: exportCases,
  // OS Versions
  listOsVersions: { invalid: [badQueryEnum("tag", "kvm")] },
  // Image Tags
  createOrUpdateTags: {
    invalid: [
      required("image_id"),
      { why: "with both tag and image_tag", change: withField("image_tag", { key: "k", value: "v" }), names: /oneOf/ },
      { why: "with an image_id that is not a UUID", change: withField("image_id", "x"), names: /image_id must match format "uuid"/ },
      { why: "with an image_tag of a 37-character key", change: withBody({ image_id: "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", image_tag: { key: "k".repeat(37), value: "v" } }), names: /key must NOT have more than 36 characters/ },
    ],
  },
  listTags: { invalid: [badQueryEnum("__imagetype", "everything"), { why: "with page 0", change: withQuery("page", "0"), names: /page must be >= 1/ }] },
  listImageByTags: { invalid: [required("action"), badEnum("action", "delete")] },
  batchAddOrDeleteTags: {
    invalid: [
      badEnum("action", "upsert"),
      required("tags"),
      { why: "creating a tag without a value", change: withBody({ action: "create", tags: [{ key: "k" }] }), names: /required property 'value'/ },
      { why: "creating a tag with a 37-character key", change: withBody({ action: "create", tags: [{ key: "k".repeat(37), value: "v" }] }), names: /key must NOT have more than 36 characters/ },
      { why: "creating a tag with a 44-character value", change: withBody({ action: "create", tags: [{ key: "k", value: "v".repeat(44) }] }), names: /value must NOT have more than 43 characters/ },
      { why: "creating 11 tags", change: withBody({ action: "create", tags: Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: "v" })) }), names: /tags must NOT have more than 10 items/ },
      { why: "deleting a tag with a 128-character key", change: withBody({ action: "delete", tags: [{ key: "k".repeat(128) }] }), names: /key must NOT have more than 127 characters/ },
    ],
  },
  addImageTag: {
    invalid: [
      required("tag"),
      { why: "with a tag without a value", change: withBody({ tag: { key: "k" } }), names: /required property 'value'/ },
      { why: "with a 37-character key", change: withBody({ tag: { key: "k".repeat(37), value: "v" } }), names: /key must NOT have more than 36 characters/ },
    ],
  },
  deleteImageTag: uuidOnly(),
  listImageTags: uuidOnly(),
  listImagesTags: authOnly,
  batchDeleteTags: {
    invalid: [
      required("tags"),
      { why: "with an empty tag list", change: withBody({ tags: [] }), names: /must NOT have fewer than 1 items/ },
      { why: "with a 128-character key", change: withBody({ tags: [{ key: "k".repeat(128) }] }), names: /key must NOT have more than 127 characters/ },
    ],
  },
  // Image Members
  batchAddMembers: {
    invalid: [
      required("images"),
      { why: "naming no projects, accounts or organizations", change: without("projects"), names: /anyOf/ },
    ],
  },
  batchUpdateMembers: { invalid: [badEnum("status", "maybe"), required("project_id")] },
  batchDeleteMembers: { invalid: [required("images"), { why: "with an image ID that is not a UUID", change: withField("images", ["x"]), names: /must match format "uuid"/ }] },
  listImageMembers: { invalid: [{ why: "with limit above 1000", change: withQuery("limit", "5000"), names: /limit must be <= 1000/ }, notUuid()] },
  showImageMember: uuidOnly(),
  // Replication
  copyImageInRegion: copyCases,
  copyImageInRegionInSafeMode: copyCases,
  copyImageCrossRegion: { invalid: [required("agency_name"), required("region")] },
  // Quota
  showImageQuota: authOnly,
  showProjectImageQuota: authOnly,
  // Jobs
  showJob: authOnly,
  showJobProgress: authOnly,
  // Versions
  listVersions: authOnly,
  showVersion: { invalid: [{ why: "with a version without the v", change: withPath("version", "2.0"), names: /version must match pattern/ }] },
  // OpenStack Images
  glanceListImages: { invalid: [badQueryEnum("__isregistered", "false"), badQueryEnum("sort_dir", "up")] },
  glanceCreateImageMetadata: {
    invalid: [
      badEnum("visibility", "public"),
      unknownField("owner"),
      { why: "with a tag longer than 255 characters", change: withField("tags", ["t".repeat(256)]), names: /tags\.0 must NOT have more than 255 characters/ },
    ],
  },
  glanceShowImage: uuidOnly(),
  glanceUpdateImage: {
    invalid: [
      { why: "with an unknown op", change: withBody([{ op: "move", path: "/name", value: "x" }]), names: /op must be equal to one of the allowed values/ },
      { why: "with a single change instead of a list", change: withBody({ op: "replace", path: "/name", value: "x" }), names: /must be array/ },
      { why: "with a v2.0 item under the v2.1 media type", change: withBody([{ replace: "/name", value: "x" }]), names: /required property 'op'/ },
    ],
  },
  glanceUploadImageFile: {
    invalid: [notUuid()],
    prismLimit: "Prism accepts any `application/octet-stream` body without looking at it, so only the route, the path parameter and the 204 are checked, not the image bytes.",
  },
  glanceDeleteImage: { invalid: [{ why: "with delete_backup as a string", change: withBody({ delete_backup: "yes" }), names: /delete_backup must be boolean/ }, notUuid()] },
  glanceV1ListImagesDetail: { invalid: [{ why: "with size_min that is not a number", change: withQuery("size_min", "big"), names: /size_min must match pattern/ }] },
  glanceV1DeleteImage: uuidOnly(),
  glanceV1HeadImage: {
    invalid: [notUuid()],
    prismLimit: "A HEAD answer has no body: the 200 is checked with its `X-Image-Meta-*` headers against their schemas, and the refusal only by status and `sl-violations`.",
  },
  // OpenStack Tags
  glanceCreateTag: { invalid: [{ why: "with a tag containing '='", change: withPath("tag", "a=b"), names: /tag must match pattern/ }, notUuid()] },
  glanceDeleteTag: { invalid: [{ why: "with a tag containing '='", change: withPath("tag", "a=b"), names: /tag must match pattern/ }] },
  // OpenStack Schemas
  glanceShowImageSchema: authOnly,
  glanceListImagesSchema: authOnly,
  glanceShowMemberSchema: authOnly,
  glanceListMembersSchema: authOnly,
  // OpenStack Members
  glanceAddImageMember: { invalid: [required("member"), notUuid()] },
  glanceUpdateImageMember: { invalid: [badEnum("status", "pending"), required("status")] },
  glanceShowImageMember: uuidOnly(),
  glanceListImageMembers: { invalid: [{ why: "with limit 0", change: withQuery("limit", "0"), names: /limit must be >= 1/ }] },
  glanceDeleteImageMember: uuidOnly(),
};
