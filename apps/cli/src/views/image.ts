import type { components } from "@imsjs/client";
import { stateStyle } from "../output/color.js";
import { listView, type View } from "../output/view.js";

export type Image = components["schemas"]["Image"];

const gb = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : `${String(v)} GB`);

export const imageListView: View<Image[]> = listView(
  (images: Image[]) => images,
  [
    { header: "ID", value: (i: Image) => i.id },
    { header: "NAME", value: (i) => i.name },
    { header: "STATUS", value: (i) => i.status, style: stateStyle },
    { header: "TYPE", value: (i) => i.__imagetype },
    { header: "OS", value: (i) => i.__os_version },
    { header: "MIN DISK", value: (i) => gb(i.min_disk) },
    { header: "CREATED", value: (i) => i.created_at },
  ],
  "No images.",
);

export const imageView: View<Image> = {
  kind: "record",
  fields: (i) => [
    ["ID", i.id],
    ["Name", i.name],
    ["Status", i.status, stateStyle(i.status)],
    ["Type", i.__imagetype],
    ["Visibility", i.visibility],
    ["OS", i.__os_version],
    ["Platform", i.__platform],
    ["Firmware", i.hw_firmware_type],
    ["Runs on", i.virtual_env_type],
    ["Disk format", i.disk_format],
    ["Min disk", gb(i.min_disk)],
    ["Min RAM", i.min_ram === undefined ? undefined : `${i.min_ram} MB`],
    ["Size", i.__image_size === undefined || i.__image_size === null ? undefined : `${i.__image_size} bytes`],
    ["Encrypted", i.__system__cmkid ? `yes (KMS key ${i.__system__cmkid})` : "no"],
    ["Protected", i.protected],
    ["Owner", i.owner],
    ["Description", i.__description],
    ["Tags", i.tags && i.tags.length > 0 ? i.tags.join(", ") : undefined],
    ["Created", i.created_at],
    ["Updated", i.updated_at],
  ],
};
