import type { components } from "@imsjs/client";
import { stateStyle } from "../output/color.js";
import { listView, Shown, shown, type View } from "../output/view.js";

export type Image = components["schemas"]["Image"];

const gb = (v: unknown) => shown(v, (n) => `${String(n)} GB`);

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
    ["Min RAM", shown(i.min_ram, (n) => `${String(n)} MB`)],
    ["Size", shown(i.__image_size, (n) => `${String(n)} bytes`)],
    // For a script, the key's ID, or an empty cell when there is none.
    ["Encrypted", shown(i.__system__cmkid || null, (key) => `yes (KMS key ${String(key)})`) ?? new Shown("no", null)],
    ["Protected", i.protected],
    ["Owner", i.owner],
    ["Description", i.__description],
    ["Tags", i.tags && i.tags.length > 0 ? new Shown(i.tags.join(", "), i.tags.join(",")) : undefined],
    ["Created", i.created_at],
    ["Updated", i.updated_at],
  ],
};
