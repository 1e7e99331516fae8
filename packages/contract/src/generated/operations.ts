/* Generated from @imsjs/openapi/openapi.json by `pnpm --filter @imsjs/contract generate`. Do not edit: change spec/ and regenerate. */

import type { ContractOperation, MemberHints } from "../table.js";

/** Every operation of the contract with the names of its precompiled validators. */
export const operations: readonly ContractOperation[] = [
  {
    "operationId": "createDataImage",
    "method": "POST",
    "path": "/v1/cloudimages/dataimages/action",
    "request": {
      "bodyRequired": true,
      "content": {
        "application/json": "v11"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v23",
          "coerce": {
            "job_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v12"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v24"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v13"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v13"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "query": {
          "validator": "v25",
          "coerce": {
            "tag": {
              "types": [
                "array"
              ],
              "items": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v26"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
          "application/json": "v14"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "query": {
          "validator": "v27",
          "coerce": {
            "limit": {
              "types": [
                "integer"
              ]
            },
            "page": {
              "types": [
                "integer"
              ]
            },
            "__imagetype": {
              "types": [
                "string"
              ]
            },
            "id": {
              "types": [
                "string"
              ]
            },
            "status": {
              "types": [
                "string"
              ]
            },
            "name": {
              "types": [
                "string"
              ]
            },
            "min_disk": {
              "types": [
                "integer"
              ]
            },
            "__platform": {
              "types": [
                "string"
              ]
            },
            "__os_type": {
              "types": [
                "string"
              ]
            },
            "member_status": {
              "types": [
                "string"
              ]
            },
            "virtual_env_type": {
              "types": [
                "string"
              ]
            },
            "enterprise_project_id": {
              "types": [
                "string"
              ]
            },
            "architecture": {
              "types": [
                "string"
              ]
            },
            "created_at": {
              "types": [
                "string"
              ]
            },
            "updated_at": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v28"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v29"
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
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v30"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v15"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v31"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v16"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v32"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {},
        "headers": {
          "validator": "v33",
          "coerce": {
            "x-image-meta-id": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-name": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-status": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-size": {
              "types": [
                "integer"
              ]
            },
            "x-image-meta-virtual_size": {
              "types": [
                "integer"
              ]
            },
            "x-image-meta-container_format": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-disk_format": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-checksum": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-min_disk": {
              "types": [
                "integer"
              ]
            },
            "x-image-meta-min_ram": {
              "types": [
                "integer"
              ]
            },
            "x-image-meta-owner": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-is_public": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-protected": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-deleted": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-created_at": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-updated_at": {
              "types": [
                "string"
              ]
            },
            "x-image-meta-deleted_at": {
              "types": [
                "string"
              ]
            }
          }
        }
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v7",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v14"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v4",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        },
        "query": {
          "validator": "v17",
          "coerce": {
            "limit": {
              "types": [
                "integer"
              ]
            },
            "marker": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v18"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v34",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            },
            "member_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v5"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v35"
      },
      "params": {
        "path": {
          "validator": "v4",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v36",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "job_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v12"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "query": {
          "validator": "v37",
          "coerce": {
            "name": {
              "types": [
                "string"
              ]
            },
            "container_format": {
              "types": [
                "string"
              ]
            },
            "disk_format": {
              "types": [
                "string"
              ]
            },
            "status": {
              "types": [
                "string"
              ]
            },
            "size_min": {
              "types": [
                "string"
              ]
            },
            "size_max": {
              "types": [
                "string"
              ]
            },
            "changes-since": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v38"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {},
        "headers": null
      },
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "query": {
          "validator": "v39",
          "coerce": {
            "__imagetype": {
              "types": [
                "string"
              ]
            },
            "__isregistered": {
              "types": [
                "string"
              ]
            },
            "__os_bit": {
              "types": [
                "string"
              ]
            },
            "__os_type": {
              "types": [
                "string"
              ]
            },
            "__platform": {
              "types": [
                "string"
              ]
            },
            "__support_diskintensive": {
              "types": [
                "string"
              ]
            },
            "__support_highperformance": {
              "types": [
                "string"
              ]
            },
            "__support_kvm": {
              "types": [
                "string"
              ]
            },
            "__support_kvm_gpu_type": {
              "types": [
                "string"
              ]
            },
            "__support_kvm_infiniband": {
              "types": [
                "string"
              ]
            },
            "__support_largememory": {
              "types": [
                "string"
              ]
            },
            "__support_xen": {
              "types": [
                "string"
              ]
            },
            "__support_xen_gpu_type": {
              "types": [
                "string"
              ]
            },
            "__support_xen_hana": {
              "types": [
                "string"
              ]
            },
            "container_format": {
              "types": [
                "string"
              ]
            },
            "disk_format": {
              "types": [
                "string"
              ]
            },
            "enterprise_project_id": {
              "types": [
                "string"
              ]
            },
            "id": {
              "types": [
                "string"
              ]
            },
            "limit": {
              "types": [
                "integer"
              ]
            },
            "marker": {
              "types": [
                "string"
              ]
            },
            "member_status": {
              "types": [
                "string"
              ]
            },
            "min_disk": {
              "types": [
                "integer"
              ]
            },
            "min_ram": {
              "types": [
                "integer"
              ]
            },
            "name": {
              "types": [
                "string"
              ]
            },
            "owner": {
              "types": [
                "string"
              ]
            },
            "protected": {
              "types": [
                "boolean"
              ]
            },
            "sort_dir": {
              "types": [
                "string"
              ]
            },
            "sort_key": {
              "types": [
                "string"
              ]
            },
            "status": {
              "types": [
                "string"
              ]
            },
            "tag": {
              "types": [
                "string"
              ]
            },
            "virtual_env_type": {
              "types": [
                "string"
              ]
            },
            "visibility": {
              "types": [
                "string"
              ]
            },
            "flavor_id": {
              "types": [
                "string"
              ]
            },
            "created_at": {
              "types": [
                "string"
              ]
            },
            "updated_at": {
              "types": [
                "string"
              ]
            },
            "architecture": {
              "types": [
                "string"
              ]
            },
            "__whole_image": {
              "types": [
                "boolean"
              ]
            },
            "__system__cmkid": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v40"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v19"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v20"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v21"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v41"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "query": {
          "validator": "v42",
          "coerce": {
            "__isregistered": {
              "types": [
                "string"
              ]
            },
            "__imagetype": {
              "types": [
                "string"
              ]
            },
            "protected": {
              "types": [
                "boolean"
              ]
            },
            "visibility": {
              "types": [
                "string"
              ]
            },
            "owner": {
              "types": [
                "string"
              ]
            },
            "id": {
              "types": [
                "string"
              ]
            },
            "status": {
              "types": [
                "string"
              ]
            },
            "name": {
              "types": [
                "string"
              ]
            },
            "container_format": {
              "types": [
                "string"
              ]
            },
            "disk_format": {
              "types": [
                "string"
              ]
            },
            "min_ram": {
              "types": [
                "integer"
              ]
            },
            "min_disk": {
              "types": [
                "integer"
              ]
            },
            "__os_bit": {
              "types": [
                "string"
              ]
            },
            "__platform": {
              "types": [
                "string"
              ]
            },
            "marker": {
              "types": [
                "string"
              ]
            },
            "limit": {
              "types": [
                "integer"
              ]
            },
            "sort_key": {
              "types": [
                "string"
              ]
            },
            "sort_dir": {
              "types": [
                "string"
              ]
            },
            "__os_type": {
              "types": [
                "string"
              ]
            },
            "tag": {
              "types": [
                "string"
              ]
            },
            "member_status": {
              "types": [
                "string"
              ]
            },
            "__support_kvm": {
              "types": [
                "string"
              ]
            },
            "__support_xen": {
              "types": [
                "string"
              ]
            },
            "__support_largememory": {
              "types": [
                "string"
              ]
            },
            "__support_diskintensive": {
              "types": [
                "string"
              ]
            },
            "__support_highperformance": {
              "types": [
                "string"
              ]
            },
            "__support_xen_gpu_type": {
              "types": [
                "string"
              ]
            },
            "__support_kvm_gpu_type": {
              "types": [
                "string"
              ]
            },
            "__support_xen_hana": {
              "types": [
                "string"
              ]
            },
            "__support_kvm_infiniband": {
              "types": [
                "string"
              ]
            },
            "created_at": {
              "types": [
                "string"
              ]
            },
            "updated_at": {
              "types": [
                "string"
              ]
            }
          }
        },
        "header": {
          "validator": "v43",
          "coerce": {
            "x-api-version": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v44"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/json": "v45"
      },
      "params": {}
    },
    "responses": {
      "201": {
        "content": {
          "application/json": "v8"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v8"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/json": "v46"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/openstack-images-v2.1-json-patch": "v21",
        "application/openstack-images-v2.0-json-patch": "v47"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v8"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "409": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        },
        "query": {
          "validator": "v17",
          "coerce": {
            "limit": {
              "types": [
                "integer"
              ]
            },
            "marker": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v18"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/json": "v48"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v5"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v9",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            },
            "member_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v5"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/json": "v49"
      },
      "params": {
        "path": {
          "validator": "v9",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            },
            "member_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v5"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v9",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            },
            "member_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v22",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            },
            "tag": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v22",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            },
            "tag": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
          "application/json": "v6"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
          "application/json": "v6"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
          "application/json": "v6"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
          "application/json": "v6"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "application/json": "v50"
      },
      "params": {
        "path": {
          "validator": "v7",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v51"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v7",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v52"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v4",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v53"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v54"
      },
      "params": {
        "path": {
          "validator": "v4",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v55"
      },
      "params": {
        "path": {
          "validator": "v4",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "path": {
          "validator": "v56",
          "coerce": {
            "project_id": {
              "types": [
                "string"
              ]
            },
            "image_id": {
              "types": [
                "string"
              ]
            },
            "key": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v19"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v11"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v20"
      },
      "params": {}
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v15"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
        "application/json": "v16"
      },
      "params": {
        "path": {
          "validator": "v3",
          "coerce": {
            "image_id": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "200": {
        "content": {
          "application/json": "v2"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "404": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "503": {
        "content": {
          "application/json": "v0"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v0"
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
          "application/json": "v10"
        },
        "headers": null
      },
      "300": {
        "content": {
          "application/json": "v10"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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
        "path": {
          "validator": "v57",
          "coerce": {
            "version": {
              "types": [
                "string"
              ]
            }
          }
        }
      }
    },
    "responses": {
      "300": {
        "content": {
          "application/json": "v10"
        },
        "headers": null
      },
      "400": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "401": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "403": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "429": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "500": {
        "content": {
          "application/json": "v1",
          "text/plain": null
        },
        "headers": null
      },
      "502": {
        "content": {
          "application/json": "v1"
        },
        "headers": null
      },
      "504": {
        "content": {
          "application/json": "v1"
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

/** Per body validator: what its errors cannot say about members, for messages. */
export const memberHints: Readonly<Record<string, MemberHints>> = {"v29":{"oneOf":[[["tag"],["image_tag"]]]},"v16":{"not":[["file_format"]]},"v47":{"oneOf":[[["replace"],["add"],["remove"]]]}};

/** The server URLs the contract names (document, path and operation `servers`), `{variables}` kept. */
export const contractServers: readonly string[] = ["https://ims.{region}.myhuaweicloud.com"];
