import { Option, type Command } from "commander";
import type { components, operations } from "@imsjs/client";
import { action, examples } from "../command.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { listView } from "../output/view.js";

type QuotaResource = components["schemas"]["QuotaResource"];
type OsVersion = components["schemas"]["OsVersion"];
type OsTag = NonNullable<NonNullable<operations["listOsVersions"]["parameters"]["query"]>["tag"]>[number];

export function registerInfo(program: Command, io: CliIO): void {
  examples(
    program
      .command("quota")
      .description("how many private images, shared images and image members you have, and may have")
      .action(
        action(io, async (ctx) => {
          const client = await ctx.client();
          const { quotas } = await unwrap(client.GET("/v1/cloudimages/quota", {}));
          await ctx.print(
            quotas.resources,
            listView(
              (r: QuotaResource[]) => r,
              [
                { header: "RESOURCE", value: (r: QuotaResource) => r.type },
                { header: "USED", value: (r) => r.used },
                { header: "QUOTA", value: (r) => r.quota },
                { header: "MIN", value: (r) => r.min },
                { header: "MAX", value: (r) => r.max },
              ],
              "No quotas.",
            ),
          );
        }),
      ),
    "ims quota",
    "ims quota --query \"[?type=='image'].quota | [0]\" --output tsv",
  );

  examples(
    program
      .command("os-versions")
      .description("the OS versions IMS knows, to pass as --os-version")
      .addOption(new Option("--tag <tag...>", "only versions for BMS, UEFI boot, arm or x86").choices(["bms", "uefi", "arm", "x86"]))
      .action(
        action(io, async (ctx, f: { tag?: OsTag[] }) => {
          const client = await ctx.client();
          const groups = await unwrap(client.GET("/v1/cloudimages/os_version", { params: { query: f.tag ? { tag: f.tag } : {} } }));
          const versions = groups.flatMap((g) => g.version_list);
          await ctx.print(
            versions,
            listView(
              (v: OsVersion[]) => v,
              [
                { header: "OS VERSION", value: (v: OsVersion) => v.os_version_key },
                { header: "PLATFORM", value: (v) => v.platform },
                { header: "TYPE", value: (v) => v.os_type },
                { header: "BITS", value: (v) => v.os_bit },
              ],
              "No OS versions.",
            ),
          );
        }),
      ),
    "ims os-versions",
    "ims os-versions --tag arm --query \"[?platform=='Ubuntu'].os_version_key\"",
  );
}
