import { Option } from "commander";
import type { operations } from "@imsjs/client";
import { boolString, nonBlank, nonNegativeInt } from "../options.js";

export type ListImagesQuery = NonNullable<operations["listImages"]["parameters"]["query"]>;

interface Filter {
  flags: string;
  param: keyof ListImagesQuery;
  description: string;
  choices?: readonly string[];
  parse?: (value: string) => unknown;
  /** For flags without a value: what the query gets when the flag is present. */
  set?: string | boolean;
}

/** Every filter of listImages, as a flag named in the user's words. Choices mirror the contract (a test checks it). */
export const IMAGE_FILTERS: readonly Filter[] = [
  { flags: "--type <type>", param: "__imagetype", description: "public (gold), private, shared or market images", choices: ["gold", "private", "shared", "market"] },
  { flags: "--name <name>", param: "name", description: "exact image name" },
  { flags: "--id <image-id>", param: "id", description: "image ID" },
  { flags: "--status <status>", param: "status", description: "image state", choices: ["queued", "saving", "deleted", "killed", "active"] },
  { flags: "--os-type <os>", param: "__os_type", description: "OS family", choices: ["Linux", "Windows", "Other"] },
  { flags: "--os-bit <bits>", param: "__os_bit", description: "32- or 64-bit OS", choices: ["32", "64"] },
  {
    flags: "--platform <platform>",
    param: "__platform",
    description: "OS distribution",
    choices: ["Windows", "Ubuntu", "RedHat", "SUSE", "CentOS", "Debian", "OpenSUSE", "Oracle Linux", "Fedora", "Other", "CoreOS", "EulerOS", "Huawei Cloud EulerOS"],
  },
  { flags: "--architecture <arch>", param: "architecture", description: "CPU architecture", choices: ["x86", "arm"] },
  { flags: "--visibility <visibility>", param: "visibility", description: "who can see the image", choices: ["public", "private", "shared"] },
  { flags: "--member-status <status>", param: "member_status", description: "sharing status of shared images", choices: ["accepted", "rejected", "pending"] },
  { flags: "--env-type <type>", param: "virtual_env_type", description: "what the image runs on", choices: ["FusionCompute", "Ironic", "DataImage", "IsoImage"] },
  { flags: "--disk-format <format>", param: "disk_format", description: "image file format", choices: ["vhd", "zvhd", "raw", "qcow2", "zvhd2", "iso"] },
  { flags: "--container-format <format>", param: "container_format", description: "container format, usually bare" },
  { flags: "--registered <bool>", param: "__isregistered", description: "registered images only (true) or unregistered ones (false)", choices: ["true", "false"] },
  { flags: "--whole-image", param: "__whole_image", description: "full-ECS images only", set: true },
  { flags: "--protected <bool>", param: "protected", description: "protected images only (true) or unprotected ones (false)", parse: (v) => boolString(v) === "true" },
  { flags: "--min-disk <gb>", param: "min_disk", description: "minimum system disk in GB", parse: nonNegativeInt },
  { flags: "--min-ram <mb>", param: "min_ram", description: "minimum memory in MB", parse: nonNegativeInt },
  { flags: "--owner <project-id>", param: "owner", description: "owning project" },
  { flags: "--tag <key.value>", param: "tag", description: "Glance-style tag" },
  { flags: "--flavor-id <id>", param: "flavor_id", description: "only images usable with this ECS flavor" },
  { flags: "--enterprise-project-id <id>", param: "enterprise_project_id", description: "enterprise project (0 is the default, all_granted_eps all you may see)" },
  { flags: "--cmk-id <id>", param: "__system__cmkid", description: "images encrypted with this KMS key" },
  { flags: "--created <op:time>", param: "created_at", description: "creation time filter, e.g. gt:2026-01-01T00:00:00Z (gt gte lt lte eq neq)" },
  { flags: "--updated <op:time>", param: "updated_at", description: "update time filter, same form as --created" },
  { flags: "--sort-key <key>", param: "sort_key", description: "sort field", choices: ["created_at", "name", "container_format", "disk_format", "status", "id", "size"] },
  { flags: "--sort-dir <dir>", param: "sort_dir", description: "sort direction", choices: ["asc", "desc"] },
  { flags: "--support-kvm", param: "__support_kvm", description: "images that run on KVM", set: "true" },
  { flags: "--support-xen", param: "__support_xen", description: "images that run on Xen", set: "true" },
  { flags: "--support-kvm-gpu-type <type>", param: "__support_kvm_gpu_type", description: "images for KVM GPU ECSs of this GPU type" },
  { flags: "--support-xen-gpu-type <type>", param: "__support_xen_gpu_type", description: "images for Xen GPU ECSs of this GPU type" },
  { flags: "--support-kvm-infiniband", param: "__support_kvm_infiniband", description: "images for KVM InfiniBand ECSs", set: "true" },
  { flags: "--support-largememory", param: "__support_largememory", description: "images for large-memory ECSs", set: "true" },
  { flags: "--support-diskintensive", param: "__support_diskintensive", description: "images for disk-intensive ECSs", set: "true" },
  { flags: "--support-highperformance", param: "__support_highperformance", description: "images for high-performance ECSs", set: "true" },
  { flags: "--support-xen-hana", param: "__support_xen_hana", description: "images for Xen HANA ECSs", set: "true" },
];

export function filterOptions(): Option[] {
  return IMAGE_FILTERS.map((f) => {
    const o = new Option(f.flags, f.description);
    if (f.choices) o.choices(f.choices);
    // A blank value (`--name "$UNSET"`) is a script's mistake: sent as `name=`, IMS may drop the
    // filter and list every image.
    if (f.parse) o.argParser(f.parse);
    else if (!f.choices && f.set === undefined) o.argParser(nonBlank);
    return o;
  });
}

/** commander's camelCase key for a flag, e.g. `--os-type <os>` → `osType`. */
export function optionKey(flags: string): string {
  const long = flags.split(" ")[0] ?? flags;
  return long.replace(/^--/, "").replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function queryFromFlags(flags: Record<string, unknown>): ListImagesQuery {
  const query: Record<string, unknown> = {};
  for (const f of IMAGE_FILTERS) {
    const v = flags[optionKey(f.flags)];
    if (v !== undefined) query[f.param] = f.set ?? v;
  }
  return query as ListImagesQuery;
}
