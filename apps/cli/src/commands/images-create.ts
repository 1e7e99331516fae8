import { InvalidArgumentError, Option, type Command } from "commander";
import type { components } from "@imsjs/client";
import { action, examples } from "../command.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { addSafeModeOption, addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { imageTag, nonBlank, nonNegativeInt, positiveInt } from "../options.js";

type CreateImageRequest = components["schemas"]["CreateImageRequest"];
type CreateDataImageRequest = components["schemas"]["CreateDataImageRequest"];

interface CreateFlags extends WaitFlags {
  name?: string;
  description?: string;
  instanceId?: string;
  imageUrl?: string;
  volumeId?: string;
  dataDisk?: { volume_id: string; name: string }[];
  osVersion?: string;
  minDisk?: number;
  minRam?: number;
  maxRam?: number;
  type?: CreateImageRequest["type"];
  architecture?: CreateImageRequest["architecture"];
  firmware?: CreateImageRequest["hw_firmware_type"];
  cmkId?: string;
  enterpriseProjectId?: string;
  tag?: { key: string; value: string }[];
  quickImport?: boolean;
  autoConfig?: boolean;
  dataImage?: boolean;
  safeMode?: boolean;
  osType?: CreateImageRequest["os_type"];
}

/** A data disk image from a file in OBS: its own operation, createDataImage. */
export function createDataImageBody(f: CreateFlags): CreateDataImageRequest {
  for (const [flag, v] of [["--instance-id", f.instanceId], ["--volume-id", f.volumeId], ["--data-disk", f.dataDisk]] as const) {
    if (v !== undefined) throw new UsageError(`--data-image takes its file from --image-url; ${flag} does not apply`, flag);
  }
  if (!f.imageUrl) throw new UsageError("--image-url is required with --data-image", "--image-url");
  if (!f.name) throw new UsageError("--name is required", "--name");
  if (f.minDisk === undefined) throw new UsageError("--min-disk is required with --data-image", "--min-disk");
  // ims_03_0606: optional, IMS takes Linux when none is given.
  if (f.osType === "Other") throw new UsageError("--data-image takes --os-type Linux or Windows", "--os-type");
  return {
    name: f.name,
    image_url: f.imageUrl,
    min_disk: f.minDisk,
    ...(f.osType !== undefined ? { os_type: f.osType } : {}),
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...(f.cmkId !== undefined ? { cmk_id: f.cmkId } : {}),
    ...(f.enterpriseProjectId !== undefined ? { enterprise_project_id: f.enterpriseProjectId } : {}),
    ...(f.tag ? { image_tags: f.tag } : {}),
  };
}

function dataDisk(value: string, previous: { volume_id: string; name: string }[] = []): { volume_id: string; name: string }[] {
  const [volumeId, ...rest] = value.split(":");
  const name = rest.join(":");
  if (!volumeId || !name) throw new InvalidArgumentError(`"${value}" is not VOLUME_ID:NAME`);
  return [...previous, { volume_id: volumeId, name }];
}

/** Turns the flags into one createImage body, insisting on exactly one source and what it needs. */
export function createImageBody(f: CreateFlags): CreateImageRequest {
  const sources = [
    ["--instance-id", f.instanceId],
    ["--image-url", f.imageUrl],
    ["--volume-id", f.volumeId],
    // ims_03_0603: data disk images from an ECS's data disks take no instance_id, nor another source.
    ["--data-disk", f.dataDisk],
  ].filter(([, v]) => v !== undefined) as [string, unknown][];
  if (sources.length > 1) throw new UsageError(`${sources.map(([k]) => k).join(" and ")} are alternatives: give one source`, sources[1]?.[0]);
  const source =
    f.instanceId !== undefined
      ? { instance_id: f.instanceId }
      : f.imageUrl !== undefined
        ? { image_url: f.imageUrl }
        : f.volumeId !== undefined
          ? { volume_id: f.volumeId }
          : f.dataDisk
            ? { data_images: f.dataDisk }
            : undefined;
  if (!source) {
    throw new UsageError("give a source: --instance-id (an ECS), --image-url (a file in OBS), --volume-id (a data disk) or --data-disk (data disks of an ECS)", "--instance-id");
  }
  if (f.dataDisk) {
    // ims_03_0603: IMS takes each data disk image's name, description and tags from its item.
    const systemOnly: [string, unknown][] = [
      ["--name", f.name],
      ["--os-version", f.osVersion],
      ["--os-type", f.osType],
      ["--min-disk", f.minDisk],
      ["--min-ram", f.minRam],
      ["--max-ram", f.maxRam],
      ["--type", f.type],
      ["--architecture", f.architecture],
      ["--firmware", f.firmware],
      ["--quick-import", f.quickImport],
      ["--auto-config", f.autoConfig],
    ];
    const flag = systemOnly.find(([, v]) => v !== undefined && v !== false)?.[0];
    if (flag) throw new UsageError(`${flag} does not apply to --data-disk (each data disk image is named in it)`, flag);
    const item = { ...(f.description !== undefined ? { description: f.description } : {}), ...(f.tag ? { image_tags: f.tag } : {}) };
    return {
      data_images: f.dataDisk.map((d) => ({ ...d, ...item })),
      ...(f.cmkId !== undefined ? { cmk_id: f.cmkId } : {}),
      ...(f.enterpriseProjectId !== undefined ? { enterprise_project_id: f.enterpriseProjectId } : {}),
    };
  }
  // A system disk image needs a name.
  if (!f.name) throw new UsageError("--name is required", "--name");
  if (f.imageUrl !== undefined && f.minDisk === undefined) throw new UsageError("--min-disk is required with --image-url", "--min-disk");
  if (f.volumeId !== undefined && f.osVersion === undefined) throw new UsageError("--os-version is required with --volume-id", "--os-version");
  if (f.imageUrl !== undefined && !/^[^:/]+:.+/.test(f.imageUrl)) throw new UsageError(`--image-url: "${f.imageUrl}" is not BUCKET:FILE`, "--image-url");
  if (f.osType !== undefined && f.imageUrl === undefined) throw new UsageError("--os-type applies to an --image-url file", "--os-type");

  return {
    name: f.name,
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...source,
    ...(f.osVersion !== undefined ? { os_version: f.osVersion } : {}),
    ...(f.osType !== undefined ? { os_type: f.osType } : {}),
    ...(f.minDisk !== undefined ? { min_disk: f.minDisk } : {}),
    ...(f.minRam !== undefined ? { min_ram: f.minRam } : {}),
    ...(f.maxRam !== undefined ? { max_ram: f.maxRam } : {}),
    ...(f.type !== undefined ? { type: f.type } : {}),
    ...(f.architecture !== undefined ? { architecture: f.architecture } : {}),
    ...(f.firmware !== undefined ? { hw_firmware_type: f.firmware } : {}),
    ...(f.cmkId !== undefined ? { cmk_id: f.cmkId } : {}),
    ...(f.enterpriseProjectId !== undefined ? { enterprise_project_id: f.enterpriseProjectId } : {}),
    ...(f.tag ? { image_tags: f.tag } : {}),
    ...(f.quickImport ? { is_quick_import: true } : {}),
    ...(f.autoConfig ? { is_config: true } : {}),
  };
}

export function registerImageCreate(images: Command, io: CliIO): void {
  const create = images
    .command("create")
    .description("make a private image from an ECS, a file in OBS or a data disk; or data disk images from an ECS")
    .option("--name <name>", "name of the new image")
    .option("--description <text>", "image description")
    .option("--instance-id <id>", "source: the ECS to capture (system disk image)", nonBlank)
    .option("--image-url <bucket:file>", "source: an image file in OBS, e.g. images:web.qcow2")
    .option("--volume-id <id>", "source: a data disk to turn into a system disk image", nonBlank)
    .option("--data-disk <volume-id:name>", "source: a data disk of an ECS to make a data image from (repeatable)", dataDisk)
    .option("--os-version <version>", "OS of the image file or disk, e.g. \"Ubuntu 22.04 server 64bit\"")
    .option("--min-disk <gb>", "minimum system disk in GB (required with --image-url)", positiveInt)
    .option("--min-ram <mb>", "minimum memory in MB", nonNegativeInt)
    .option("--max-ram <mb>", "maximum memory in MB", nonNegativeInt)
    .addOption(new Option("--type <type>", "what the image will run on").choices(["ECS", "BMS", "FusionCompute", "Ironic", "IsoImage"]))
    .addOption(new Option("--architecture <arch>", "CPU architecture").choices(["x86", "arm"]))
    .addOption(new Option("--firmware <firmware>", "boot firmware").choices(["bios", "uefi"]))
    .option("--cmk-id <id>", "KMS key to encrypt the image with")
    .option("--enterprise-project-id <id>", "enterprise project of the image")
    .option("--tag <key=value>", "tag the image (repeatable, at most 10)", (v: string, prev: { key: string; value: string }[] | undefined) => imageTag(v, prev))
    .option("--quick-import", "import the OBS file as it is, without conversion")
    .option("--auto-config", "let IMS configure drivers and tools in the image file")
    .option("--data-image", "make a data disk image from the --image-url file (createDataImage)")
    .addOption(new Option("--os-type <os>", "OS type of the --image-url file (with --data-image: Linux or Windows, IMS assumes Linux)").choices(["Linux", "Windows", "Other"]));
  addWaitOptions(addSafeModeOption(create)).action(
    action(io, async (ctx, f: CreateFlags) => {
      if (f.dataImage) {
        const body = createDataImageBody(f);
        const client = await ctx.client();
        const { job_id } = await unwrap(
          f.safeMode ? client.POST("/v2.1/cloudimages/dataimages/action", { body }) : client.POST("/v1/cloudimages/dataimages/action", { body }),
        );
        await followJob(ctx, client, job_id, "Data image creation", f);
        return;
      }
      const body = createImageBody(f);
      const client = await ctx.client();
      const { job_id } = await unwrap(f.safeMode ? client.POST("/v2.1/cloudimages/action", { body }) : client.POST("/v2/cloudimages/action", { body }));
      await followJob(ctx, client, job_id, "Image creation", f);
    }),
  );
  examples(
    create,
    "ims images create --name web-golden --instance-id 877a2cda-ba63-4e1e-b95f-e67e48b6129a --wait",
    "ims images create --name ubuntu-custom --image-url images:ubuntu.qcow2 --min-disk 40 --os-version \"Ubuntu 22.04 server 64bit\"",
    "ims images create --data-disk 3c2ce6b4-1a6e-4e8c-9b4a-0c0a0d0e0f10:db-data --wait",
    "ims images create --data-image --name logs --image-url images:logs.qcow2 --min-disk 100 --os-type Linux",
  );
}
