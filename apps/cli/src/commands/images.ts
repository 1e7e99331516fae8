import { Option, type Command } from "commander";
import { action, examples } from "../command.js";
import { NotFoundError, UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { keyValue, nonNegativeInt, positiveInt } from "../options.js";
import { imageListView, imageView, type Image } from "../views/image.js";
import { filterOptions, queryFromFlags } from "./image-filters.js";
import { registerImageCopy } from "./images-copy.js";
import { registerImageCreate } from "./images-create.js";
import { registerImageDelete } from "./images-delete.js";
import { registerImageFiles } from "./images-files.js";
import { registerImageCreateWhole } from "./images-whole.js";
import { registerShare } from "./share.js";

type ListFlags = Record<string, unknown> & { limit?: number; marker?: string; all?: boolean };

/** IMS's default (and largest) page. */
const MAX_PAGE = 500;

function registerList(images: Command, io: CliIO): void {
  const list = images.command("list").description("list the images you can see, filtered by any listImages filter");
  for (const o of filterOptions()) list.addOption(o);
  list
    .option("--limit <n>", "page size (IMS default 500)", positiveInt)
    .option("--marker <image-id>", "start after this image ID")
    .addOption(new Option("--all", "follow the pages until the last one").conflicts("marker"))
    .action(
      action(io, async (ctx, flags: ListFlags) => {
        const client = await ctx.client();
        const query = queryFromFlags(flags);
        const found: Image[] = [];
        if (flags.all) {
          const { paginate } = await import("@imsjs/client");
          const limit = flags.limit ?? MAX_PAGE;
          for await (const image of paginate(client, "/v2/cloudimages", { params: { query: { ...query, limit } } })) found.push(image);
        } else {
          const { limit, marker } = flags;
          const page = await unwrap(client.GET("/v2/cloudimages", { params: { query: { ...query, ...(limit ? { limit } : {}), ...(marker ? { marker } : {}) } } }));
          found.push(...page.images);
          const last = page.images[page.images.length - 1];
          // A full page means there may be more; say how to get them (people only: scripts read stdout).
          if (last && page.images.length >= (limit ?? MAX_PAGE) && ctx.io.stderrIsTTY) {
            ctx.note(`More images may follow: add --all, or --marker ${last.id} for the next page.`);
          }
        }
        await ctx.print(found, imageListView);
      }),
    );
  examples(
    list,
    "ims images list --type private --status active",
    "ims images list --platform Ubuntu --architecture arm --all --output tsv",
    "ims images list --type gold --query '[?min_disk <= `40`].{id: id, name: name}'",
  );
}

function registerShow(images: Command, io: CliIO): void {
  examples(
    images
      .command("show <image-id>")
      .description("show one image in detail")
      .action(
        action(io, async (ctx, imageId: string) => {
          const client = await ctx.client();
          const { images: found } = await unwrap(client.GET("/v2/cloudimages", { params: { query: { id: imageId } } }));
          const image = found.find((i) => i.id === imageId) ?? (found.length === 1 ? found[0] : undefined);
          if (!image) throw new NotFoundError(`no image ${imageId}, or you cannot see it`);
          await ctx.print(image, imageView);
        }),
      ),
    "ims images show bc6bed6e-ba3a-4447-afcc-449174a3eb52",
    "ims images show bc6bed6e-ba3a-4447-afcc-449174a3eb52 --output json --query min_disk",
  );
}

interface UpdateFlags {
  name?: string;
  description?: string;
  minRam?: number;
  maxRam?: number;
  set?: { key: string; value: string }[];
  unset?: string[];
}

function registerUpdate(images: Command, io: CliIO): void {
  examples(
    images
      .command("update <image-id>")
      .description("change an image's name, description, memory limits or other attributes")
      .option("--name <name>", "new name")
      .option("--description <text>", "new description")
      .option("--min-ram <mb>", "minimum memory in MB", nonNegativeInt)
      .option("--max-ram <mb>", "maximum memory in MB", nonNegativeInt)
      .option("--set <attribute=value>", "any other attribute, e.g. __support_kvm=true (repeatable)", keyValue)
      .option("--unset <attribute>", "remove an attribute (repeatable)", (v: string, prev: string[] = []) => [...prev, v])
      .action(
        action(io, async (ctx, imageId: string, f: UpdateFlags) => {
          const ops: { op: "replace" | "remove"; path: string; value?: string | number }[] = [];
          if (f.name !== undefined) ops.push({ op: "replace", path: "/name", value: f.name });
          if (f.description !== undefined) ops.push({ op: "replace", path: "/__description", value: f.description });
          if (f.minRam !== undefined) ops.push({ op: "replace", path: "/min_ram", value: f.minRam });
          if (f.maxRam !== undefined) ops.push({ op: "replace", path: "/max_ram", value: f.maxRam });
          for (const { key, value } of f.set ?? []) ops.push({ op: "replace", path: `/${key.replace(/^\//, "")}`, value });
          for (const key of f.unset ?? []) ops.push({ op: "remove", path: `/${key.replace(/^\//, "")}` });
          if (ops.length === 0) throw new UsageError("nothing to change: give --name, --description, --min-ram, --max-ram, --set or --unset");
          const client = await ctx.client();
          const image = await unwrap(client.PATCH("/v2/cloudimages/{image_id}", { params: { path: { image_id: imageId } }, body: ops }));
          await ctx.print(image, imageView);
        }),
      ),
    "ims images update 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --name web-v2 --description \"nginx 1.27\"",
    "ims images update 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --set __support_kvm=true --unset __description",
  );
}

export function registerImages(program: Command, io: CliIO): void {
  const images = program.command("images").description("list, create, change, copy, export and share images");
  examples(images, "ims images list --type private", "ims images create --help");
  registerList(images, io);
  registerShow(images, io);
  registerImageCreate(images, io);
  registerImageCreateWhole(images, io);
  registerImageFiles(images, io);
  registerUpdate(images, io);
  registerImageDelete(images, io);
  registerImageCopy(images, io);
  registerShare(images, io);
}
