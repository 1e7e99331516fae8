/* Generated from spec/ by `pnpm generate`. Do not edit: change spec/ and regenerate. */

/** Every operation of the IMS contract: where it lives and how it behaves. */
export const operationIndex = {
  "createDataImage": {
    "operationId": "createDataImage",
    "method": "POST",
    "path": "/v1/cloudimages/dataimages/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Create a data disk image from a file"
  },
  "showJobProgress": {
    "operationId": "showJobProgress",
    "method": "GET",
    "path": "/v1/cloudimages/job/{job_id}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Jobs"
    ],
    "summary": "Show a job and its progress"
  },
  "batchUpdateMembers": {
    "operationId": "batchUpdateMembers",
    "method": "PUT",
    "path": "/v1/cloudimages/members",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Members"
    ],
    "summary": "Accept or reject shared images"
  },
  "batchAddMembers": {
    "operationId": "batchAddMembers",
    "method": "POST",
    "path": "/v1/cloudimages/members",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Members"
    ],
    "summary": "Share images"
  },
  "batchDeleteMembers": {
    "operationId": "batchDeleteMembers",
    "method": "DELETE",
    "path": "/v1/cloudimages/members",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Members"
    ],
    "summary": "Stop sharing images"
  },
  "listOsVersions": {
    "operationId": "listOsVersions",
    "method": "GET",
    "path": "/v1/cloudimages/os_version",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OS Versions"
    ],
    "summary": "List supported OS versions"
  },
  "showImageQuota": {
    "operationId": "showImageQuota",
    "method": "GET",
    "path": "/v1/cloudimages/quota",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Quota"
    ],
    "summary": "Show image quotas"
  },
  "listTags": {
    "operationId": "listTags",
    "method": "GET",
    "path": "/v1/cloudimages/tags",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "List tags of matching images"
  },
  "createOrUpdateTags": {
    "operationId": "createOrUpdateTags",
    "method": "PUT",
    "path": "/v1/cloudimages/tags",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Add or change one image tag"
  },
  "createWholeImage": {
    "operationId": "createWholeImage",
    "method": "POST",
    "path": "/v1/cloudimages/wholeimages/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Create a full-ECS image"
  },
  "copyImageInRegion": {
    "operationId": "copyImageInRegion",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/copy",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Replication"
    ],
    "summary": "Copy an image in the region"
  },
  "copyImageCrossRegion": {
    "operationId": "copyImageCrossRegion",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/cross_region_copy",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Replication"
    ],
    "summary": "Copy an image to another region"
  },
  "exportImage": {
    "operationId": "exportImage",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/file",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Export an image"
  },
  "registerImage": {
    "operationId": "registerImage",
    "method": "PUT",
    "path": "/v1/cloudimages/{image_id}/upload",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Register an image file"
  },
  "glanceV1HeadImage": {
    "operationId": "glanceV1HeadImage",
    "method": "HEAD",
    "path": "/v1/images/{image_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "listImages"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Show image metadata as headers (v1)"
  },
  "showProjectImageQuota": {
    "operationId": "showProjectImageQuota",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/quota",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Quota"
    ],
    "summary": "Show image quotas of a project"
  },
  "listImageMembers": {
    "operationId": "listImageMembers",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/{image_id}/members",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Members"
    ],
    "summary": "List the members of an image"
  },
  "showImageMember": {
    "operationId": "showImageMember",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/{image_id}/members/{member_id}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Members"
    ],
    "summary": "Show an image member"
  },
  "batchDeleteTags": {
    "operationId": "batchDeleteTags",
    "method": "DELETE",
    "path": "/v1/{project_id}/cloudimages/{image_id}/tags/delete",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Delete image tags in a batch"
  },
  "showJob": {
    "operationId": "showJob",
    "method": "GET",
    "path": "/v1/{project_id}/jobs/{job_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "showJobProgress"
    ],
    "tags": [
      "Jobs"
    ],
    "summary": "Show a job (older API)"
  },
  "glanceV1ListImagesDetail": {
    "operationId": "glanceV1ListImagesDetail",
    "method": "GET",
    "path": "/v1.1/images/detail",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "listImages"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "List images with details (v1.1)"
  },
  "glanceV1DeleteImage": {
    "operationId": "glanceV1DeleteImage",
    "method": "DELETE",
    "path": "/v1.1/images/{image_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "glanceDeleteImage"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Delete an image (v1.1)"
  },
  "listImages": {
    "operationId": "listImages",
    "method": "GET",
    "path": "/v2/cloudimages",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "List images"
  },
  "createImage": {
    "operationId": "createImage",
    "method": "POST",
    "path": "/v2/cloudimages/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Create an image"
  },
  "importImageQuick": {
    "operationId": "importImageQuick",
    "method": "POST",
    "path": "/v2/cloudimages/quickimport/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Import an image file quickly"
  },
  "updateImage": {
    "operationId": "updateImage",
    "method": "PATCH",
    "path": "/v2/cloudimages/{image_id}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Update an image"
  },
  "glanceListImages": {
    "operationId": "glanceListImages",
    "method": "GET",
    "path": "/v2/images",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "listImages"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "List images (OpenStack)"
  },
  "glanceCreateImageMetadata": {
    "operationId": "glanceCreateImageMetadata",
    "method": "POST",
    "path": "/v2/images",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Create image metadata"
  },
  "glanceShowImage": {
    "operationId": "glanceShowImage",
    "method": "GET",
    "path": "/v2/images/{image_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "listImages"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Show an image (OpenStack)"
  },
  "glanceDeleteImage": {
    "operationId": "glanceDeleteImage",
    "method": "DELETE",
    "path": "/v2/images/{image_id}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Delete an image"
  },
  "glanceUpdateImage": {
    "operationId": "glanceUpdateImage",
    "method": "PATCH",
    "path": "/v2/images/{image_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "updateImage"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Update an image (OpenStack)"
  },
  "glanceUploadImageFile": {
    "operationId": "glanceUploadImageFile",
    "method": "PUT",
    "path": "/v2/images/{image_id}/file",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "createImage",
      "registerImage"
    ],
    "tags": [
      "OpenStack Images"
    ],
    "summary": "Upload an image file"
  },
  "glanceListImageMembers": {
    "operationId": "glanceListImageMembers",
    "method": "GET",
    "path": "/v2/images/{image_id}/members",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Members"
    ],
    "summary": "List the members of an image (OpenStack)"
  },
  "glanceAddImageMember": {
    "operationId": "glanceAddImageMember",
    "method": "POST",
    "path": "/v2/images/{image_id}/members",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "batchAddMembers"
    ],
    "tags": [
      "OpenStack Members"
    ],
    "summary": "Share an image with a project (OpenStack)"
  },
  "glanceShowImageMember": {
    "operationId": "glanceShowImageMember",
    "method": "GET",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Members"
    ],
    "summary": "Show an image member (OpenStack)"
  },
  "glanceUpdateImageMember": {
    "operationId": "glanceUpdateImageMember",
    "method": "PUT",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "batchUpdateMembers"
    ],
    "tags": [
      "OpenStack Members"
    ],
    "summary": "Accept or reject a shared image (OpenStack)"
  },
  "glanceDeleteImageMember": {
    "operationId": "glanceDeleteImageMember",
    "method": "DELETE",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "batchDeleteMembers"
    ],
    "tags": [
      "OpenStack Members"
    ],
    "summary": "Stop sharing an image with a project (OpenStack)"
  },
  "glanceCreateTag": {
    "operationId": "glanceCreateTag",
    "method": "PUT",
    "path": "/v2/images/{image_id}/tags/{tag}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "createOrUpdateTags",
      "addImageTag"
    ],
    "tags": [
      "OpenStack Tags"
    ],
    "summary": "Add an image tag (OpenStack)"
  },
  "glanceDeleteTag": {
    "operationId": "glanceDeleteTag",
    "method": "DELETE",
    "path": "/v2/images/{image_id}/tags/{tag}",
    "async": false,
    "deprecated": true,
    "replacedBy": [
      "deleteImageTag",
      "batchAddOrDeleteTags"
    ],
    "tags": [
      "OpenStack Tags"
    ],
    "summary": "Delete an image tag (OpenStack)"
  },
  "glanceShowImageSchema": {
    "operationId": "glanceShowImageSchema",
    "method": "GET",
    "path": "/v2/schemas/image",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Schemas"
    ],
    "summary": "Show the schema of an image"
  },
  "glanceListImagesSchema": {
    "operationId": "glanceListImagesSchema",
    "method": "GET",
    "path": "/v2/schemas/images",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Schemas"
    ],
    "summary": "Show the schema of the image list"
  },
  "glanceShowMemberSchema": {
    "operationId": "glanceShowMemberSchema",
    "method": "GET",
    "path": "/v2/schemas/member",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Schemas"
    ],
    "summary": "Show the schema of an image member"
  },
  "glanceListMembersSchema": {
    "operationId": "glanceListMembersSchema",
    "method": "GET",
    "path": "/v2/schemas/members",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "OpenStack Schemas"
    ],
    "summary": "Show the schema of the member list"
  },
  "listImageByTags": {
    "operationId": "listImageByTags",
    "method": "POST",
    "path": "/v2/{project_id}/images/resource_instances/action",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Find or count images by tags"
  },
  "listImagesTags": {
    "operationId": "listImagesTags",
    "method": "GET",
    "path": "/v2/{project_id}/images/tags",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "List tag keys and values of the project"
  },
  "listImageTags": {
    "operationId": "listImageTags",
    "method": "GET",
    "path": "/v2/{project_id}/images/{image_id}/tags",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "List the tags of an image"
  },
  "addImageTag": {
    "operationId": "addImageTag",
    "method": "POST",
    "path": "/v2/{project_id}/images/{image_id}/tags",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Add an image tag"
  },
  "batchAddOrDeleteTags": {
    "operationId": "batchAddOrDeleteTags",
    "method": "POST",
    "path": "/v2/{project_id}/images/{image_id}/tags/action",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Add or delete image tags in a batch"
  },
  "deleteImageTag": {
    "operationId": "deleteImageTag",
    "method": "DELETE",
    "path": "/v2/{project_id}/images/{image_id}/tags/{key}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Image Tags"
    ],
    "summary": "Delete an image tag"
  },
  "createImageInSafeMode": {
    "operationId": "createImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Create an image (v2.1)"
  },
  "createDataImageInSafeMode": {
    "operationId": "createDataImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/dataimages/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Create a data disk image from a file (v2.1)"
  },
  "importImageQuickInSafeMode": {
    "operationId": "importImageQuickInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/quickimport/action",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Import an image file quickly (v2.1)"
  },
  "copyImageInRegionInSafeMode": {
    "operationId": "copyImageInRegionInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/{image_id}/copy",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Replication"
    ],
    "summary": "Copy an image in the region (v2.1)"
  },
  "exportImageInSafeMode": {
    "operationId": "exportImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/{image_id}/file",
    "async": true,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Images"
    ],
    "summary": "Export an image (v2.1)"
  },
  "listVersions": {
    "operationId": "listVersions",
    "method": "GET",
    "path": "/",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Versions"
    ],
    "summary": "List API versions"
  },
  "showVersion": {
    "operationId": "showVersion",
    "method": "GET",
    "path": "/{version}",
    "async": false,
    "deprecated": false,
    "replacedBy": [],
    "tags": [
      "Versions"
    ],
    "summary": "Show an API version"
  }
} as const;

export type OperationId = keyof typeof operationIndex;

export type OperationInfo = (typeof operationIndex)[OperationId];
