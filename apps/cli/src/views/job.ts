import { stateStyle } from "../output/color.js";
import { Shown, shown, type View } from "../output/view.js";
import { failedSubJobsOf, failureOf, imageIdsOf, percentOf, type Job } from "../jobs/wait.js";

function jobFields(job: Job): [string, unknown, ReturnType<typeof stateStyle>?][] {
  const e = job.entities ?? {};
  const pct = percentOf(job);
  const images = imageIdsOf(job);
  const fields: [string, unknown, ReturnType<typeof stateStyle>?][] = [
    ["Job", job.job_id],
    ["Type", job.job_type],
    ["Status", job.status, stateStyle(job.status)],
    ["Progress", shown(pct, (n) => `${String(n)}%`)],
    [
      "Image",
      images.length === 0 ? undefined : new Shown(images.length === 1 && e.image_name ? `${images[0]} (${e.image_name})` : images.join(", "), images.join(",")),
    ],
    ["Started", job.begin_time],
    ["Ended", job.end_time],
  ];
  const { code, reason } = failureOf(job);
  if (code || reason) fields.push(["Failure", `${code ?? "-"}: ${reason ?? "-"}`, "red"]);
  // A job that makes several images can finish with some of its sub-jobs failed.
  for (const s of failedSubJobsOf(job)) fields.push(["Failure", `sub-job ${s.job_id ?? "-"} ${s.error_code ?? "-"}: ${s.fail_reason ?? "-"}`, "red"]);
  return fields;
}

export const jobView: View<Job> = { kind: "record", fields: jobFields };

function finishedFooter(job: Job): string | undefined {
  const ids = imageIdsOf(job);
  if (ids.length === 0) return undefined;
  // An export names the image it wrote to OBS, which was ready before and is unchanged.
  if (job.job_type === "imsNativeExportImageJob") return `\nDone: image ${ids.join(", ")} exported.`;
  return ids.length === 1 ? `\nDone: image ${ids[0]} is ready.` : `\nDone: images ${ids.join(", ")} are ready.`;
}

/** A job just started, as IMS first shows it; how to follow it has already been said on stderr. */
export function startedJobView(what: string): View<Job> {
  return {
    kind: "record",
    fields: jobFields,
    footer: (job) => {
      if (job.status === "SUCCESS") return finishedFooter(job) ?? `\n${what}: done.`;
      if (job.status === "FAIL") return `\n${what} failed.`;
      return undefined;
    },
  };
}

/** A job IMS has not shown yet: its ID is all there is. */
export const jobIdView: View<{ job_id: string }> = { kind: "record", fields: (j) => [["Job", j.job_id]] };

/** A job waited for until it finished. */
export const finishedJobView: View<Job> = {
  kind: "record",
  fields: jobFields,
  footer: finishedFooter,
};
