import type { Command } from "commander";
import { action, examples } from "../command.js";
import type { CliIO } from "../io.js";
import { addPollOptions, cleanJobId, waitAndShow, type WaitFlags } from "../jobs/follow.js";
import { getJob } from "../jobs/wait.js";
import { jobView } from "../views/job.js";

export function registerJobs(program: Command, io: CliIO): void {
  const jobs = program.command("jobs").description("follow the asynchronous jobs that create, copy, export and share images");
  examples(jobs, "ims jobs show ff8080814dbd65d7014dbe0d84db0013");

  examples(
    jobs
      .command("show <job-id>")
      .description("show a job's state, progress and result")
      .action(
        action(io, async (ctx, jobId: string) => {
          const job = await getJob(await ctx.client(), cleanJobId(jobId));
          await ctx.print(job, jobView);
        }),
      ),
    "ims jobs show ff8080814dbd65d7014dbe0d84db0013",
    "ims jobs show ff8080814dbd65d7014dbe0d84db0013 --query entities.image_id --output tsv",
  );

  examples(
    addPollOptions(
      jobs
        .command("wait <job-id>")
        .description("wait until a job succeeds or fails, showing its progress; exit 1 if it fails, 124 if --timeout passes first"),
    ).action(
      action(io, async (ctx, jobId: string, flags: WaitFlags) => {
        await waitAndShow(ctx, await ctx.client(), jobId, flags);
      }),
    ),
    "ims jobs wait ff8080814dbd65d7014dbe0d84db0013",
    "ims jobs wait ff8080814dbd65d7014dbe0d84db0013 --interval 10 --timeout 1800",
  );
}
