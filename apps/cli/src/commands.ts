import { Command, InvalidArgumentError, Option } from "commander";
import { createImsClient, type ImsClient, type components } from "@imsjs/client";
import { formatTable } from "./table.js";
import { unwrap, UsageError, type CliIO } from "./io.js";

type Image = components["schemas"]["Image"];
type Job = components["schemas"]["Job"];

interface GlobalOptions {
  endpoint?: string;
  region?: string;
  projectId?: string;
  token?: string;
  output: "table" | "json";
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

export function clientFrom(opts: GlobalOptions, io: CliIO): ImsClient {
  const endpoint = opts.endpoint ?? io.env["IMS_ENDPOINT"];
  const region = opts.region ?? io.env["HUAWEICLOUD_SDK_REGION"];
  const projectId = opts.projectId ?? io.env["HUAWEICLOUD_SDK_PROJECT_ID"];
  const token = opts.token ?? io.env["IMS_TOKEN"];
  if (!endpoint && !region) throw new UsageError("no endpoint: pass --endpoint or --region (or set IMS_ENDPOINT / HUAWEICLOUD_SDK_REGION)");
  if (!token) throw new UsageError("no credentials: pass --token or set IMS_TOKEN");
  return createImsClient({
    ...(endpoint ? { endpoint } : { region: region as string }),
    ...(projectId ? { projectId } : {}),
    credentials: { token },
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
}

function print(io: CliIO, opts: GlobalOptions, value: unknown, table: () => string): void {
  io.stdout(opts.output === "json" ? `${JSON.stringify(value, null, 2)}\n` : `${table()}\n`);
}

const text = (v: unknown): string => (v === undefined || v === null ? "-" : String(v));

export function imageTable(images: Image[]): string {
  if (images.length === 0) return "No images.";
  return formatTable(
    ["ID", "NAME", "STATUS", "TYPE", "OS", "MIN DISK", "CREATED"],
    images.map((i) => [i.id, i.name, i.status, text(i.__imagetype), text(i.__os_version), `${text(i.min_disk)} GB`, text(i.created_at)]),
  );
}

export function jobTable(job: Job): string {
  const e = job.entities ?? {};
  const rows: [string, string][] = [
    ["Job", job.job_id],
    ["Type", text(job.job_type)],
    ["Status", job.status],
    ["Progress", e.process_percent === undefined ? "-" : `${Math.round(e.process_percent <= 1 ? e.process_percent * 100 : e.process_percent)}%`],
    ["Image", e.image_id ? `${e.image_id}${e.image_name ? ` (${e.image_name})` : ""}` : "-"],
    ["Started", text(job.begin_time)],
    ["Ended", text(job.end_time)],
  ];
  if (job.fail_reason) rows.push(["Failure", `${text(job.error_code)}: ${job.fail_reason}`]);
  return rows.map(([k, v]) => `${`${k}:`.padEnd(10)}${v}`).join("\n");
}

export function buildProgram(io: CliIO): Command {
  const program = new Command("ims")
    .description("The command line for Huawei Cloud Image Management Service (IMS).")
    .option("--endpoint <url>", "IMS endpoint, e.g. a local mock (env IMS_ENDPOINT)")
    .option("--region <id>", "region ID such as ap-southeast-1 (env HUAWEICLOUD_SDK_REGION)")
    .option("--project-id <id>", "project ID (env HUAWEICLOUD_SDK_PROJECT_ID)")
    .option("--token <token>", "IAM token (env IMS_TOKEN)")
    .addOption(new Option("-o, --output <format>", "output format").choices(["table", "json"]).default("table"))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  const images = program.command("images").description("list, create and change images");
  images
    .command("list")
    .description("list the images you can see")
    .option("--name <name>", "exact image name")
    .addOption(new Option("--type <type>", "image type").choices(["gold", "private", "shared", "market"]))
    .addOption(new Option("--status <status>", "image state").choices(["queued", "saving", "deleted", "killed", "active"]))
    .addOption(new Option("--os-type <os>", "OS family").choices(["Linux", "Windows", "Other"]))
    .option("--limit <n>", "page size", positiveInt)
    .option("--marker <id>", "start after this image ID")
    .action(async (o: { name?: string; type?: "gold"; status?: "active"; osType?: "Linux"; limit?: number; marker?: string }) => {
      const opts = program.opts<GlobalOptions>();
      const data = await unwrap(
        clientFrom(opts, io).GET("/v2/cloudimages", {
          params: {
            query: {
              ...(o.name ? { name: o.name } : {}),
              ...(o.type ? { __imagetype: o.type } : {}),
              ...(o.status ? { status: o.status } : {}),
              ...(o.osType ? { __os_type: o.osType } : {}),
              ...(o.limit ? { limit: o.limit } : {}),
              ...(o.marker ? { marker: o.marker } : {}),
            },
          },
        }),
      );
      print(io, opts, data.images, () => imageTable(data.images));
    });

  images
    .command("create")
    .description("make a private image from an ECS, and show the job that does it")
    .requiredOption("--name <name>", "name of the new image")
    .requiredOption("--instance-id <id>", "ECS to make the image from")
    .option("--description <text>", "image description")
    .action(async (o: { name: string; instanceId: string; description?: string }) => {
      const opts = program.opts<GlobalOptions>();
      const client = clientFrom(opts, io);
      const { job_id } = await unwrap(
        client.POST("/v2/cloudimages/action", {
          body: { name: o.name, instance_id: o.instanceId, ...(o.description ? { description: o.description } : {}) },
        }),
      );
      const job = await unwrap(client.GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id } } }));
      print(io, opts, job, () => `Image creation started.\n${jobTable(job)}`);
    });

  const jobs = program.command("jobs").description("follow asynchronous jobs");
  jobs
    .command("show <job-id>")
    .description("show a job's state, progress and result")
    .action(async (jobId: string) => {
      const opts = program.opts<GlobalOptions>();
      const job = await unwrap(clientFrom(opts, io).GET("/v1/cloudimages/job/{job_id}", { params: { path: { job_id: jobId } } }));
      print(io, opts, job, () => jobTable(job));
    });

  return program;
}
