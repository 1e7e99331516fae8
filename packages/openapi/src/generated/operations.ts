/* Generated from spec/ by `pnpm generate`. Do not edit: change spec/ and regenerate. */

/** Every operation of the IMS contract: where it lives and how it behaves. */
export const operationIndex = {
  "listImages": {
    "operationId": "listImages",
    "method": "GET",
    "path": "/v2/cloudimages",
    "async": false,
    "deprecated": false,
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
    "tags": [
      "Images"
    ],
    "summary": "Create an image"
  },
  "updateImage": {
    "operationId": "updateImage",
    "method": "PATCH",
    "path": "/v2/cloudimages/{image_id}",
    "async": false,
    "deprecated": false,
    "tags": [
      "Images"
    ],
    "summary": "Update an image"
  },
  "showJobProgress": {
    "operationId": "showJobProgress",
    "method": "GET",
    "path": "/v1/cloudimages/job/{job_id}",
    "async": false,
    "deprecated": false,
    "tags": [
      "Jobs"
    ],
    "summary": "Show a job and its progress"
  },
  "showJob": {
    "operationId": "showJob",
    "method": "GET",
    "path": "/v1/{project_id}/jobs/{job_id}",
    "async": false,
    "deprecated": true,
    "tags": [
      "Jobs"
    ],
    "summary": "Show a job (older API)"
  }
} as const;

export type OperationId = keyof typeof operationIndex;

export type OperationInfo = (typeof operationIndex)[OperationId];
