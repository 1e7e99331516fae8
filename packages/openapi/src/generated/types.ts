/* Generated from spec/ by `pnpm generate`. Do not edit: change spec/ and regenerate. */

export interface paths {
    "/v1/cloudimages/dataimages/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a data disk image from a file
         * @description Starts a job that makes a data disk image from an image file in OBS.
         */
        post: operations["createDataImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asynchronous job ID returned by the call that started the job. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Show a job and its progress
         * @description Reports an asynchronous job: its state (`INIT`, `RUNNING`, `SUCCESS` or `FAIL`), its
         *     progress in `entities.process_percent`, and its results (such as `entities.image_id`).
         *     This is the current job API; it needs no project ID in the path.
         */
        get: operations["showJobProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Accept or reject shared images
         * @description Starts a job that records the recipient project's answer (`accepted` or `rejected`) to images
         *     shared with it. Accepting a full-ECS image made from a CBR backup needs `vault_id`.
         */
        put: operations["batchUpdateMembers"];
        /**
         * Share images
         * @description Starts a job that shares private images with projects, accounts (`domains`) or organizations.
         */
        post: operations["batchAddMembers"];
        /**
         * Stop sharing images
         * @description Starts a job that stops sharing images with the listed members; the body travels with the DELETE.
         */
        delete: operations["batchDeleteMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/os_version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List supported OS versions
         * @description Lists the OS versions IMS can make images of in this region, grouped by platform. The answer
         *     is a JSON array, not an object. Filter with `tag` (repeat it to combine filters).
         */
        get: operations["listOsVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show image quotas
         * @description Shows the caller's quotas and usage of private images, shared images and image recipients in
         *     the region.
         */
        get: operations["showImageQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags of matching images
         * @description Lists the `key.value` tags of the caller's images that match the filters. Paging is by `page`
         *     and `limit`; without `limit` every tag comes back.
         */
        get: operations["listTags"];
        /**
         * Add or change one image tag
         * @description Adds one tag to an image, or changes the value of an existing key. Give the tag either as a
         *     `key.value` string (`tag`) or as a key/value pair (`image_tag`).
         */
        put: operations["createOrUpdateTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/wholeimages/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a full-ECS image
         * @description Starts a job that makes an image of a whole ECS (system and data disks), either from the ECS
         *     itself (`instance_id`, with `vault_id` for the CBR backup it makes) or from an existing CBR or
         *     CSBS backup (`backup_id`).
         */
        post: operations["createWholeImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/{image_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy an image in the region
         * @description Starts a job that copies a private image within the region, for example to encrypt it
         *     (`cmk_id`) or to move it to another enterprise project.
         */
        post: operations["copyImageInRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/{image_id}/cross_region_copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy an image to another region
         * @description Starts a job that copies a private image to a project in another region, through an IAM agency
         *     that lets IMS act there.
         */
        post: operations["copyImageCrossRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export an image
         * @description Starts a job that writes a private image to an OBS bucket as a file of the chosen format.
         */
        post: operations["exportImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cloudimages/{image_id}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Register an image file
         * @description Starts a job that attaches an image file in OBS to image metadata made with
         *     `glanceCreateImageMetadata`; the image becomes `active` when the job succeeds.
         */
        put: operations["registerImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Show image metadata as headers (v1)
         * @deprecated
         * @description The v1 image query: no body, the attributes come back as `X-Image-Meta-*` headers (custom
         *     attributes as `X-Image-Meta-Property-*`). Deprecated: use `listImages` with `id`.
         */
        head: operations["glanceV1HeadImage"];
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/cloudimages/quota": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show image quotas of a project
         * @description The project-scoped form of `showImageQuota`, with the same answer. It is documented but not in
         *     the SDKs.
         */
        get: operations["showProjectImageQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/cloudimages/{image_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List the members of an image
         * @description Lists who an image is shared with. Paging is by `marker` and `limit`: pass the previous page's
         *     `page_info.next_marker` as `marker`.
         */
        get: operations["listImageMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/cloudimages/{image_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /**
         * Show an image member
         * @description Shows one member of a shared image and its answer.
         */
        get: operations["showImageMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/cloudimages/{image_id}/tags/delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete image tags in a batch
         * @description Deletes several key/value tags of one image; the tags travel in the body of the DELETE, and
         *     a tag may name its key alone. Repeating the call has the same effect.
         */
        delete: operations["batchDeleteTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The asynchronous job ID returned by the call that started the job. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Show a job (older API)
         * @deprecated
         * @description The older job query, scoped by project. Deprecated: the newest revision of the docs moves it
         *     to the historical APIs; use `showJobProgress` (`GET /v1/cloudimages/job/{job_id}`) instead,
         *     which answers the same fields plus progress.
         */
        get: operations["showJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.1/images/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images with details (v1.1)
         * @deprecated
         * @description The v1.1 OpenStack image list. Deprecated, like the whole v1 API: use `listImages`
         *     (`GET /v2/cloudimages`).
         */
        get: operations["glanceV1ListImagesDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an image (v1.1)
         * @deprecated
         * @description Marks an image deleted through the v1.1 API. Deprecated: use `glanceDeleteImage`
         *     (`DELETE /v2/images/{image_id}`).
         */
        delete: operations["glanceV1DeleteImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cloudimages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images
         * @description Lists the images the caller can see (public, private, shared and marketplace), filtered by
         *     any combination of the query parameters. Paging is by `marker` and `limit`: pass the ID of
         *     the last image of a page as `marker` to get the next one; a short page is the last. The
         *     `created_at` and `updated_at` filters take `operator:time`.
         */
        get: operations["listImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cloudimages/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an image
         * @description Starts a job that makes a private image from an ECS (system disk, or data disks through
         *     `data_images`), from an image file in OBS, or from a data disk. Poll the returned
         *     `job_id` with `showJobProgress`; the job's `entities.image_id` is the new image.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cloudimages/quickimport/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an image file quickly
         * @description Starts a job that imports a large RAW (with its bitmap file) or ZVHD2 file from OBS as is,
         *     as an ECS or BMS system disk image or as a data disk image (`type: DataImage`).
         */
        post: operations["importImageQuick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cloudimages/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an image
         * @description Changes attributes of an active private image with a list of `{op, path, value}`
         *     changes (`add`, `replace` or `remove`), and answers with the whole updated image. Unlike
         *     the Glance PATCH, IMS takes plain `application/json` here.
         */
        patch: operations["updateImage"];
        trace?: never;
    };
    "/v2/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images (OpenStack)
         * @deprecated
         * @description The OpenStack image API's image list, with IMS's `__` filters. Paging follows Glance: pass the
         *     last image ID as `marker` or follow `next` until it is absent. Deprecated: use `listImages`
         *     (`GET /v2/cloudimages`).
         */
        get: operations["glanceListImages"];
        put?: never;
        /**
         * Create image metadata
         * @description Makes an image record in state `queued`, without a file. Give it a file with `registerImage`
         *     (from OBS) or, for small files, `glanceUploadImageFile`. Every field is optional.
         */
        post: operations["glanceCreateImageMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Show an image (OpenStack)
         * @deprecated
         * @description Shows one public or private image. Deprecated: use `listImages` with `id`.
         */
        get: operations["glanceShowImage"];
        put?: never;
        post?: never;
        /**
         * Delete an image
         * @description Deletes one of the caller's private images; with `delete_backup` also the CSBS/CBR backup of a
         *     full-ECS image. The optional options travel in the body of the DELETE.
         */
        delete: operations["glanceDeleteImage"];
        options?: never;
        head?: never;
        /**
         * Update an image (OpenStack)
         * @deprecated
         * @description Changes the name, `__description` or custom attributes of an image with a JSON-patch list.
         *     It takes `application/openstack-images-v2.1-json-patch` (`{op, path, value}`) or the older
         *     `application/openstack-images-v2.0-json-patch` (`{replace: path, value}`). Deprecated: use
         *     `updateImage` (`PATCH /v2/cloudimages/{image_id}`).
         */
        patch: operations["glanceUpdateImage"];
        trace?: never;
    };
    "/v2/images/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upload an image file
         * @deprecated
         * @description Uploads the file of an image made with `glanceCreateImageMetadata` (under 2 GB; use token
         *     auth, since signed requests are limited to 12 MB). The image becomes `active`. Deprecated: use
         *     `createImage` from a file in OBS, or `registerImage` for large files.
         */
        put: operations["glanceUploadImageFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List the members of an image (OpenStack)
         * @description Lists the projects an image is shared with. Paging is by `limit` and `marker`: pass the previous
         *     page's `page_info.next_marker` (opaque, Base64) as `marker`.
         */
        get: operations["glanceListImageMembers"];
        put?: never;
        /**
         * Share an image with a project (OpenStack)
         * @deprecated
         * @description Shares a private image with one project. Deprecated: use `batchAddMembers`.
         */
        post: operations["glanceAddImageMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /**
         * Show an image member (OpenStack)
         * @description Shows one project an image is shared with, and its answer.
         */
        get: operations["glanceShowImageMember"];
        /**
         * Accept or reject a shared image (OpenStack)
         * @deprecated
         * @description Records the recipient's answer to one shared image. Deprecated: use `batchUpdateMembers`.
         */
        put: operations["glanceUpdateImageMember"];
        post?: never;
        /**
         * Stop sharing an image with a project (OpenStack)
         * @deprecated
         * @description Stops sharing an image with one project. Deprecated: use `batchDeleteMembers`.
         */
        delete: operations["glanceDeleteImageMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag; it must not contain `=`. */
                tag: components["parameters"]["GlanceTag"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Add an image tag (OpenStack)
         * @deprecated
         * @description Adds a tag (a key only) to an image. Deprecated: use `createOrUpdateTags` or `addImageTag`.
         */
        put: operations["glanceCreateTag"];
        post?: never;
        /**
         * Delete an image tag (OpenStack)
         * @deprecated
         * @description Removes a tag from a private image. Deprecated: use `deleteImageTag` or `batchAddOrDeleteTags`.
         */
        delete: operations["glanceDeleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the schema of an image
         * @description Answers the JSON schema Glance publishes for an image: its attributes and their types.
         */
        get: operations["glanceShowImageSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the schema of the image list
         * @description Answers the JSON schema Glance publishes for the image list: its attributes and their types.
         */
        get: operations["glanceListImagesSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the schema of an image member
         * @description Answers the JSON schema Glance publishes for an image member: its attributes and their types.
         */
        get: operations["glanceShowMemberSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the schema of the member list
         * @description Answers the JSON schema Glance publishes for the member list: its attributes and their types.
         */
        get: operations["glanceListMembersSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images/resource_instances/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find or count images by tags
         * @description Finds images by tag conditions (`action: filter`, paged by `offset` and `limit`) or counts
         *     them (`action: count`, which answers only `total_count`).
         */
        post: operations["listImageByTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List tag keys and values of the project
         * @description Lists every tag key used on the project's images, with the values each key has.
         */
        get: operations["listImagesTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images/{image_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List the tags of an image
         * @description Lists the key/value tags of one image.
         */
        get: operations["listImageTags"];
        put?: never;
        /**
         * Add an image tag
         * @description Adds one key/value tag to an image, or changes its value if the key is there.
         */
        post: operations["addImageTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images/{image_id}/tags/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or delete image tags in a batch
         * @description Adds (or changes the values of) several key/value tags of one image at once, or deletes them.
         *     Repeating the call has the same effect.
         */
        post: operations["batchAddOrDeleteTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images/{image_id}/tags/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag key to delete. */
                key: components["parameters"]["TagKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an image tag
         * @description Deletes one tag of an image by key. Deleting a key the image does not have answers 404.
         */
        delete: operations["deleteImageTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/cloudimages/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an image (v2.1)
         * @description The v2.1 twin of `createImage`: same body and answer, but the service checks that the caller
         *     may use the KMS key of an encrypted image. Prefer it for encrypted images.
         */
        post: operations["createImageInSafeMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/cloudimages/dataimages/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a data disk image from a file (v2.1)
         * @description The v2.1 twin of `createDataImage`, with the KMS permission check.
         *     Starts a job that makes a data disk image from an image file in OBS.
         */
        post: operations["createDataImageInSafeMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/cloudimages/quickimport/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an image file quickly (v2.1)
         * @description The v2.1 twin of `importImageQuick`, with the KMS permission check.
         *     Starts a job that imports a large RAW (with its bitmap file) or ZVHD2 file from OBS as is,
         *     as an ECS or BMS system disk image or as a data disk image (`type: DataImage`).
         */
        post: operations["importImageQuickInSafeMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/cloudimages/{image_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy an image in the region (v2.1)
         * @description The v2.1 twin of `copyImageInRegion`, with the KMS permission check.
         *     Starts a job that copies a private image within the region, for example to encrypt it
         *     (`cmk_id`) or to move it to another enterprise project.
         */
        post: operations["copyImageInRegionInSafeMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/cloudimages/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export an image (v2.1)
         * @description The v2.1 twin of `exportImage`, with the KMS permission check.
         *     Starts a job that writes a private image to an OBS bucket as a file of the chosen format.
         */
        post: operations["exportImageInSafeMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API versions
         * @description Lists the versions of the OpenStack image API the endpoint offers. The docs answer with
         *     300 (Multiple Choices); the SDKs expect 200, so both are described.
         */
        get: operations["listVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API version, e.g. `v2.0`. */
                version: components["parameters"]["ApiVersion"];
            };
            cookie?: never;
        };
        /**
         * Show an API version
         * @description Shows one version of the OpenStack image API, such as `v2.0`. It answers 300 (Multiple Choices).
         */
        get: operations["showVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A key/value tag to add to an image, as IMS's tag calls and image-creating calls take it (Image Tag Format, ims_03_0902); a request-only schema, as answers may carry longer tags made through TMS. */
        ResourceTag: {
            key: string;
            value: string;
        };
        /** @description Makes a data disk image from an image file in OBS. */
        CreateDataImageRequest: {
            /** @description Image name: 1 to 128 characters. */
            name: string;
            /** @description Image description. */
            description?: string;
            /** @description The image file in OBS, as `bucket:file`. */
            image_url: string;
            /** @description Minimum data disk in GB. */
            min_disk: number;
            /**
             * @description OS the data disk will be attached to.
             * @default Linux
             * @enum {string}
             */
            os_type?: "Linux" | "Windows";
            /** @description KMS key to encrypt the image with. */
            cmk_id?: string;
            /** @description Enterprise project the image belongs to; `0` (the default) is the default project. */
            enterprise_project_id?: string;
            /** @description Tags as `key.value` strings; use either `tags` or `image_tags`. */
            tags?: string[];
            /** @description Tags as key/value pairs; use either `tags` or `image_tags`. */
            image_tags?: components["schemas"]["ResourceTag"][];
        };
        /** @description The answer of a call that started an asynchronous job. */
        JobIdResponse: {
            /** @description Poll it with `showJobProgress`. */
            job_id: string;
        };
        /**
         * @description The error body of IMS's own (non-OpenStack) operations: IMS's `{error: {code, message}}`, or,
         *     when API Gateway in front of IMS refuses the call (authentication, signature, throttling, an
         *     unknown API), the gateway's `{error_code, error_msg, request_id}` with an `APIGW.` code. Any
         *     operation can get either.
         */
        ImsError: {
            error: {
                /**
                 * @description IMS error code such as `IMG.0024`.
                 * @example IMG.0024
                 */
                code: string;
                /** @description Human-readable explanation. */
                message: string;
            };
        } | {
            /**
             * @description API Gateway error code such as `APIGW.0301` (bad credentials) or `APIGW.0308` (throttled).
             * @example APIGW.0301
             */
            error_code: string;
            /** @description Human-readable explanation. */
            error_msg: string;
            /** @description The gateway's ID of the request. */
            request_id?: string;
        };
        /**
         * @description Job state. `INIT` and `RUNNING` are transient; `SUCCESS` and `FAIL` are final. Read
         *     tolerantly: an unknown value is passed through rather than rejected.
         *     Known values: `INIT`, `RUNNING`, `SUCCESS`, `FAIL` (others may appear).
         */
        JobStatus: string;
        /** @description The outcome of one sub-job of a batch job. */
        SubJobResult: {
            job_id?: string;
            job_type?: string;
            status?: components["schemas"]["JobStatus"];
            begin_time?: string | null;
            /** @description Absent (`null`) until the sub-job has finished. */
            end_time?: string | null;
            error_code?: string | null;
            fail_reason?: string | null;
            entities?: {
                image_id?: string;
                image_name?: string;
            };
        };
        /** @description Job results and progress; which members are present depends on the job type. */
        JobEntities: {
            /** @description The ID of the image the job created or changed. */
            image_id?: string;
            image_name?: string;
            current_task?: string;
            /** @description Progress from 0 to 1 (or to 100 on some job types). */
            process_percent?: number;
            subJobId?: string;
            sub_jobs_list?: string[];
            sub_jobs_result?: components["schemas"]["SubJobResult"][];
            /** @description Per-project results of a member (sharing) job. */
            results?: {
                image_id?: string;
                project_id?: string;
                status?: string;
            }[];
            error?: string;
            error_code?: string;
            addition_error_code?: string;
            addition_error_msg?: string;
            alarm_code?: string;
        };
        /** @description An asynchronous IMS job. */
        Job: {
            job_id: string;
            /**
             * @description What the job does, for example `imsCreateImageByInstance` or `imsCrossRegionCopyImageJob`.
             *     Known values: `imsCreateImageByInstance`, `imsImportImageJob`, `imsImportOvaImageJob`, `imsVolumeCreateImageJob`, `imsVolumesToSysDataImagesJob`, `imsImportDataImageJob`, `imsCreateWholeImageByInstanceJob`, `imsCreateWholeImageByBackupJob`, `imsNativeImportImageJob`, `imsNativeExportImageJob`, `imsAddImageMembersJob`, `imsDelImageMembersJob`, `imsUpdateImageMembersJob`, `imsCopyImageInRegionJob`, `imsCrossRegionCopyImageJob` (others may appear).
             */
            job_type?: string;
            status: components["schemas"]["JobStatus"];
            begin_time?: string | null;
            end_time?: string | null;
            error_code?: string | null;
            fail_reason?: string | null;
            entities?: components["schemas"]["JobEntities"];
        };
        /** @description A recipient's answer to images shared with its project. */
        UpdateImageMembersRequest: {
            /** @description Image IDs. */
            images: string[];
            /** @description The recipient project. */
            project_id: string;
            /** @enum {string} */
            status: "accepted" | "rejected";
            /** @description CBR vault for a full-ECS image made from a CBR backup; needed to accept one. */
            vault_id?: string;
        };
        /** @description Images and the projects, accounts or organizations they are or were shared with (at least one kind). */
        ImageMembersRequest: {
            /** @description Image IDs. */
            images: string[];
            /** @description Project IDs. */
            projects?: string[];
            /** @description Account (domain) IDs. */
            domains?: string[];
            /** @description Organization URNs. */
            organizations?: string[];
        } & ({
            /** @description Project IDs. */
            projects: string[];
        } | {
            /** @description Account (domain) IDs. */
            domains: string[];
        } | {
            /** @description Organization URNs. */
            organizations: string[];
        });
        /** @description One OS version IMS can make images of. */
        OsVersion: {
            /** @description Key to pass as `os_version`. */
            os_version_key: string;
            /** @description Display name of the version. */
            os_version?: string;
            /** @description OS distribution, e.g. `CentOS`. */
            platform: string;
            /**
             * @description OS family.
             *     Known values: `Linux`, `Windows`, `Other` (others may appear).
             */
            os_type?: string;
            /**
             * @description 32 or 64 (a number here, unlike image flags).
             *     Known values: `32`, `64` (others may appear).
             */
            os_bit?: number;
        };
        /** @description The OS versions of one platform. */
        OsVersionGroup: {
            /** @description OS distribution. */
            platform: string;
            version_list: components["schemas"]["OsVersion"][];
        };
        /** @description Quota and usage of one kind of resource. */
        QuotaResource: {
            /**
             * @description Private images, shared images or image recipients.
             *     Known values: `image`, `image_shared`, `image_member` (others may appear).
             */
            type: string;
            /** @description How many are in use. */
            used: number;
            /** @description How many are allowed. */
            quota: number;
            /** @description Lowest quota that can be set. */
            min?: number;
            /** @description Highest quota that can be set. */
            max?: number;
        };
        /** @description The caller's image quotas in the region. */
        ImageQuota: {
            quotas: {
                resources: components["schemas"]["QuotaResource"][];
            };
        };
        /** @description One tag to add to an image or change on it, as a `key.value` string or a key/value pair. */
        CreateOrUpdateTagsRequest: {
            /**
             * Format: uuid
             * @description The image to tag.
             */
            image_id: string;
            /** @description The tag as `key.value`. */
            tag?: string;
            image_tag?: components["schemas"]["ResourceTag"];
        } & ({
            /** @description The tag as `key.value`. */
            tag: string;
        } | {
            image_tag: components["schemas"]["ResourceTag"];
        });
        /** @description Makes a full-ECS image (system and data disks) from an ECS or from a CBR/CSBS backup. */
        CreateWholeImageRequest: {
            /** @description Image name: 1 to 128 characters. */
            name: string;
            /** @description Image description. */
            description?: string;
            /** @description ECS to make the image from. */
            instance_id?: string;
            /** @description CBR or CSBS backup to make the image from. */
            backup_id?: string;
            /**
             * @description Kind of backup `backup_id` names.
             * @enum {string}
             */
            whole_image_type?: "CBR" | "CSBS";
            /** @description CBR vault that keeps the backup made from the ECS. */
            vault_id?: string;
            /** @description Minimum memory in MB. */
            min_ram?: number;
            /** @description Maximum memory in MB. */
            max_ram?: number;
            /** @description Enterprise project the image belongs to; `0` (the default) is the default project. */
            enterprise_project_id?: string;
            /** @description Tags as `key.value` strings; use either `tags` or `image_tags`. */
            tags?: string[];
            /** @description Tags as key/value pairs; use either `tags` or `image_tags`. */
            image_tags?: components["schemas"]["ResourceTag"][];
        } & ({
            /** @description ECS to make the image from. */
            instance_id: string;
        } | {
            /** @description CBR or CSBS backup to make the image from. */
            backup_id: string;
        });
        /** @description The copy to make in the same region; with `cmk_id` the copy is encrypted. */
        CopyImageInRegionRequest: {
            /** @description Image name: 1 to 128 characters. */
            name: string;
            /** @description Image description. */
            description?: string;
            /** @description KMS key to encrypt the copy with. */
            cmk_id?: string;
            /** @description Enterprise project the image belongs to; `0` (the default) is the default project. */
            enterprise_project_id?: string;
        };
        /** @description The copy to make in another region, through an IAM agency. */
        CopyImageCrossRegionRequest: {
            /** @description Image name: 1 to 128 characters. */
            name: string;
            /** @description Image description. */
            description?: string;
            /** @description Target region, e.g. `cn-north-4`. */
            region: string;
            /** @description Target project name in that region. */
            project_name: string;
            /** @description IAM agency that lets IMS act in the target project. */
            agency_name: string;
            /** @description CBR vault in the target region, for full-ECS images. */
            vault_id?: string;
        };
        /** @description Where and how to export an image file. A quick export keeps the stored format, so it takes no `file_format`. */
        ExportImageRequest: {
            /** @description Target in OBS, as `bucket:file`. */
            bucket_url: string;
            /**
             * @description Format of the exported file; required unless `is_quick_export` is true, and refused with it.
             * @enum {string}
             */
            file_format?: "qcow2" | "vhd" | "zvhd" | "vmdk";
            /** @description Export the image as it is stored, without conversion. */
            is_quick_export?: boolean;
        };
        /** @description Points image metadata made with `glanceCreateImageMetadata` at its file in OBS. */
        RegisterImageRequest: {
            /** @description The image file in OBS, as `bucket:file`. */
            image_url: string;
        };
        /**
         * @description A flag of the v1 image API's `X-Image-Meta-*` headers. Glance writes it as Python prints a
         *     boolean (`True`, `False`); the lowercase spellings are accepted too. It stays text in the
         *     generated types, since that is what a caller reads from the header.
         * @enum {string}
         */
        GlanceV1HeaderBoolean: "True" | "False" | "true" | "false";
        /** @description The JSON error body of the OpenStack-native operations: Glance's own `{code, title, message}`, the IMS `{error: {code, message}}` when the IMS layer answers, or API Gateway's `{error_code, error_msg, request_id}` when the gateway refuses the call (authentication, signature). Read tolerantly. */
        OpenStackError: {
            /** @description HTTP status (e.g. `404 Not Found` or `404`) or an IMS code. */
            code?: string | number;
            /** @description Short status text, e.g. `Not Found`. */
            title?: string;
            /** @description Human-readable explanation. */
            message?: string;
            error?: {
                code?: string | number;
                message?: string;
                title?: string;
            };
            /** @description API Gateway error code such as `APIGW.0301` (bad credentials). */
            error_code?: string;
            /** @description API Gateway's explanation. */
            error_msg?: string;
            /** @description The gateway's ID of the request. */
            request_id?: string;
        };
        /** @description A project, account or organization an image is shared with, and its answer. */
        ImageMember: {
            /** @description The member: a project ID, account ID or organization URN. */
            member_id: string;
            /** @description The shared image. */
            image_id?: string;
            /**
             * @description The member's answer.
             *     Known values: `pending`, `accepted`, `rejected` (others may appear).
             */
            status: string;
            /**
             * @description Kind of member.
             *     Known values: `project`, `domain`, `organization` (others may appear).
             */
            member_type?: string;
            /** @description The organization URN; only for organization members. */
            urn?: string | null;
            /** @description Relative URL of the member schema. */
            schema?: string;
            /** @description When the image was shared. */
            created_at?: string;
            /** @description When the member last answered. */
            updated_at?: string;
        };
        /** @description Where the next page starts; no `next_marker` on the last page. */
        PageInfo: {
            /** @description Opaque marker of the next page. */
            next_marker?: string;
            /** @description Members on this page. */
            current_count?: number;
        };
        /** @description One page of the members of an image. */
        ImageMemberList: {
            members: components["schemas"]["ImageMember"][];
            /** @description Relative URL of the member list schema. */
            schema?: string;
            /** @description Paging state. The docs describe an object; API Explorer's example sends a list of one. */
            page_info?: components["schemas"]["PageInfo"] | components["schemas"]["PageInfo"][];
        };
        /** @description A key/value tag as the batch tag calls take it; a delete may name the key alone, and IMS does not compare the value then. A tag to add must also fit `ResourceTag`. */
        ResourceTagOptionalValue: {
            key: string;
            value?: string;
        };
        /** @description An image as the v1.1 OpenStack image API reports it. */
        GlanceV1Image: {
            id: string;
            name?: string | null;
            /** @description Known values: `queued`, `saving`, `active`, `killed`, `deleted`, `pending_delete` (others may appear). */
            status?: string;
            is_public?: boolean;
            protected?: boolean;
            deleted?: boolean;
            deleted_at?: string | null;
            created_at?: string;
            updated_at?: string | null;
            container_format?: string | null;
            disk_format?: string | null;
            min_disk?: number;
            min_ram?: number;
            size?: number | null;
            virtual_size?: number | null;
            checksum?: string | null;
            owner?: string | null;
            /** @description Custom attributes (`__os_version`, `__platform`, …) as strings. */
            properties?: {
                [key: string]: string;
            };
        };
        /** @description Images with their details (v1.1). */
        GlanceV1ImageList: {
            images: components["schemas"]["GlanceV1Image"][];
        };
        /**
         * @description An image as IMS reports it. Read tolerantly: the service sends undocumented members and
         *     flags whose type drifts (`"true"` or `true`), so unknown members and unknown flag values are
         *     accepted. Each server-controlled field lists the values known so far (`x-extensible-enum`,
         *     "Known values" in the reference and the types); others may appear.
         */
        Image: {
            /** @description Time the image became active. */
            active_at?: string | null;
            checksum?: string | null;
            container_format?: string | null;
            /** @description Creation time (ISO 8601, UTC). */
            created_at?: string;
            /** @description Whether the image has been deleted (seen in real answers). */
            deleted?: boolean;
            deleted_at?: string | null;
            disk_format?: string | null;
            /** @description Enterprise project of the image. */
            enterprise_project_id?: string | null;
            /** @description Relative URL of the image file. */
            file?: string | null;
            /**
             * @description Boot firmware.
             *     Known values: `bios`, `uefi` (others may appear).
             */
            hw_firmware_type?: string;
            /** @description Known values: `true`, `false` (others may appear). */
            hw_vif_multiqueue_enabled?: string | null;
            /** @description Image ID. */
            id: string;
            max_ram?: string | null;
            /** @description Minimum system disk in GB. */
            min_disk?: number;
            /** @description Minimum memory in MB (0 means no limit). */
            min_ram?: number;
            /** @description Image name. */
            name: string;
            os_shutdown_timeout?: string | null;
            /** @description Project ID that owns the image. */
            owner?: string | null;
            /** @description Whether the image is protected from deletion. */
            protected?: boolean;
            /** @description Relative URL of the image schema. */
            schema?: string | null;
            /** @description Relative URL of the image. */
            self?: string | null;
            /** @description Glance size field; IMS reports the size in `__image_size`. */
            size?: number | null;
            /**
             * @description Image state; only `active` images can be used.
             *     Known values: `queued`, `saving`, `deleted`, `killed`, `active` (others may appear).
             */
            status: string;
            /** @description Glance-style tags (`key.value` strings). */
            tags?: string[];
            /** @description Last update time (ISO 8601, UTC). */
            updated_at?: string;
            /**
             * @description What the image runs on: ECS (`FusionCompute`), BMS (`Ironic`) or a data image.
             *     Known values: `FusionCompute`, `Ironic`, `DataImage`, `IsoImage` (others may appear).
             */
            virtual_env_type?: string;
            virtual_size?: number | null;
            /**
             * @description Who can see the image.
             *     Known values: `private`, `public`, `shared` (others may appear).
             */
            visibility?: string;
            __account_code?: string | null;
            __backup_id?: string | null;
            __data_origin?: string | null;
            /** @description Image description. */
            __description?: string | null;
            __image_displayname?: string | null;
            /** @description Size of the image file in bytes (as a string). */
            __image_size?: string | null;
            /**
             * @description Storage backend of the image file.
             *     Known values: `uds`, `swift` (others may appear).
             */
            __image_source_type?: string;
            /**
             * @description `gold` (public), `private`, `shared` or `market`.
             *     Known values: `gold`, `private`, `shared`, `market` (others may appear).
             */
            __imagetype?: string;
            __is_offshelved?: string | boolean;
            /**
             * @description Whether the image is registered (`"true"`).
             *     Known values: `true`, `false` (others may appear).
             */
            __isregistered?: string | boolean;
            /**
             * @description Whether the image loads lazily (casing varies between answers).
             *     Known values: `true`, `false`, `True`, `False` (others may appear).
             */
            __lazyloading?: string | boolean;
            __originalimagename?: string | null;
            /**
             * @description 32 or 64 (as a string).
             *     Known values: `32`, `64` (others may appear).
             */
            __os_bit?: string;
            __os_feature_list?: string | null;
            /**
             * @description Operating system family.
             *     Known values: `Linux`, `Windows`, `Other` (others may appear).
             */
            __os_type?: string;
            /** @description Full OS version string. */
            __os_version?: string | null;
            /**
             * @description OS distribution.
             *     Known values: `Windows`, `Ubuntu`, `RedHat`, `Red Hat`, `SUSE`, `CentOS`, `Debian`, `OpenSUSE`, `Oracle Linux`, `Fedora`, `Other`, `CoreOS`, `EulerOS`, `Huawei Cloud EulerOS` (others may appear).
             */
            __platform?: string;
            __productcode?: string | null;
            __root_origin?: string | null;
            __sequence_num?: string | null;
            __support_agent_list?: string | boolean;
            __support_amd?: string | boolean;
            /** @description Known values: `true`, `false` (others may appear). */
            __support_arm?: string | boolean;
            __support_diskintensive?: string | boolean;
            /** @description Known values: `true`, `false` (others may appear). */
            __support_fc_inject?: string | boolean;
            __support_highperformance?: string | boolean;
            __support_kvm?: string | boolean;
            /** @description FPGA type the image supports, e.g. `VU9P` (seen in real answers). */
            __support_kvm_fpga_type?: string | boolean;
            __support_kvm_gpu_type?: string | boolean;
            __support_kvm_hi1822_hisriov?: string | boolean;
            __support_kvm_hi1822_hivirtionet?: string | boolean;
            __support_kvm_infiniband?: string | boolean;
            __support_largememory?: string | boolean;
            __support_xen?: string | boolean;
            __support_xen_gpu_type?: string | boolean;
            __support_xen_hana?: string | boolean;
            /** @description ID of the KMS key that encrypts the image. */
            __system__cmkid?: string | null;
            __system_support_market?: boolean;
        };
        /**
         * @description A data disk image to make, either from a data disk of an ECS (`name` and `volume_id`) or from
         *     an image file in OBS (`image_url` and `min_disk`). `image_url` tells the two apart, and each
         *     kind refuses the members of the other.
         */
        DataImageSpec: {
            /** @description Image name (required for a data disk of the ECS). */
            name?: string;
            /** @description The ECS's data disk to make the image from. */
            volume_id?: string;
            /** @description The data disk image file in OBS, as `bucket:file`. */
            image_url?: string;
            /** @description Minimum data disk in GB (required with `image_url`). */
            min_disk?: number;
            /** @description Import the file as is, without conversion (quick import). */
            is_quick_import?: boolean;
            description?: string;
            tags?: string[];
            image_tags?: components["schemas"]["ResourceTag"][];
        };
        /**
         * @description One body for three ways of making an image: from an ECS (`instance_id`, or `data_images` for
         *     data disk images), from an image file in OBS (`image_url` with `min_disk` and `os_version`, and
         *     `data_images` for data disk images from further files), or from a data disk turned into a
         *     system disk image (`volume_id` with `os_version`). `tags` and `image_tags` are alternatives.
         */
        CreateImageRequest: {
            /** @description Image name (required for system disk images). */
            name?: string;
            description?: string;
            /** @description ECS to make the image from. */
            instance_id?: string;
            /** @description Data disk images to make, from the ECS's data disks or from image files in OBS. */
            data_images?: components["schemas"]["DataImageSpec"][];
            /** @description The image file in OBS, as `bucket:file`. */
            image_url?: string;
            /** @description Data disk to turn into a system disk image. */
            volume_id?: string;
            /** @description OS version of the image file, e.g. `CentOS 7.0 64bit`. */
            os_version?: string;
            /**
             * @description OS type of the image file in OBS.
             * @enum {string}
             */
            os_type?: "Linux" | "Windows" | "Other";
            /** @description Minimum system disk in GB. */
            min_disk?: number;
            /** @description Minimum memory in MB. */
            min_ram?: number;
            /** @description Maximum memory in MB. */
            max_ram?: number;
            /** @description Let IMS configure drivers and tools in the image file. */
            is_config?: boolean;
            /**
             * @deprecated
             * @description Legacy spelling kept because the published examples still send it; use `is_config`.
             */
            is_config_init?: boolean;
            /** @description Import the file as is, without conversion (quick import). */
            is_quick_import?: boolean;
            /** @description KMS key to encrypt the image with. */
            cmk_id?: string;
            /**
             * @description What the image will run on.
             * @enum {string}
             */
            type?: "ECS" | "BMS" | "FusionCompute" | "Ironic" | "IsoImage";
            /** @enum {string} */
            architecture?: "x86" | "arm";
            /** @enum {string} */
            hw_firmware_type?: "bios" | "uefi";
            enterprise_project_id?: string;
            /** @description Tags as `key.value` strings. */
            tags?: string[];
            image_tags?: components["schemas"]["ResourceTag"][];
        } & ({
            /** @description ECS to make the image from. */
            instance_id: string;
            /** @description Image name (required for system disk images). */
            name: string;
        } | {
            /** @description The image file in OBS, as `bucket:file`. */
            image_url: string;
            /** @description Image name (required for system disk images). */
            name: string;
        } | {
            /** @description Data disk to turn into a system disk image. */
            volume_id: string;
            /** @description Image name (required for system disk images). */
            name: string;
        } | {
            /** @description Data disk images to make, from the ECS's data disks or from image files in OBS. */
            data_images: components["schemas"]["DataImageSpec"][];
        });
        /** @description Imports a large RAW (with its bitmap file) or ZVHD2 file from OBS without conversion. */
        QuickImportImageRequest: {
            /** @description Image name: 1 to 128 characters. */
            name: string;
            /** @description Image description. */
            description?: string;
            /** @description The image file in OBS, as `bucket:file`. */
            image_url: string;
            /** @description OS version of the file, e.g. `CentOS 7.0 64bit`; required unless `type` is `DataImage`. */
            os_version?: string;
            /** @description Minimum system disk in GB. */
            min_disk: number;
            /**
             * @description What to make: an ECS or BMS system disk image, or a data disk image (`DataImage`).
             * @enum {string}
             */
            type?: "ECS" | "BMS" | "DataImage";
            /**
             * @description OS family; only for data disk images.
             * @enum {string}
             */
            os_type?: "Linux" | "Windows";
            /**
             * @description CPU architecture of the image.
             * @enum {string}
             */
            architecture?: "x86" | "arm";
            /**
             * @description Boot firmware.
             * @enum {string}
             */
            hw_firmware_type?: "bios" | "uefi";
            /**
             * @description License of the OS in the file (Windows only), Huawei Cloud's (`platform`) or your own (`byol`).
             * @enum {string}
             */
            license_type?: "platform" | "byol";
            /** @description Enterprise project the image belongs to; `0` (the default) is the default project. */
            enterprise_project_id?: string;
            /** @description Tags as `key.value` strings; use either `tags` or `image_tags`. */
            tags?: string[];
            /** @description Tags as key/value pairs; use either `tags` or `image_tags`. */
            image_tags?: components["schemas"]["ResourceTag"][];
        };
        /** @description One change to an image attribute; `path` names the attribute, e.g. `/name` or `/__description`. */
        ImagePatchOperation: {
            /** @enum {string} */
            op: "add" | "replace" | "remove";
            /**
             * @example /name
             * @example /__description
             * @example /min_ram
             */
            path: string;
            /** @description The new value; omitted for `remove`. */
            value?: string | number | boolean;
        };
        /** @description An image as the OpenStack image API reports it: the IMS image plus Glance-only members. */
        GlanceImage: {
            /** @description Where the image file is stored. */
            __image_location?: string | null;
            /**
             * @description Whether the image was configured at creation.
             *     Known values: `true`, `false` (others may appear).
             */
            __is_config_init?: string | boolean;
            /** @description Enterprise project (internal spelling). */
            _sys_enterprise_project_id?: string | null;
            /** @description Custom attributes. */
            properties?: Record<string, unknown>;
        } & components["schemas"]["Image"];
        /** @description One page of images; follow `next` until it is absent. */
        GlanceImageList: {
            images: components["schemas"]["GlanceImage"][];
            /** @description Relative URL of the first page. */
            first?: string;
            /** @description Relative URL of the next page; absent on the last page. */
            next?: string;
            /** @description Relative URL of the list schema. */
            schema?: string;
        };
        /** @description Metadata of an image whose file is registered or uploaded afterwards. */
        GlanceCreateImageRequest: {
            /** @description Image name. */
            name?: string;
            /**
             * @description OS version of the file to come.
             * @default Other Linux(64 bit)
             */
            __os_version?: string;
            /**
             * @description Only private images can be made.
             * @default private
             * @enum {string}
             */
            visibility?: "private";
            /**
             * @description Protect the image from deletion.
             * @default false
             */
            protected?: boolean;
            /**
             * @description Container format; only `bare`.
             * @default bare
             */
            container_format?: string;
            /**
             * @description Format of the file to come.
             * @default zvhd2
             * @enum {string}
             */
            disk_format?: "zvhd2" | "vhd" | "zvhd" | "raw" | "qcow2" | "iso";
            /** @description Tags as `key=value` strings, each 1 to 255 characters. */
            tags?: string[];
            /**
             * @description Minimum memory in MB.
             * @default 0
             */
            min_ram?: number;
            /** @description Minimum system disk in GB. */
            min_disk?: number;
        };
        /** @description Options for deleting an image. */
        GlanceDeleteImageRequest: {
            /**
             * @description Also delete the CSBS/CBR backup of a full-ECS image.
             * @default false
             */
            delete_backup?: boolean;
        };
        /** @description One change in the older v2.0 patch format: the operation name holds the attribute path. */
        GlancePatchV20Operation: {
            replace?: string;
            add?: string;
            remove?: string;
            /** @description The new value; omitted for `remove`. */
            value?: string | number | boolean;
        } & ({
            replace: string;
        } | {
            add: string;
        } | {
            remove: string;
        });
        /** @description The project to share an image with. */
        GlanceAddMemberRequest: {
            /** @description Project ID of the recipient. */
            member: string;
        };
        /** @description A recipient's answer to one shared image. */
        GlanceUpdateMemberRequest: {
            /** @enum {string} */
            status: "accepted" | "rejected";
            /** @description CBR vault; needed to accept a full-ECS image made from a CBR backup. */
            vault_id?: string;
        };
        /** @description A link to a related resource. */
        Link: {
            href: string;
            /** @description How it relates, e.g. `self`. */
            rel: string;
        };
        /** @description A JSON schema of a Glance entity or list, as Glance publishes it. Its `properties` are schema fragments. */
        SchemaDocument: {
            /** @description Entity name, e.g. `image`. */
            name?: string;
            /** @description The entity's attributes and their schemas. */
            properties?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description Schema of custom attributes. */
            additionalProperties?: {
                type?: string;
            };
            links?: components["schemas"]["Link"][];
        };
        /** @description A tag key and the values that match it (an empty list matches any value). */
        TagFilter: {
            key: string;
            values: string[];
        };
        /** @description Tag conditions for finding (`filter`) or counting (`count`) images. */
        ListImageByTagsRequest: {
            /**
             * @description `filter` answers a page of images, `count` only their number.
             * @enum {string}
             */
            action: "filter" | "count";
            /** @description Page size, a number as a string (default 10, at most 1000); only with `filter`. */
            limit?: string;
            /** @description Index of the first image to answer, a number as a string; only with `filter`. */
            offset?: string;
            /** @description Images must have all of these tags. */
            tags?: components["schemas"]["TagFilter"][];
            /** @description Images must have at least one of these tags. */
            tags_any?: components["schemas"]["TagFilter"][];
            /** @description Images must not have all of these tags. */
            not_tags?: components["schemas"]["TagFilter"][];
            /** @description Images must have none of these tags. */
            not_tags_any?: components["schemas"]["TagFilter"][];
            /** @description Field matches, e.g. by image name. */
            matches?: {
                /** @description The image field to match, e.g. `resource_name`. */
                key: string;
                value: string;
            }[];
            /** @description Only images without any tag; the other tag conditions are then ignored. */
            without_any_tag?: boolean;
        };
        /** @description A key/value tag as IMS reports it. */
        ImageTag: {
            key: string;
            value?: string;
        };
        /** @description An image found by its tags. */
        TaggedResource: {
            /** @description Image ID. */
            resource_id: string;
            /** @description Image name. */
            resource_name?: string;
            resource_detail?: {
                /** @description Image state. */
                status?: string;
            };
            tags?: components["schemas"]["ImageTag"][];
        };
        /** @description A tag key with every value it has on the caller's images. */
        TagKeyValues: {
            key: string;
            values: string[];
        };
        /** @description Tags to add (or change) or to delete on one image; a tag to delete needs no `value`. At most 10 tags to add, each as `ResourceTag` limits it (ims_03_0617); a tag to delete has the longer limits of `ResourceTagOptionalValue`. */
        BatchTagsRequest: {
            /** @enum {string} */
            action: "create" | "delete";
            tags: components["schemas"]["ResourceTagOptionalValue"][];
        };
        /** @description One version of the OpenStack image API. */
        ApiVersion: {
            /** @description Version, e.g. `v2.1`. */
            id?: string;
            /**
             * @description Whether to use it.
             *     Known values: `CURRENT`, `SUPPORTED`, `DEPRECATED` (others may appear).
             */
            status: string;
            links?: components["schemas"]["Link"][];
        };
        /** @description API versions. */
        ApiVersionList: {
            versions: components["schemas"]["ApiVersion"][];
        };
    };
    responses: {
        /** @description The request failed; the body carries an IMS error code and message, or API Gateway's when the gateway refused the call. */
        ImsError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImsError"];
            };
        };
        /**
         * @description API Gateway in front of IMS throttled the call (`APIGW.0308`): too many requests in the
         *     flow-control window. Wait and retry. The body is the gateway's, whichever API the call was for.
         */
        Throttled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImsError"];
            };
        };
        /**
         * @description API Gateway in front of IMS could not reach IMS (502, "Backend unavailable", `APIGW.0201`). Wait
         *     and retry; a write may have run. The body is the gateway's, whichever API the call was for.
         */
        GatewayUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImsError"];
            };
        };
        /**
         * @description IMS did not answer API Gateway in front of it in time (504, "Backend timeout", `APIGW.0201`). Wait
         *     and retry; a write may have run. The body is the gateway's, whichever API the call was for.
         */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImsError"];
            };
        };
        /** @description The request failed; OpenStack-native operations answer with Glance's error body (JSON or plain text), or API Gateway's when the gateway refused the call. */
        OpenStackError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpenStackError"];
                "text/plain": string;
            };
        };
        /**
         * @description API Gateway in front of IMS throttled the call (`APIGW.0308`): too many requests in the
         *     flow-control window. Wait and retry. The body is the gateway's, typed as the OpenStack error body
         *     (which names its members), so that an OpenStack call's typed error stays one body.
         */
        OpenStackThrottled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpenStackError"];
            };
        };
        /**
         * @description API Gateway in front of IMS could not reach IMS (502, "Backend unavailable", `APIGW.0201`). Wait
         *     and retry; a write may have run. The body is the gateway's, typed as the OpenStack error body
         *     (which names its members), so that an OpenStack call's typed error stays one body.
         */
        OpenStackGatewayUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpenStackError"];
            };
        };
        /**
         * @description IMS did not answer API Gateway in front of it in time (504, "Backend timeout", `APIGW.0201`). Wait
         *     and retry; a write may have run. The body is the gateway's, typed as the OpenStack error body
         *     (which names its members), so that an OpenStack call's typed error stays one body.
         */
        OpenStackGatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpenStackError"];
            };
        };
    };
    parameters: {
        /** @description The asynchronous job ID returned by the call that started the job. */
        JobId: string;
        /** @description The image ID (a UUID). */
        ImageId: string;
        /** @description The project ID; imsjs clients fill it from their configuration. */
        ProjectId: string;
        /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
        MemberId: string;
        /** @description The tag; it must not contain `=`. */
        GlanceTag: string;
        /** @description The tag key to delete. */
        TagKey: string;
        /** @description API version, e.g. `v2.0`. */
        ApiVersion: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createDataImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showJobProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asynchronous job ID returned by the call that started the job. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job and, once it has them, its results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImageMembersRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchAddMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageMembersRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchDeleteMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageMembersRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOsVersions: {
        parameters: {
            query?: {
                /** @description Only versions with these features: `bms`, `uefi`, `arm` or `x86`. */
                tag?: ("bms" | "uefi" | "arm" | "x86")[] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OS versions by platform. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OsVersionGroup"][];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showImageQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageQuota"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Tags per page; all of them when absent. */
                limit?: number | undefined;
                /** @description Page number, from 1. */
                page?: number | undefined;
                /** @description Image type. */
                __imagetype?: "gold" | "private" | "shared" | "market" | undefined;
                /** @description Image ID. */
                id?: string | undefined;
                /** @description Image state. */
                status?: "queued" | "saving" | "deleted" | "killed" | "active" | undefined;
                /** @description Image name. */
                name?: string | undefined;
                /** @description Minimum system disk in GB. */
                min_disk?: number | undefined;
                /** @description OS distribution. */
                __platform?: string | undefined;
                /** @description OS family. */
                __os_type?: "Linux" | "Windows" | "Other" | undefined;
                /** @description Sharing status, for shared images. */
                member_status?: "accepted" | "rejected" | "pending" | undefined;
                /** @description What the image runs on. */
                virtual_env_type?: "FusionCompute" | "Ironic" | "DataImage" | "IsoImage" | undefined;
                /** @description Enterprise project ID. */
                enterprise_project_id?: string | undefined;
                /** @description CPU architecture. */
                architecture?: "x86" | "arm" | undefined;
                /** @description Creation-time filter, `operator:time` (gt, gte, lt, lte, eq, neq). */
                created_at?: string | undefined;
                /** @description Update-time filter, same form as `created_at`. */
                updated_at?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Tags as `key.value` strings. */
                        tags: string[];
                    };
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrUpdateTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrUpdateTagsRequest"];
            };
        };
        responses: {
            /** @description The tag is set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWholeImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholeImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyImageInRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyImageInRegionRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyImageCrossRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyImageCrossRegionRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    exportImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    glanceV1HeadImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's metadata, in headers. */
            200: {
                headers: {
                    /**
                     * @description Image ID.
                     * @example 3c3d1d01-b48a-4639-8a88-08be3b9b5d78
                     */
                    "X-Image-Meta-Id": string;
                    /**
                     * @description Image name.
                     * @example cirros
                     */
                    "X-Image-Meta-Name": string;
                    /**
                     * @description Image state.
                     * @example active
                     */
                    "X-Image-Meta-Status": string;
                    /**
                     * @description Size in bytes; only once the image file is uploaded.
                     * @example 13167616
                     */
                    "X-Image-Meta-Size"?: number;
                    /**
                     * @description Virtual size in bytes; the docs' example answer has none.
                     * @example 13167616
                     */
                    "X-Image-Meta-Virtual_size"?: number;
                    /**
                     * @description Container format.
                     * @example bare
                     */
                    "X-Image-Meta-Container_format": string;
                    /**
                     * @description File format.
                     * @example qcow2
                     */
                    "X-Image-Meta-Disk_format": string;
                    /**
                     * @description MD5 of the file; only once the image file is uploaded.
                     * @example 64d7c1cd2b6f60c92c14662941cb7913
                     */
                    "X-Image-Meta-Checksum"?: string;
                    /**
                     * @description Minimum disk in GB.
                     * @example 40
                     */
                    "X-Image-Meta-Min_disk": number;
                    /**
                     * @description Minimum memory in MB.
                     * @example 1024
                     */
                    "X-Image-Meta-Min_ram": number;
                    /**
                     * @description Owning project.
                     * @example 23f4cb75768d4febb39542ef6fe169f3
                     */
                    "X-Image-Meta-Owner": string;
                    /**
                     * @description Public image, as Python writes booleans (`True`/`False`).
                     * @example True
                     */
                    "X-Image-Meta-Is_public": components["schemas"]["GlanceV1HeaderBoolean"];
                    /**
                     * @description Protected from deletion, as Python writes booleans (`True`/`False`).
                     * @example False
                     */
                    "X-Image-Meta-Protected"?: components["schemas"]["GlanceV1HeaderBoolean"];
                    /**
                     * @description Deleted, as Python writes booleans (`True`/`False`).
                     * @example False
                     */
                    "X-Image-Meta-Deleted"?: components["schemas"]["GlanceV1HeaderBoolean"];
                    /**
                     * @description Creation time.
                     * @example 2016-05-22T06:04:20.425843
                     */
                    "X-Image-Meta-Created_at": string;
                    /**
                     * @description Update time.
                     * @example 2016-05-22T06:04:22.719791
                     */
                    "X-Image-Meta-Updated_at": string;
                    /** @description Deletion time; absent while the image exists. */
                    "X-Image-Meta-Deleted_at"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    showProjectImageQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageQuota"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listImageMembers: {
        parameters: {
            query?: {
                /** @description Members per page. */
                limit?: number | undefined;
                /** @description `page_info.next_marker` of the previous page. */
                marker?: string | undefined;
            };
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberList"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchDeleteTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: components["schemas"]["ResourceTagOptionalValue"][];
                };
            };
        };
        responses: {
            /** @description The tags are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The asynchronous job ID returned by the call that started the job. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job and, once it has them, its results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    glanceV1ListImagesDetail: {
        parameters: {
            query?: {
                /** @description Image name. */
                name?: string | undefined;
                /** @description Container format. */
                container_format?: string | undefined;
                /** @description Image file format. */
                disk_format?: string | undefined;
                /** @description Image state. */
                status?: string | undefined;
                /** @description Smallest size in bytes. */
                size_min?: string | undefined;
                /** @description Largest size in bytes. */
                size_max?: string | undefined;
                /** @description Only images changed since this time (ISO 8601). */
                "changes-since"?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlanceV1ImageList"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceV1DeleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image is deleted; the docs' example answers so, with an empty `text/html` body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The image is deleted, as the docs' table of answers says. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /** @description Image type: public (`gold`), `private`, `shared` or `market`. */
                __imagetype?: "gold" | "private" | "shared" | "market" | undefined;
                /** @description Only registered images (`true`) or unregistered ones. */
                __isregistered?: "true" | "false" | undefined;
                /** @description 32- or 64-bit OS. */
                __os_bit?: "32" | "64" | undefined;
                /** @description OS family. */
                __os_type?: "Linux" | "Windows" | "Other" | undefined;
                /** @description OS distribution. */
                __platform?: "Windows" | "Ubuntu" | "RedHat" | "SUSE" | "CentOS" | "Debian" | "OpenSUSE" | "Oracle Linux" | "Fedora" | "Other" | "CoreOS" | "EulerOS" | "Huawei Cloud EulerOS" | undefined;
                /** @description Images for disk-intensive ECSs (`true`). */
                __support_diskintensive?: string | undefined;
                /** @description Images for high-performance ECSs (`true`). */
                __support_highperformance?: string | undefined;
                /** @description Images that run on KVM (`true`). */
                __support_kvm?: string | undefined;
                /** @description Images for KVM GPU ECSs of this GPU type. */
                __support_kvm_gpu_type?: string | undefined;
                /** @description Images for KVM InfiniBand ECSs (`true`). */
                __support_kvm_infiniband?: string | undefined;
                /** @description Images for large-memory ECSs (`true`). */
                __support_largememory?: string | undefined;
                /** @description Images that run on Xen (`true`). */
                __support_xen?: string | undefined;
                /** @description Images for Xen GPU ECSs of this GPU type. */
                __support_xen_gpu_type?: string | undefined;
                /** @description Images for Xen HANA ECSs (`true`). */
                __support_xen_hana?: string | undefined;
                /** @description Container format, usually `bare`. */
                container_format?: string | undefined;
                /** @description Image file format. */
                disk_format?: "vhd" | "zvhd" | "raw" | "qcow2" | "zvhd2" | "iso" | undefined;
                /** @description Enterprise project ID; `0` is the default project, `all_granted_eps` every project you may see. */
                enterprise_project_id?: string | undefined;
                /** @description Image ID. */
                id?: string | undefined;
                /** @description Page size. */
                limit?: number | undefined;
                /** @description ID of the last image of the previous page; the next page starts after it. */
                marker?: string | undefined;
                /** @description Sharing status, for shared images. */
                member_status?: "accepted" | "rejected" | "pending" | undefined;
                /** @description Minimum system disk size in GB. */
                min_disk?: number | undefined;
                /** @description Minimum memory in MB. */
                min_ram?: number | undefined;
                /** @description Image name (exact match). */
                name?: string | undefined;
                /** @description Owning project ID. */
                owner?: string | undefined;
                /** @description Protected (public) images only. */
                protected?: boolean | undefined;
                /** @description Sort direction. */
                sort_dir?: "asc" | "desc" | undefined;
                /** @description Sort field. */
                sort_key?: "created_at" | "name" | "container_format" | "disk_format" | "status" | "id" | "size" | undefined;
                /** @description Image state. */
                status?: "queued" | "saving" | "deleted" | "killed" | "active" | undefined;
                /** @description Glance-style tag (`key.value`). */
                tag?: string | undefined;
                /** @description What the image runs on. */
                virtual_env_type?: "FusionCompute" | "Ironic" | "DataImage" | "IsoImage" | undefined;
                /** @description Visibility. */
                visibility?: "public" | "private" | "shared" | undefined;
                /** @description Only images that can be used with this flavor. */
                flavor_id?: string | undefined;
                /** @description Creation-time filter: `operator:time`, operator one of gt, gte, lt, lte, eq, neq, e.g. `gt:2018-10-28T10:00:00Z`. */
                created_at?: string | undefined;
                /** @description Update-time filter, same form as `created_at`. */
                updated_at?: string | undefined;
                /** @description CPU architecture. */
                architecture?: "x86" | "arm" | undefined;
                /** @description Full-ECS images only (`true`). */
                __whole_image?: boolean | undefined;
                /** @description Images encrypted with this KMS key. */
                __system__cmkid?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        images: components["schemas"]["Image"][];
                    };
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    importImageQuick: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickImportImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImagePatchOperation"][];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    glanceListImages: {
        parameters: {
            query?: {
                /** @description Only registered images; the only value is `true`. */
                __isregistered?: "true" | undefined;
                /** @description Image type: public (`gold`), `private`, `shared` or `market`. */
                __imagetype?: "gold" | "private" | "shared" | "market" | undefined;
                /** @description Protected (public) images only. */
                protected?: boolean | undefined;
                /** @description Visibility. */
                visibility?: "public" | "private" | "shared" | undefined;
                /** @description Owning project ID. */
                owner?: string | undefined;
                /** @description Image ID. */
                id?: string | undefined;
                /** @description Image state. */
                status?: "queued" | "saving" | "deleted" | "killed" | "active" | undefined;
                /** @description Image name. */
                name?: string | undefined;
                /** @description Container format, usually `bare`. */
                container_format?: string | undefined;
                /** @description Image file format. */
                disk_format?: "zvhd2" | "vhd" | "zvhd" | "raw" | "qcow2" | "iso" | undefined;
                /** @description Minimum memory in MB. */
                min_ram?: number | undefined;
                /** @description Minimum system disk in GB. */
                min_disk?: number | undefined;
                /** @description 32- or 64-bit OS. */
                __os_bit?: "32" | "64" | undefined;
                /** @description OS distribution. */
                __platform?: "Windows" | "Ubuntu" | "Red Hat" | "RedHat" | "SUSE" | "CentOS" | "Debian" | "OpenSUSE" | "Oracle Linux" | "Fedora" | "Other" | "CoreOS" | "EulerOS" | undefined;
                /** @description ID of the last image of the previous page. */
                marker?: string | undefined;
                /** @description Page size (default 25). */
                limit?: number | undefined;
                /** @description Sort field. */
                sort_key?: "name" | "container_format" | "disk_format" | "status" | "id" | "size" | "created_at" | undefined;
                /** @description Sort direction. */
                sort_dir?: "asc" | "desc" | undefined;
                /** @description OS family. */
                __os_type?: "Linux" | "Windows" | "Other" | undefined;
                /** @description Tag. */
                tag?: string | undefined;
                /** @description Sharing status, for shared images. */
                member_status?: "accepted" | "rejected" | "pending" | undefined;
                /** @description Images that run on KVM (`true`). */
                __support_kvm?: string | undefined;
                /** @description Images that run on Xen (`true`). */
                __support_xen?: string | undefined;
                /** @description Images for large-memory ECSs (`true`). */
                __support_largememory?: string | undefined;
                /** @description Images for disk-intensive ECSs (`true`). */
                __support_diskintensive?: string | undefined;
                /** @description Images for high-performance ECSs (`true`). */
                __support_highperformance?: string | undefined;
                /** @description Images for Xen GPU ECSs of this GPU type. */
                __support_xen_gpu_type?: string | undefined;
                /** @description Images for KVM GPU ECSs of this GPU type. */
                __support_kvm_gpu_type?: string | undefined;
                /** @description Images for Xen HANA ECSs (`true`). */
                __support_xen_hana?: string | undefined;
                /** @description Images for KVM InfiniBand ECSs (`true`). */
                __support_kvm_infiniband?: string | undefined;
                /** @description Creation-time filter, `operator:time` (gt, gte, lt, lte, eq, neq). */
                created_at?: string | undefined;
                /** @description Update-time filter, same form as `created_at`. */
                updated_at?: string | undefined;
            };
            header?: {
                /** @description Answer style: a value after `M` (alphabetically) gives Queens-style answers, `M` or earlier Mitaka-style. */
                "X-Api-Version"?: string | undefined;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlanceImageList"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceCreateImageMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlanceCreateImageRequest"];
            };
        };
        responses: {
            /** @description The new image record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlanceImage"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceShowImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlanceImage"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceDeleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GlanceDeleteImageRequest"];
            };
        };
        responses: {
            /** @description The image is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceUpdateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/openstack-images-v2.1-json-patch": components["schemas"]["ImagePatchOperation"][];
                "application/openstack-images-v2.0-json-patch": components["schemas"]["GlancePatchV20Operation"][];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlanceImage"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceUploadImageFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": Blob | ArrayBuffer | ArrayBufferView;
            };
        };
        responses: {
            /** @description The file is stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            409: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceListImageMembers: {
        parameters: {
            query?: {
                /** @description Members per page. */
                limit?: number | undefined;
                /** @description `page_info.next_marker` of the previous page. */
                marker?: string | undefined;
            };
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberList"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceAddImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlanceAddMemberRequest"];
            };
        };
        responses: {
            /** @description The new member, `pending` until it answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceShowImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceUpdateImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlanceUpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The member with its answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceDeleteImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member: a project ID (or an account ID or organization URN for IMS sharing). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image is no longer shared with the project. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceCreateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag; it must not contain `=`. */
                tag: components["parameters"]["GlanceTag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceDeleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag; it must not contain `=`. */
                tag: components["parameters"]["GlanceTag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceShowImageSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaDocument"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceListImagesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaDocument"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceShowMemberSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaDocument"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    glanceListMembersSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaDocument"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            404: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            503: components["responses"]["OpenStackError"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    listImageByTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListImageByTagsRequest"];
            };
        };
        responses: {
            /** @description The matching images, or only their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Absent for `action: count`. */
                        resources?: components["schemas"]["TaggedResource"][];
                        total_count: number;
                    };
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listImagesTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tag keys with their values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tags: components["schemas"]["TagKeyValues"][];
                    };
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listImageTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tags: components["schemas"]["ImageTag"][];
                    };
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addImageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tag: components["schemas"]["ResourceTag"];
                };
            };
        };
        responses: {
            /** @description The tag is set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchAddOrDeleteTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchTagsRequest"];
            };
        };
        responses: {
            /** @description The tags are changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteImageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project ID; imsjs clients fill it from their configuration. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag key to delete. */
                key: components["parameters"]["TagKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createImageInSafeMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataImageInSafeMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    importImageQuickInSafeMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickImportImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyImageInRegionInSafeMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyImageInRegionRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    exportImageInSafeMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image ID (a UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportImageRequest"];
            };
        };
        responses: {
            /** @description The job was accepted; poll it with `showJobProgress`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdResponse"];
                };
            };
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
            403: components["responses"]["ImsError"];
            404: components["responses"]["ImsError"];
            429: components["responses"]["Throttled"];
            500: components["responses"]["ImsError"];
            502: components["responses"]["GatewayUnavailable"];
            503: components["responses"]["ImsError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions (as the SDKs expect). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiVersionList"];
                };
            };
            /** @description The versions (as the docs show). */
            300: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiVersionList"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
    showVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API version, e.g. `v2.0`. */
                version: components["parameters"]["ApiVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            300: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiVersionList"];
                };
            };
            400: components["responses"]["OpenStackError"];
            401: components["responses"]["OpenStackError"];
            403: components["responses"]["OpenStackError"];
            429: components["responses"]["OpenStackThrottled"];
            500: components["responses"]["OpenStackError"];
            502: components["responses"]["OpenStackGatewayUnavailable"];
            504: components["responses"]["OpenStackGatewayTimeout"];
        };
    };
}
