import type { Command } from "commander";
import { action, examples } from "../command.js";
import { confirm } from "../confirm.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";

export function registerImageDelete(images: Command, io: CliIO): void {
  examples(
    images
      .command("delete <image-id...>")
      .description("delete private images (asks first on a terminal)")
      .option("--delete-backup", "also delete the CSBS/CBR backup of a full-ECS image")
      .option("-y, --yes", "do not ask for confirmation")
      .action(
        action(io, async (ctx, ids: string[], f: { deleteBackup?: boolean; yes?: boolean }) => {
          await confirm(ctx, `Delete ${ids.length === 1 ? `image ${ids[0]}` : `${ids.length} images (${ids.join(", ")})`}?`, f.yes);
          const client = await ctx.client();
          for (const id of ids) {
            await unwrap(
              client.DELETE("/v2/images/{image_id}", {
                params: { path: { image_id: id } },
                ...(f.deleteBackup ? { body: { delete_backup: true } } : {}),
              }),
            );
            ctx.note(`Deleted image ${id}.`);
          }
        }),
      ),
    "ims images delete 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d",
    "ims images delete 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d 9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e --yes",
  );
}
