/* Generated from @imsjs/openapi/openapi.json by `pnpm --filter @imsjs/contract generate`. Do not edit: change spec/ and regenerate. */

import type { ContractOperation } from "../table.js";

/** Every operation of the contract with the names of its precompiled validators. */
export const operations: readonly ContractOperation[] = [
  {
    "operationId": "createDataImage",
    "method": "POST",
    "path": "/v1/cloudimages/dataimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b0"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showJobProgress",
    "method": "GET",
    "path": "/v1/cloudimages/job/{job_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p0"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b3"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "batchUpdateMembers",
    "method": "PUT",
    "path": "/v1/cloudimages/members",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b4"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "batchAddMembers",
    "method": "POST",
    "path": "/v1/cloudimages/members",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b5"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "batchDeleteMembers",
    "method": "DELETE",
    "path": "/v1/cloudimages/members",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b5"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listOsVersions",
    "method": "GET",
    "path": "/v1/cloudimages/os_version",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "query": "p1"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b6"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showImageQuota",
    "method": "GET",
    "path": "/v1/cloudimages/quota",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b7"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listTags",
    "method": "GET",
    "path": "/v1/cloudimages/tags",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "query": "p2"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b8"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "createOrUpdateTags",
    "method": "PUT",
    "path": "/v1/cloudimages/tags",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b9"
      },
      "params": {}
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "createWholeImage",
    "method": "POST",
    "path": "/v1/cloudimages/wholeimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b10"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "copyImageInRegion",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/copy",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b11"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "copyImageCrossRegion",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/cross_region_copy",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b12"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "exportImage",
    "method": "POST",
    "path": "/v1/cloudimages/{image_id}/file",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b13"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "registerImage",
    "method": "PUT",
    "path": "/v1/cloudimages/{image_id}/upload",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b14"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceV1HeadImage",
    "method": "HEAD",
    "path": "/v1/images/{image_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {},
        "headers": "p4"
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showProjectImageQuota",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/quota",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p5"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b7"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listImageMembers",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/{image_id}/members",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p6",
        "query": "p7"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b16"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showImageMember",
    "method": "GET",
    "path": "/v1/{project_id}/cloudimages/{image_id}/members/{member_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p8"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b17"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "batchDeleteTags",
    "method": "DELETE",
    "path": "/v1/{project_id}/cloudimages/{image_id}/tags/delete",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b18"
      },
      "params": {
        "path": "p6"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showJob",
    "method": "GET",
    "path": "/v1/{project_id}/jobs/{job_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p9"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b3"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceV1ListImagesDetail",
    "method": "GET",
    "path": "/v1.1/images/detail",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "query": "p10"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b19"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceV1DeleteImage",
    "method": "DELETE",
    "path": "/v1.1/images/{image_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listImages",
    "method": "GET",
    "path": "/v2/cloudimages",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "query": "p11"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b20"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "createImage",
    "method": "POST",
    "path": "/v2/cloudimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b21"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "importImageQuick",
    "method": "POST",
    "path": "/v2/cloudimages/quickimport/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b22"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "updateImage",
    "method": "PATCH",
    "path": "/v2/cloudimages/{image_id}",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b23"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b24"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceListImages",
    "method": "GET",
    "path": "/v2/images",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "query": "p12",
        "header": "p13"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b25"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceCreateImageMetadata",
    "method": "POST",
    "path": "/v2/images",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b26"
      },
      "params": {}
    },
    "responses": {
      "201": {
        "content": {
          "application/json": "b27"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceShowImage",
    "method": "GET",
    "path": "/v2/images/{image_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b27"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceDeleteImage",
    "method": "DELETE",
    "path": "/v2/images/{image_id}",
    "request": {
      "bodyRequired": false,
      "content": {
        "application/json": "b28"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceUpdateImage",
    "method": "PATCH",
    "path": "/v2/images/{image_id}",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/openstack-images-v2.1-json-patch": "b23",
        "application/openstack-images-v2.0-json-patch": "b29"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b27"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceUploadImageFile",
    "method": "PUT",
    "path": "/v2/images/{image_id}/file",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/octet-stream": null
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "409": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceListImageMembers",
    "method": "GET",
    "path": "/v2/images/{image_id}/members",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p3",
        "query": "p7"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b16"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceAddImageMember",
    "method": "POST",
    "path": "/v2/images/{image_id}/members",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b30"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b17"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceShowImageMember",
    "method": "GET",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p14"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b17"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceUpdateImageMember",
    "method": "PUT",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b31"
      },
      "params": {
        "path": "p14"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b17"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceDeleteImageMember",
    "method": "DELETE",
    "path": "/v2/images/{image_id}/members/{member_id}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p14"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceCreateTag",
    "method": "PUT",
    "path": "/v2/images/{image_id}/tags/{tag}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p15"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceDeleteTag",
    "method": "DELETE",
    "path": "/v2/images/{image_id}/tags/{tag}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p15"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceShowImageSchema",
    "method": "GET",
    "path": "/v2/schemas/image",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b32"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceListImagesSchema",
    "method": "GET",
    "path": "/v2/schemas/images",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b32"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceShowMemberSchema",
    "method": "GET",
    "path": "/v2/schemas/member",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b32"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "glanceListMembersSchema",
    "method": "GET",
    "path": "/v2/schemas/members",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b32"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listImageByTags",
    "method": "POST",
    "path": "/v2/{project_id}/images/resource_instances/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b33"
      },
      "params": {
        "path": "p5"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b34"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listImagesTags",
    "method": "GET",
    "path": "/v2/{project_id}/images/tags",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p5"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b35"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listImageTags",
    "method": "GET",
    "path": "/v2/{project_id}/images/{image_id}/tags",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p6"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b36"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "addImageTag",
    "method": "POST",
    "path": "/v2/{project_id}/images/{image_id}/tags",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b37"
      },
      "params": {
        "path": "p6"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "batchAddOrDeleteTags",
    "method": "POST",
    "path": "/v2/{project_id}/images/{image_id}/tags/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b38"
      },
      "params": {
        "path": "p6"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "deleteImageTag",
    "method": "DELETE",
    "path": "/v2/{project_id}/images/{image_id}/tags/{key}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p16"
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "createImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b21"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "createDataImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/dataimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b0"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "importImageQuickInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/quickimport/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b22"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "copyImageInRegionInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/{image_id}/copy",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b11"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "exportImageInSafeMode",
    "method": "POST",
    "path": "/v2.1/cloudimages/{image_id}/file",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "b13"
      },
      "params": {
        "path": "p3"
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b1"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "b2"
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "listVersions",
    "method": "GET",
    "path": "/",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "b39"
        },
        "headers": null
      },
      "300": {
        "content": {
          "application/json": "b39"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  },
  {
    "operationId": "showVersion",
    "method": "GET",
    "path": "/{version}",
    "request": {
      "bodyRequired": false,
      "content": {},
      "params": {
        "path": "p17"
      }
    },
    "responses": {
      "300": {
        "content": {
          "application/json": "b39"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "b15",
          "text/plain": null
        },
        "headers": null
      }
    }
  }
];

/** The operationIds of the contract. */
export type OperationId =
  | "createDataImage"
  | "showJobProgress"
  | "batchUpdateMembers"
  | "batchAddMembers"
  | "batchDeleteMembers"
  | "listOsVersions"
  | "showImageQuota"
  | "listTags"
  | "createOrUpdateTags"
  | "createWholeImage"
  | "copyImageInRegion"
  | "copyImageCrossRegion"
  | "exportImage"
  | "registerImage"
  | "glanceV1HeadImage"
  | "showProjectImageQuota"
  | "listImageMembers"
  | "showImageMember"
  | "batchDeleteTags"
  | "showJob"
  | "glanceV1ListImagesDetail"
  | "glanceV1DeleteImage"
  | "listImages"
  | "createImage"
  | "importImageQuick"
  | "updateImage"
  | "glanceListImages"
  | "glanceCreateImageMetadata"
  | "glanceShowImage"
  | "glanceDeleteImage"
  | "glanceUpdateImage"
  | "glanceUploadImageFile"
  | "glanceListImageMembers"
  | "glanceAddImageMember"
  | "glanceShowImageMember"
  | "glanceUpdateImageMember"
  | "glanceDeleteImageMember"
  | "glanceCreateTag"
  | "glanceDeleteTag"
  | "glanceShowImageSchema"
  | "glanceListImagesSchema"
  | "glanceShowMemberSchema"
  | "glanceListMembersSchema"
  | "listImageByTags"
  | "listImagesTags"
  | "listImageTags"
  | "addImageTag"
  | "batchAddOrDeleteTags"
  | "deleteImageTag"
  | "createImageInSafeMode"
  | "createDataImageInSafeMode"
  | "importImageQuickInSafeMode"
  | "copyImageInRegionInSafeMode"
  | "exportImageInSafeMode"
  | "listVersions"
  | "showVersion";

export const contractVersion = "0.1.0";
