/* Generated from @imsjs/openapi/openapi.json by `pnpm --filter @imsjs/contract generate`. Do not edit: change spec/ and regenerate. */

import type { ContractOperation, MemberHints } from "../table.js";

const t0 = {
  "application/json": "v0"
};
const t1 = {
  "content": t0,
  "headers": null
};
const t2 = [
  "string"
];
const t3 = {
  "types": t2
};
const t4 = {
  "application/json": "v1",
  "text/plain": null
};
const t5 = {
  "content": t4,
  "headers": null
};
const t6 = {
  "application/json": "v1"
};
const t7 = {
  "content": t6,
  "headers": null
};

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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "job_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
              "items": t2
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "__imagetype": t3,
            "id": t3,
            "status": t3,
            "name": t3,
            "min_disk": {
              "types": [
                "integer"
              ]
            },
            "__platform": t3,
            "__os_type": t3,
            "member_status": t3,
            "virtual_env_type": t3,
            "enterprise_project_id": t3,
            "architecture": t3,
            "created_at": t3,
            "updated_at": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "504": t1
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
            "image_id": t3
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
            "x-image-meta-id": t3,
            "x-image-meta-name": t3,
            "x-image-meta-status": t3,
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
            "x-image-meta-container_format": t3,
            "x-image-meta-disk_format": t3,
            "x-image-meta-checksum": t3,
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
            "x-image-meta-owner": t3,
            "x-image-meta-is_public": t3,
            "x-image-meta-protected": t3,
            "x-image-meta-deleted": t3,
            "x-image-meta-created_at": t3,
            "x-image-meta-updated_at": t3,
            "x-image-meta-deleted_at": t3
          }
        }
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "project_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3
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
            "marker": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3,
            "member_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "job_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "name": t3,
            "container_format": t3,
            "disk_format": t3,
            "status": t3,
            "size_min": t3,
            "size_max": t3,
            "changes-since": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "__imagetype": t3,
            "__isregistered": t3,
            "__os_bit": t3,
            "__os_type": t3,
            "__platform": t3,
            "__support_diskintensive": t3,
            "__support_highperformance": t3,
            "__support_kvm": t3,
            "__support_kvm_gpu_type": t3,
            "__support_kvm_infiniband": t3,
            "__support_largememory": t3,
            "__support_xen": t3,
            "__support_xen_gpu_type": t3,
            "__support_xen_hana": t3,
            "container_format": t3,
            "disk_format": t3,
            "enterprise_project_id": t3,
            "id": t3,
            "limit": {
              "types": [
                "integer"
              ]
            },
            "marker": t3,
            "member_status": t3,
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
            "name": t3,
            "owner": t3,
            "protected": {
              "types": [
                "boolean"
              ]
            },
            "sort_dir": t3,
            "sort_key": t3,
            "status": t3,
            "tag": t3,
            "virtual_env_type": t3,
            "visibility": t3,
            "flavor_id": t3,
            "created_at": t3,
            "updated_at": t3,
            "architecture": t3,
            "__whole_image": {
              "types": [
                "boolean"
              ]
            },
            "__system__cmkid": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "__isregistered": t3,
            "__imagetype": t3,
            "protected": {
              "types": [
                "boolean"
              ]
            },
            "visibility": t3,
            "owner": t3,
            "id": t3,
            "status": t3,
            "name": t3,
            "container_format": t3,
            "disk_format": t3,
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
            "__os_bit": t3,
            "__platform": t3,
            "marker": t3,
            "limit": {
              "types": [
                "integer"
              ]
            },
            "sort_key": t3,
            "sort_dir": t3,
            "__os_type": t3,
            "tag": t3,
            "member_status": t3,
            "__support_kvm": t3,
            "__support_xen": t3,
            "__support_largememory": t3,
            "__support_diskintensive": t3,
            "__support_highperformance": t3,
            "__support_xen_gpu_type": t3,
            "__support_kvm_gpu_type": t3,
            "__support_xen_hana": t3,
            "__support_kvm_infiniband": t3,
            "created_at": t3,
            "updated_at": t3
          }
        },
        "header": {
          "validator": "v43",
          "coerce": {
            "x-api-version": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "409": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "504": t7
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
            "image_id": t3
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
            "marker": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3,
            "member_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3,
            "member_id": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3,
            "member_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3,
            "tag": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "image_id": t3,
            "tag": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
      "400": t5,
      "401": t5,
      "403": t5,
      "404": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "503": t5,
      "504": t7
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
            "project_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "project_id": t3,
            "image_id": t3,
            "key": t3
          }
        }
      }
    },
    "responses": {
      "204": {
        "content": {},
        "headers": null
      },
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
            "image_id": t3
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
      "400": t1,
      "401": t1,
      "403": t1,
      "404": t1,
      "429": t1,
      "500": t1,
      "502": t1,
      "503": t1,
      "504": t1
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
      "400": t5,
      "401": t5,
      "403": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "504": t7
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
            "version": t3
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
      "400": t5,
      "401": t5,
      "403": t5,
      "429": t7,
      "500": t5,
      "502": t7,
      "504": t7
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
