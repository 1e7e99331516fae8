import type { Command } from "commander";
import { action, examples } from "../command.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { addSafeModeOption, addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { nonBlank } from "../options.js";

interface CopyFlags extends WaitFlags {
  name: string;
  description?: string;
  cmkId?: string;
  enterpriseProjectId?: string;
  toRegion?: string;
  toProject?: string;
  agency?: string;
  vaultId?: string;
  safeMode?: boolean;
}

export function registerImageCopy(images: Command, io: CliIO): void {
  const cmd = images
    .command("copy <image-id>")
    .description("copy an image in this region (e.g. to encrypt it), or to another region with --to-region")
    .requiredOption("--name <name>", "name of the copy")
    .option("--description <text>", "description of the copy")
    .option("--cmk-id <id>", "in-region: KMS key to encrypt the copy with")
    .option("--enterprise-project-id <id>", "in-region: enterprise project of the copy")
    .option("--to-region <region>", "cross-region: destination region, e.g. cn-north-4", nonBlank)
    .option("--to-project <name>", "cross-region: destination project name, e.g. cn-north-4", nonBlank)
    .option("--agency <name>", "cross-region: IAM agency that lets IMS copy on your behalf", nonBlank)
    .option("--vault-id <id>", "cross-region: CBR vault, for full-ECS images", nonBlank);
  addWaitOptions(addSafeModeOption(cmd)).action(
    action(io, async (ctx, imageId: string, f: CopyFlags) => {
      const crossOnly = ([["--to-project", f.toProject], ["--agency", f.agency], ["--vault-id", f.vaultId]] as const).find(([, v]) => v !== undefined);
      const inOnly = ([["--cmk-id", f.cmkId], ["--enterprise-project-id", f.enterpriseProjectId]] as const).find(([, v]) => v !== undefined);
      if (f.toRegion === undefined) {
        if (crossOnly) throw new UsageError(`${crossOnly[0]} only applies with --to-region`, crossOnly[0]);
        const client = await ctx.client();
        const init = {
          params: { path: { image_id: imageId } },
          body: {
            name: f.name,
            ...(f.description !== undefined ? { description: f.description } : {}),
            ...(f.cmkId ? { cmk_id: f.cmkId } : {}),
            ...(f.enterpriseProjectId ? { enterprise_project_id: f.enterpriseProjectId } : {}),
          },
        };
        const { job_id } = await unwrap(f.safeMode ? client.POST("/v2.1/cloudimages/{image_id}/copy", init) : client.POST("/v1/cloudimages/{image_id}/copy", init));
        await followJob(ctx, client, job_id, "Copy", f);
        return;
      }
      if (inOnly) throw new UsageError(`${inOnly[0]} does not apply to cross-region copies`, inOnly[0]);
      if (f.safeMode) throw new UsageError("--safe-mode does not apply to cross-region copies", "--safe-mode");
      if (!f.agency) throw new UsageError("--agency is required with --to-region", "--agency");
      const client = await ctx.client();
      const { job_id } = await unwrap(
        client.POST("/v1/cloudimages/{image_id}/cross_region_copy", {
          params: { path: { image_id: imageId } },
          body: {
            name: f.name,
            region: f.toRegion,
            project_name: f.toProject ?? f.toRegion,
            agency_name: f.agency,
            ...(f.description !== undefined ? { description: f.description } : {}),
            ...(f.vaultId ? { vault_id: f.vaultId } : {}),
          },
        }),
      );
      await followJob(ctx, client, job_id, "Cross-region copy", f);
    }),
  );
  examples(
    cmd,
    "ims images copy 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --name web-encrypted --cmk-id 0b1e494e-2660-441a-9573-13163095fe5c --wait",
    "ims images copy 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --name web --to-region cn-north-4 --agency ims_admin_agency",
  );
}
