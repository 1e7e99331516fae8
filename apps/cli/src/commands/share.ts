import { Option, type Command } from "commander";
import type { components } from "@imsjs/client";
import { action, examples } from "../command.js";
import { confirm } from "../confirm.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { unwrap } from "../http/unwrap.js";
import type { CliIO } from "../io.js";
import { addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { list, nonBlank, positiveInt } from "../options.js";
import { stateStyle } from "../output/color.js";
import { listView } from "../output/view.js";

type ImageMember = components["schemas"]["ImageMember"];
type PageInfo = components["schemas"]["PageInfo"];

interface MemberFlags extends WaitFlags {
  project?: string[];
  domain?: string[];
  organization?: string[];
  yes?: boolean;
}

// At least one of the three lists, which the contract (and so the body's type) insists on.
function members(f: MemberFlags) {
  const { project: projects, domain: domains, organization: organizations } = f;
  const whom = { ...(projects ? { projects } : {}), ...(domains ? { domains } : {}), ...(organizations ? { organizations } : {}) };
  if (projects) return { ...whom, projects };
  if (domains) return { ...whom, domains };
  if (organizations) return { ...whom, organizations };
  throw new UsageError("say whom: --project, --domain or --organization (each repeatable)", "--project");
}

function withWhom(cmd: Command): Command {
  return cmd
    .option("--project <id>", "project ID to share with (repeatable, or comma-separated)", list)
    .option("--domain <name>", "account (domain) to share with (repeatable)", list)
    .option("--organization <urn>", "organization to share with (repeatable)", list);
}

const memberListView = listView(
  (m: ImageMember[]) => m,
  [
    { header: "MEMBER", value: (m: ImageMember) => m.member_id },
    { header: "TYPE", value: (m) => m.member_type },
    { header: "STATUS", value: (m) => m.status, style: stateStyle },
    { header: "CREATED", value: (m) => m.created_at },
    { header: "UPDATED", value: (m) => m.updated_at },
  ],
  "Not shared with anyone.",
);

/** `page_info` is an object in the reference and a list of one in API Explorer's example; as the client's paginate() reads it. */
function nextMarkerOf(info: PageInfo | PageInfo[] | undefined): string | undefined {
  const last = Array.isArray(info) ? info[info.length - 1] : info;
  return last?.next_marker || undefined;
}

async function answer(ctx: Context, ids: string[], status: "accepted" | "rejected", f: WaitFlags & { vaultId?: string }): Promise<void> {
  const projectId = (await ctx.settings()).projectId?.value;
  if (!projectId) throw new UsageError("your project ID is needed to answer a share: pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID", "--project-id");
  const client = await ctx.client();
  const { job_id } = await unwrap(
    client.PUT("/v1/cloudimages/members", { body: { images: ids, project_id: projectId, status, ...(f.vaultId ? { vault_id: f.vaultId } : {}) } }),
  );
  await followJob(ctx, client, job_id, status === "accepted" ? "Accepting" : "Rejecting", f);
}

export function registerShare(images: Command, io: CliIO): void {
  const share = images.command("share").description("share private images with other projects, and answer shares offered to you");
  examples(share, "ims images share add 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --project 0b1e494e2660441a957313163095fe5c");

  const add = withWhom(share.command("add <image-id...>").description("share images with projects, accounts or organizations"));
  addWaitOptions(add).action(
    action(io, async (ctx, ids: string[], f: MemberFlags) => {
      const whom = members(f);
      const client = await ctx.client();
      const { job_id } = await unwrap(client.POST("/v1/cloudimages/members", { body: { images: ids, ...whom } }));
      await followJob(ctx, client, job_id, "Sharing", f);
    }),
  );
  examples(add, "ims images share add 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --project 0b1e494e2660441a957313163095fe5c,1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f --wait");

  const remove = withWhom(share.command("remove <image-id...>").description("stop sharing images (asks first on a terminal)")).option("-y, --yes", "do not ask for confirmation");
  addWaitOptions(remove).action(
    action(io, async (ctx, ids: string[], f: MemberFlags) => {
      const whom = members(f);
      const who = [...(whom.projects ?? []), ...(whom.domains ?? []), ...(whom.organizations ?? [])].join(", ");
      await confirm(ctx, `Stop sharing ${ids.join(", ")} with ${who}?`, f.yes);
      const client = await ctx.client();
      const { job_id } = await unwrap(client.DELETE("/v1/cloudimages/members", { body: { images: ids, ...whom } }));
      await followJob(ctx, client, job_id, "Unsharing", f);
    }),
  );
  examples(remove, "ims images share remove 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --project 0b1e494e2660441a957313163095fe5c --yes");

  for (const [verb, status] of [["accept", "accepted"], ["reject", "rejected"]] as const) {
    const cmd = share.command(`${verb} <image-id...>`).description(`${verb} images shared with your project`);
    if (verb === "accept") cmd.option("--vault-id <id>", "CBR vault, needed to accept a full-ECS image made from a backup", nonBlank);
    addWaitOptions(cmd).action(action(io, (ctx, ids: string[], f: WaitFlags & { vaultId?: string }) => answer(ctx, ids, status, f)));
    examples(cmd, `ims images share ${verb} 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --project-id 0b1e494e2660441a957313163095fe5c`);
  }

  examples(
    share
      .command("list <image-id>")
      .description("list whom an image is shared with")
      .option("--limit <n>", "page size", positiveInt)
      .option("--marker <member-id>", "start after this member")
      .addOption(new Option("--all", "follow the pages until the last one").conflicts("marker"))
      .action(
        action(io, async (ctx, imageId: string, f: { limit?: number; marker?: string; all?: boolean }) => {
          const client = await ctx.client();
          const found: ImageMember[] = [];
          const query = { ...(f.limit ? { limit: f.limit } : {}), ...(f.marker ? { marker: f.marker } : {}) };
          const init = { params: { path: { image_id: imageId }, query } };
          if (f.all) {
            const { paginate } = await import("@imsjs/client");
            for await (const member of paginate(client, "/v1/{project_id}/cloudimages/{image_id}/members", init)) found.push(member);
          } else {
            const page = await unwrap(client.GET("/v1/{project_id}/cloudimages/{image_id}/members", init));
            found.push(...page.members);
            const next = nextMarkerOf(page.page_info);
            // As `images list` does: people only, on stderr, so stdout stays the data in every format.
            if (next && ctx.io.stderrIsTTY) ctx.note(`More members follow: add --all, or --marker ${next} for the next page.`);
          }
          await ctx.print(found, memberListView);
        }),
      ),
    "ims images share list 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --all",
  );
}
