/* Generated from @imsjs/openapi by `pnpm --filter @imsjs/client generate`. Do not edit: change spec/ and regenerate. */

const TABLE = `
GET / listVersions
GET /{version} showVersion
DELETE /v1.1/images/{image_id} glanceV1DeleteImage glanceDeleteImage
GET /v1.1/images/detail glanceV1ListImagesDetail listImages
GET /v1/{project_id}/cloudimages/{image_id}/members listImageMembers
GET /v1/{project_id}/cloudimages/{image_id}/members/{member_id} showImageMember
DELETE /v1/{project_id}/cloudimages/{image_id}/tags/delete batchDeleteTags
GET /v1/{project_id}/cloudimages/quota showProjectImageQuota
GET /v1/{project_id}/jobs/{job_id} showJob showJobProgress
POST /v1/cloudimages/{image_id}/copy copyImageInRegion
POST /v1/cloudimages/{image_id}/cross_region_copy copyImageCrossRegion
POST /v1/cloudimages/{image_id}/file exportImage
PUT /v1/cloudimages/{image_id}/upload registerImage
POST /v1/cloudimages/dataimages/action createDataImage
GET /v1/cloudimages/job/{job_id} showJobProgress
DELETE /v1/cloudimages/members batchDeleteMembers
POST /v1/cloudimages/members batchAddMembers
PUT /v1/cloudimages/members batchUpdateMembers
GET /v1/cloudimages/os_version listOsVersions
GET /v1/cloudimages/quota showImageQuota
GET /v1/cloudimages/tags listTags
PUT /v1/cloudimages/tags createOrUpdateTags
POST /v1/cloudimages/wholeimages/action createWholeImage
HEAD /v1/images/{image_id} glanceV1HeadImage listImages
POST /v2.1/cloudimages/{image_id}/copy copyImageInRegionInSafeMode
POST /v2.1/cloudimages/{image_id}/file exportImageInSafeMode
POST /v2.1/cloudimages/action createImageInSafeMode
POST /v2.1/cloudimages/dataimages/action createDataImageInSafeMode
POST /v2.1/cloudimages/quickimport/action importImageQuickInSafeMode
GET /v2/{project_id}/images/{image_id}/tags listImageTags
POST /v2/{project_id}/images/{image_id}/tags addImageTag
DELETE /v2/{project_id}/images/{image_id}/tags/{key} deleteImageTag
POST /v2/{project_id}/images/{image_id}/tags/action batchAddOrDeleteTags
POST /v2/{project_id}/images/resource_instances/action listImageByTags
GET /v2/{project_id}/images/tags listImagesTags
GET /v2/cloudimages listImages
PATCH /v2/cloudimages/{image_id} updateImage
POST /v2/cloudimages/action createImage
POST /v2/cloudimages/quickimport/action importImageQuick
GET /v2/images glanceListImages listImages
POST /v2/images glanceCreateImageMetadata
DELETE /v2/images/{image_id} glanceDeleteImage
GET /v2/images/{image_id} glanceShowImage listImages
PATCH /v2/images/{image_id} glanceUpdateImage updateImage
PUT /v2/images/{image_id}/file glanceUploadImageFile createImage or registerImage
GET /v2/images/{image_id}/members glanceListImageMembers
POST /v2/images/{image_id}/members glanceAddImageMember batchAddMembers
DELETE /v2/images/{image_id}/members/{member_id} glanceDeleteImageMember batchDeleteMembers
GET /v2/images/{image_id}/members/{member_id} glanceShowImageMember
PUT /v2/images/{image_id}/members/{member_id} glanceUpdateImageMember batchUpdateMembers
DELETE /v2/images/{image_id}/tags/{tag} glanceDeleteTag deleteImageTag or batchAddOrDeleteTags
PUT /v2/images/{image_id}/tags/{tag} glanceCreateTag createOrUpdateTags or addImageTag
GET /v2/schemas/image glanceShowImageSchema
GET /v2/schemas/images glanceListImagesSchema
GET /v2/schemas/member glanceShowMemberSchema
GET /v2/schemas/members glanceListMembersSchema
`;

/**
 * [method, path template, operationId, replacement?]: a fourth element (possibly "") marks the
 * operation deprecated and names what to use instead.
 */
export const ROUTES: ReadonlyArray<readonly [string, string, string, string?]> = TABLE.slice(1, -1)
  .split("\n")
  .map((line) => {
    const [method = "", path = "", operationId = "", ...rest] = line.split(" ");
    return rest.length ? [method, path, operationId, rest.join(" ")] : [method, path, operationId];
  });
