/* Generated from spec/ by `pnpm generate`. Do not edit: change spec/ and regenerate. */

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An image as IMS reports it. Read tolerantly: the service sends undocumented members and
         *     flags whose type drifts (`"true"` or `true`), so unknown members and unknown flag values are
         *     accepted; known values are listed in `x-extensible-enum`.
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
             *     Known values: `FusionCompute`, `Ironic`, `DataImage` (others may appear).
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
             *     Known values: `gold`, `private`, `shared` (others may appear).
             */
            __imagetype?: string;
            __is_offshelved?: string | boolean;
            /**
             * @description Whether the image is registered (`"true"`).
             *     Known values: `true`, `false` (others may appear).
             */
            __isregistered?: string | boolean;
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
             *     Known values: `Windows`, `Ubuntu`, `RedHat`, `SUSE`, `CentOS`, `Debian`, `OpenSUSE`, `Oracle Linux`, `Fedora`, `Other`, `CoreOS`, `EulerOS` (others may appear).
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
        /** @description The error body of IMS's own (non-OpenStack) operations. */
        ImsError: {
            error: {
                /**
                 * @description IMS error code such as `IMG.0024`; codes starting with `APIGW.` come from the API gateway.
                 * @example IMG.0024
                 */
                code: string;
                /** @description Human-readable explanation. */
                message: string;
            };
        };
        /** @description A key/value tag as IMS's TMS-style tag APIs take it. */
        ResourceTag: {
            key: string;
            value: string;
        };
        /** @description A data disk image to make from one data disk of an ECS. */
        DataImageSpec: {
            name: string;
            volume_id: string;
            description?: string;
            tags?: string[];
            image_tags?: components["schemas"]["ResourceTag"][];
        };
        /**
         * @description One body for three ways of making an image: from an ECS (`instance_id`, or `data_images` for
         *     data disk images), from an image file in OBS (`image_url` with `min_disk` and `os_version`),
         *     or from a data disk turned into a system disk image (`volume_id` with `os_version`). `tags` and
         *     `image_tags` are alternatives.
         */
        CreateImageRequest: {
            /** @description Image name (required for system disk images). */
            name?: string;
            description?: string;
            /** @description ECS to make the image from. */
            instance_id?: string;
            /** @description Data disk images to make from the ECS's data disks. */
            data_images?: components["schemas"]["DataImageSpec"][];
            /** @description The image file in OBS, as `bucket:file`. */
            image_url?: string;
            /** @description Data disk to turn into a system disk image. */
            volume_id?: string;
            /** @description OS version of the image file, e.g. `CentOS 7.0 64bit`. */
            os_version?: string;
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
        };
        /** @description The answer of a call that started an asynchronous job. */
        JobIdResponse: {
            /** @description Poll it with `showJobProgress`. */
            job_id: string;
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
            begin_time?: string;
            end_time?: string;
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
    };
    responses: {
        /** @description The request failed; the body carries an IMS error code and message. */
        ImsError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImsError"];
            };
        };
    };
    parameters: {
        /** @description The image ID (a UUID). */
        ImageId: string;
        /** @description The asynchronous job ID returned by the call that started the job. */
        JobId: string;
        /** @description The project ID; imsjs clients fill it from their configuration. */
        ProjectId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listImages: {
        parameters: {
            query?: {
                /** @description Image type: public (`gold`), `private`, `shared` or `market`. */
                __imagetype?: "gold" | "private" | "shared" | "market";
                /** @description Only registered images (`true`) or unregistered ones. */
                __isregistered?: "true" | "false";
                /** @description 32- or 64-bit OS. */
                __os_bit?: "32" | "64";
                /** @description OS family. */
                __os_type?: "Linux" | "Windows" | "Other";
                /** @description OS distribution. */
                __platform?: "Windows" | "Ubuntu" | "RedHat" | "SUSE" | "CentOS" | "Debian" | "OpenSUSE" | "Oracle Linux" | "Fedora" | "Other" | "CoreOS" | "EulerOS" | "Huawei Cloud EulerOS";
                /** @description Images for disk-intensive ECSs (`true`). */
                __support_diskintensive?: string;
                /** @description Images for high-performance ECSs (`true`). */
                __support_highperformance?: string;
                /** @description Images that run on KVM (`true`). */
                __support_kvm?: string;
                /** @description Images for KVM GPU ECSs of this GPU type. */
                __support_kvm_gpu_type?: string;
                /** @description Images for KVM InfiniBand ECSs (`true`). */
                __support_kvm_infiniband?: string;
                /** @description Images for large-memory ECSs (`true`). */
                __support_largememory?: string;
                /** @description Images that run on Xen (`true`). */
                __support_xen?: string;
                /** @description Images for Xen GPU ECSs of this GPU type. */
                __support_xen_gpu_type?: string;
                /** @description Images for Xen HANA ECSs (`true`). */
                __support_xen_hana?: string;
                /** @description Container format, usually `bare`. */
                container_format?: string;
                /** @description Image file format. */
                disk_format?: "vhd" | "zvhd" | "raw" | "qcow2" | "zvhd2";
                /** @description Enterprise project ID; `0` is the default project, `all_granted_eps` every project you may see. */
                enterprise_project_id?: string;
                /** @description Image ID. */
                id?: string;
                /** @description Page size. */
                limit?: number;
                /** @description ID of the last image of the previous page; the next page starts after it. */
                marker?: string;
                /** @description Sharing status, for shared images. */
                member_status?: "accepted" | "rejected" | "pending";
                /** @description Minimum system disk size in GB. */
                min_disk?: number;
                /** @description Minimum memory in MB. */
                min_ram?: number;
                /** @description Image name (exact match). */
                name?: string;
                /** @description Owning project ID. */
                owner?: string;
                /** @description Protected (public) images only. */
                protected?: boolean;
                /** @description Sort direction. */
                sort_dir?: "asc" | "desc";
                /** @description Sort field. */
                sort_key?: "created_at" | "name" | "container_format" | "disk_format" | "status" | "id" | "size";
                /** @description Image state. */
                status?: "queued" | "saving" | "deleted" | "killed" | "active";
                /** @description Glance-style tag (`key.value`). */
                tag?: string;
                /** @description What the image runs on. */
                virtual_env_type?: "FusionCompute" | "Ironic" | "DataImage";
                /** @description Visibility. */
                visibility?: "public" | "private" | "shared";
                /** @description Only images that can be used with this flavor. */
                flavor_id?: string;
                /** @description Creation-time filter: `operator:time`, operator one of gt, gte, lt, lte, eq, neq, e.g. `gt:2018-10-28T10:00:00Z`. */
                created_at?: string;
                /** @description Update-time filter, same form as `created_at`. */
                updated_at?: string;
                /** @description CPU architecture. */
                architecture?: "x86" | "arm";
                /** @description Full-ECS images only (`true`). */
                __whole_image?: boolean;
                /** @description Images encrypted with this KMS key. */
                __system__cmkid?: string;
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
            500: components["responses"]["ImsError"];
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
            /** @description The job was accepted. */
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
            500: components["responses"]["ImsError"];
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
            500: components["responses"]["ImsError"];
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
            500: components["responses"]["ImsError"];
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
            500: components["responses"]["ImsError"];
        };
    };
}
