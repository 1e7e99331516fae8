import type { Command } from "commander";
import { action, examples } from "../command.js";
import { confirm } from "../confirm.js";
import { DryRunStop, PartialFailure } from "../errors.js";
import { explain } from "../explain.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";

export function registerImageDelete(images: Command, io: CliIO): void {
  examples(
    images
      .command("delete <image-id...>")
      .description("delete private images (asks first on a terminal); one that cannot be deleted does not stop the others, and makes the exit code 1")
      .option("--delete-backup", "also delete the CSBS/CBR backup of a full-ECS image")
      .option("-y, --yes", "do not ask for confirmation")
      .action(
        action(io, async (ctx, ids: string[], f: { deleteBackup?: boolean; yes?: boolean }) => {
          await confirm(ctx, `Delete ${ids.length === 1 ? `image ${ids[0]}` : `${ids.length} images (${ids.join(", ")})`}?`, f.yes);
          const client = await ctx.client();
          // Each image is its own request, and one IMS refuses says nothing about the next: as with
          // `rm a b c`, the rest are still deleted and every failure is reported at the end.
          const failures: string[] = [];
          for (const id of ids) {
            try {
              await unwrap(
                client.DELETE("/v2/images/{image_id}", {
                  params: { path: { image_id: id } },
                  ...(f.deleteBackup ? { body: { delete_backup: true } } : {}),
                }),
              );
            } catch (err) {
              // A dry run stops each request once printed; the next image's is printed too.
              if (err instanceof DryRunStop) continue;
              failures.push(`image ${id}: ${explain(err).message}`);
              continue;
            }
            ctx.note(`Deleted image ${id}.`);
          }
          if (failures.length === 1 && ids.length === 1) throw new PartialFailure(failures[0]);
          if (failures.length > 0) {
            throw new PartialFailure(`${failures.length} of ${ids.length} images not deleted:\n${failures.map((l) => `  ${l}`).join("\n")}`);
          }
        }),
      ),
    "ims images delete 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d",
    "ims images delete 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d 9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e --yes",
  );
}
