import { Option, type Command } from "commander";
import type { components } from "@imsjs/client";
import { action, examples } from "../command.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { addSafeModeOption, addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { imageTag, positiveInt } from "../options.js";

type QuickImportImageRequest = components["schemas"]["QuickImportImageRequest"];
type ExportImageRequest = components["schemas"]["ExportImageRequest"];

const OBS_OBJECT = /^[^:/\s]+:\S+/;

function obsObject(flag: string, value: string): string {
  if (!OBS_OBJECT.test(value)) throw new UsageError(`${flag}: "${value}" is not BUCKET:FILE`, flag);
  return value;
}

interface ImportFlags extends WaitFlags {
  name: string;
  imageUrl: string;
  minDisk: number;
  description?: string;
  osVersion?: string;
  type?: QuickImportImageRequest["type"];
  osType?: QuickImportImageRequest["os_type"];
  architecture?: QuickImportImageRequest["architecture"];
  firmware?: QuickImportImageRequest["hw_firmware_type"];
  licenseType?: QuickImportImageRequest["license_type"];
  enterpriseProjectId?: string;
  tag?: { key: string; value: string }[];
  safeMode?: boolean;
}

function registerImport(images: Command, io: CliIO): void {
  const cmd = images
    .command("import")
    .description("quick-import a RAW (with bitmap) or ZVHD2 file from OBS as it is, up to 1 TB")
    .requiredOption("--name <name>", "name of the new image")
    .requiredOption("--image-url <bucket:file>", "the image file in OBS")
    .requiredOption("--min-disk <gb>", "minimum system disk in GB", positiveInt)
    .option("--os-version <version>", "OS of the file, e.g. \"CentOS 7.9 64bit\" (see: ims os-versions)")
    .option("--description <text>", "image description")
    .addOption(new Option("--type <type>", "system disk image for ECS or BMS, or a data disk image").choices(["ECS", "BMS", "DataImage"]))
    .addOption(new Option("--os-type <os>", "OS family of a data disk image").choices(["Linux", "Windows"]))
    .addOption(new Option("--architecture <arch>", "CPU architecture").choices(["x86", "arm"]))
    .addOption(new Option("--firmware <firmware>", "boot firmware").choices(["bios", "uefi"]))
    .addOption(new Option("--license-type <type>", "license of the OS: Huawei Cloud's (platform) or your own (byol)").choices(["platform", "byol"]))
    .option("--enterprise-project-id <id>", "enterprise project of the image")
    .option("--tag <key=value>", "tag the image (repeatable, at most 10)", (v: string, prev: { key: string; value: string }[] | undefined) => imageTag(v, prev));
  addWaitOptions(addSafeModeOption(cmd)).action(
    action(io, async (ctx, f: ImportFlags) => {
      if (f.type !== "DataImage" && f.osVersion === undefined) throw new UsageError("--os-version is required for a system disk image", "--os-version");
      const body: QuickImportImageRequest = {
        name: f.name,
        image_url: obsObject("--image-url", f.imageUrl),
        min_disk: f.minDisk,
        ...(f.osVersion !== undefined ? { os_version: f.osVersion } : {}),
        ...(f.description !== undefined ? { description: f.description } : {}),
        ...(f.type ? { type: f.type } : {}),
        ...(f.osType ? { os_type: f.osType } : {}),
        ...(f.architecture ? { architecture: f.architecture } : {}),
        ...(f.firmware ? { hw_firmware_type: f.firmware } : {}),
        ...(f.licenseType ? { license_type: f.licenseType } : {}),
        ...(f.enterpriseProjectId ? { enterprise_project_id: f.enterpriseProjectId } : {}),
        ...(f.tag ? { image_tags: f.tag } : {}),
      };
      const client = await ctx.client();
      const { job_id } = await unwrap(
        f.safeMode ? client.POST("/v2.1/cloudimages/quickimport/action", { body }) : client.POST("/v2/cloudimages/quickimport/action", { body }),
      );
      await followJob(ctx, client, job_id, "Quick import", f);
    }),
  );
  examples(
    cmd,
    "ims images import --name centos-raw --image-url images:centos79.zvhd2 --min-disk 40 --os-version \"CentOS 7.9 64bit\" --wait",
    "ims images import --name data-raw --image-url images:data.raw --min-disk 100 --type DataImage --os-type Linux",
  );
}

function registerRegister(images: Command, io: CliIO): void {
  const cmd = images
    .command("register <image-id>")
    .description("give an image created with `ims api glanceCreateImageMetadata` its file from OBS")
    .requiredOption("--image-url <bucket:file>", "the image file in OBS");
  addWaitOptions(cmd).action(
    action(io, async (ctx, imageId: string, f: WaitFlags & { imageUrl: string }) => {
      const client = await ctx.client();
      const { job_id } = await unwrap(
        client.PUT("/v1/cloudimages/{image_id}/upload", {
          params: { path: { image_id: imageId } },
          body: { image_url: obsObject("--image-url", f.imageUrl) },
        }),
      );
      await followJob(ctx, client, job_id, "Registration", f);
    }),
  );
  examples(cmd, "ims images register 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --image-url images:web.qcow2 --wait");
}

interface ExportFlags extends WaitFlags {
  to: string;
  format?: ExportImageRequest["file_format"];
  quick?: boolean;
  safeMode?: boolean;
}

function registerExport(images: Command, io: CliIO): void {
  const cmd = images
    .command("export <image-id>")
    .description("export a private image to a file in OBS")
    .requiredOption("--to <bucket:file>", "where to write the file in OBS")
    .addOption(new Option("--format <format>", "file format (not with --quick)").choices(["qcow2", "vhd", "zvhd", "vmdk"]))
    .option("--quick", "quick export: copy the file as stored (ZVHD2), without conversion");
  addWaitOptions(addSafeModeOption(cmd)).action(
    action(io, async (ctx, imageId: string, f: ExportFlags) => {
      if (f.quick && f.format) throw new UsageError("--format does not apply to --quick exports", "--format");
      if (!f.quick && !f.format) throw new UsageError("--format is required (qcow2, vhd, zvhd or vmdk), unless --quick", "--format");
      const client = await ctx.client();
      const init = {
        params: { path: { image_id: imageId } },
        body: { bucket_url: obsObject("--to", f.to), ...(f.format ? { file_format: f.format } : {}), ...(f.quick ? { is_quick_export: true } : {}) },
      };
      const { job_id } = await unwrap(f.safeMode ? client.POST("/v2.1/cloudimages/{image_id}/file", init) : client.POST("/v1/cloudimages/{image_id}/file", init));
      await followJob(ctx, client, job_id, "Export", f);
    }),
  );
  examples(
    cmd,
    "ims images export 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --to backups:web.qcow2 --format qcow2 --wait",
    "ims images export 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --to backups:web.zvhd2 --quick",
  );
}

export function registerImageFiles(images: Command, io: CliIO): void {
  registerImport(images, io);
  registerRegister(images, io);
  registerExport(images, io);
}
