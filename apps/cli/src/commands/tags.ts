import type { Command } from "commander";
import type { components } from "@imsjs/client";
import { action, examples } from "../command.js";
import { confirm } from "../confirm.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { characters, TAG_LIMITS } from "../options.js";
import { listView, Shown } from "../output/view.js";

type ImageTag = components["schemas"]["ImageTag"];
type TagKeyValues = components["schemas"]["TagKeyValues"];

// ims_03_0617: on delete IMS checks only that a key has at most 127 characters and a value 255.
const LIMITS = { add: TAG_LIMITS, remove: { key: 127, value: 255, tags: Infinity } };

/** `key=value` for adding; for removing, `key` alone is enough and is sent without a value. */
function parseTags(values: string[], valueRequired: boolean): { key: string; value?: string }[] {
  const form = valueRequired ? "key=value" : "key[=value]";
  const arg = `<${form}...>`;
  const limit = valueRequired ? LIMITS.add : LIMITS.remove;
  if (values.length > limit.tags) throw new UsageError(`${arg}: ${values.length} tags, but an image has at most ${limit.tags}`, arg);
  const tags = values.map((t) => {
    const at = t.indexOf("=");
    if (at === 0 || (valueRequired && at < 0)) throw new UsageError(`tag "${t}" is not ${form}`, arg);
    const tag = at < 0 ? { key: t } : { key: t.slice(0, at), value: t.slice(at + 1) };
    if (tag.key.trim() === "") throw new UsageError(`${arg}: tag "${t}" has a blank key`, arg);
    if (characters(tag.key) > limit.key) throw new UsageError(`${arg}: tag key "${tag.key}" has ${characters(tag.key)} characters; at most ${limit.key}`, arg);
    if (tag.value !== undefined && characters(tag.value) > limit.value) {
      throw new UsageError(`${arg}: the value of tag "${tag.key}" has ${characters(tag.value)} characters; at most ${limit.value}`, arg);
    }
    return tag;
  });
  // ims_03_0617: the keys of one request must differ; IMS refuses the whole request otherwise.
  for (const [i, { key }] of tags.entries()) {
    const twice = tags.findIndex((t, j) => j > i && t.key === key);
    if (twice >= 0) throw new UsageError(`tag key "${key}" is given twice (${values[i]}, ${values[twice]}): each key once`, arg);
  }
  return tags;
}

export function registerTags(program: Command, io: CliIO): void {
  const tags = program.command("tags").description("list, add and remove image tags (key=value)");
  examples(tags, "ims tags list 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d");

  examples(
    tags
      .command("list [image-id]")
      .description("the tags of one image, or every tag key and its values in the project")
      .action(
        action(io, async (ctx, imageId: string | undefined) => {
          const client = await ctx.client();
          if (imageId) {
            const { tags: found } = await unwrap(client.GET("/v2/{project_id}/images/{image_id}/tags", { params: { path: { image_id: imageId } } }));
            await ctx.print(found, listView((t: ImageTag[]) => t, [{ header: "KEY", value: (t: ImageTag) => t.key }, { header: "VALUE", value: (t) => t.value }], "No tags."));
            return;
          }
          const { tags: found } = await unwrap(client.GET("/v2/{project_id}/images/tags", { params: { path: {} } }));
          await ctx.print(
            found,
            listView((t: TagKeyValues[]) => t, [{ header: "KEY", value: (t: TagKeyValues) => t.key }, { header: "VALUES", value: (t) => new Shown(t.values.join(", "), t.values.join(",")) }], "No tags."),
          );
        }),
      ),
    "ims tags list",
    "ims tags list 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --output tsv",
  );

  examples(
    tags
      .command("add <image-id> <key=value...>")
      .description("add or overwrite tags of an image (at most 10 per image)")
      .action(
        action(io, async (ctx, imageId: string, pairs: string[]) => {
          const body = { action: "create" as const, tags: parseTags(pairs, true) };
          const client = await ctx.client();
          await unwrap(client.POST("/v2/{project_id}/images/{image_id}/tags/action", { params: { path: { image_id: imageId } }, body }));
          ctx.note(`Tagged image ${imageId}: ${body.tags.map((t) => `${t.key}=${t.value ?? ""}`).join(", ")}.`);
        }),
      ),
    "ims tags add 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d env=prod team=web",
  );

  examples(
    tags
      .command("remove <image-id> <key[=value]...>")
      .description("remove tags from an image (asks first on a terminal)")
      .option("-y, --yes", "do not ask for confirmation")
      .action(
        action(io, async (ctx, imageId: string, keys: string[], f: { yes?: boolean }) => {
          const body = { action: "delete" as const, tags: parseTags(keys, false) };
          await confirm(ctx, `Remove tag${keys.length > 1 ? "s" : ""} ${body.tags.map((t) => t.key).join(", ")} from image ${imageId}?`, f.yes);
          const client = await ctx.client();
          await unwrap(client.POST("/v2/{project_id}/images/{image_id}/tags/action", { params: { path: { image_id: imageId } }, body }));
          ctx.note(`Removed ${body.tags.map((t) => t.key).join(", ")} from image ${imageId}.`);
        }),
      ),
    "ims tags remove 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d env --yes",
  );
}
