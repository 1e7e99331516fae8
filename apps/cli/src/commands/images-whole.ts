import { Option, type Command } from "commander";
import type { components } from "@imsjs/client";
import { action, examples } from "../command.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { imageTag, nonBlank, nonNegativeInt } from "../options.js";

type CreateWholeImageRequest = components["schemas"]["CreateWholeImageRequest"];

interface WholeFlags extends WaitFlags {
  name: string;
  description?: string;
  instanceId?: string;
  backupId?: string;
  backupType?: CreateWholeImageRequest["whole_image_type"];
  vaultId?: string;
  minRam?: number;
  maxRam?: number;
  enterpriseProjectId?: string;
  tag?: { key: string; value: string }[];
}

export function createWholeImageBody(f: WholeFlags): CreateWholeImageRequest {
  if (f.instanceId && f.backupId) throw new UsageError("--instance-id and --backup-id are alternatives: give one source", "--backup-id");
  const source = f.instanceId ? { instance_id: f.instanceId } : f.backupId ? { backup_id: f.backupId, whole_image_type: f.backupType ?? "CBR" } : undefined;
  if (!source) throw new UsageError("give a source: --instance-id (an ECS) or --backup-id (a CBR or CSBS backup)", "--instance-id");
  if (f.backupType && !f.backupId) throw new UsageError("--backup-type goes with --backup-id", "--backup-type");
  return {
    name: f.name,
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...source,
    ...(f.vaultId ? { vault_id: f.vaultId } : {}),
    ...(f.minRam !== undefined ? { min_ram: f.minRam } : {}),
    ...(f.maxRam !== undefined ? { max_ram: f.maxRam } : {}),
    ...(f.enterpriseProjectId ? { enterprise_project_id: f.enterpriseProjectId } : {}),
    ...(f.tag ? { image_tags: f.tag } : {}),
  };
}

export function registerImageCreateWhole(images: Command, io: CliIO): void {
  const cmd = images
    .command("create-whole")
    .description("make a full-ECS image (system and data disks) from an ECS or from a CBR/CSBS backup")
    .requiredOption("--name <name>", "name of the new image")
    .option("--description <text>", "image description")
    .option("--instance-id <id>", "source: the ECS to capture", nonBlank)
    .option("--backup-id <id>", "source: a CBR or CSBS backup", nonBlank)
    .addOption(new Option("--backup-type <type>", "kind of --backup-id (default CBR)").choices(["CBR", "CSBS"]))
    .option("--vault-id <id>", "CBR vault for the backup made from --instance-id", nonBlank)
    .option("--min-ram <mb>", "minimum memory in MB", nonNegativeInt)
    .option("--max-ram <mb>", "maximum memory in MB", nonNegativeInt)
    .option("--enterprise-project-id <id>", "enterprise project of the image")
    .option("--tag <key=value>", "tag the image (repeatable, at most 10)", (v: string, prev: { key: string; value: string }[] | undefined) => imageTag(v, prev));
  addWaitOptions(cmd).action(
    action(io, async (ctx, f: WholeFlags) => {
      const body = createWholeImageBody(f);
      const client = await ctx.client();
      const { job_id } = await unwrap(client.POST("/v1/cloudimages/wholeimages/action", { body }));
      await followJob(ctx, client, job_id, "Full-ECS image creation", f);
    }),
  );
  examples(
    cmd,
    "ims images create-whole --name app-full --instance-id 877a2cda-ba63-4e1e-b95f-e67e48b6129a --vault-id 6b7b2b6b-3c57-4a4d-a0a8-6f1a3d2b1c0e --wait",
    "ims images create-whole --name app-from-backup --backup-id 7a8f3b0e-2f6c-4d7b-9a4e-0d1c2b3a4f5e --backup-type CBR",
  );
}
