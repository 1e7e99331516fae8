import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { baseEnv, ims, imsInProcess } from "./support/run.js";
import { fakeIms, IMAGE_ID, job, JOB_ID, type FakeIms, type Recorded } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const env = (url: string): Record<string, string> => baseEnv({ IMS_ENDPOINT: url, IMS_TOKEN: "tok-wait-1234" });

/** createImage answers a job id; the job then runs through the given states, one per poll. */
function scripted(states: Record<string, unknown>[]): (req: Recorded) => { status?: number; body: unknown } {
  let poll = 0;
  return (req) => {
    if (req.method === "POST") return { body: { job_id: JOB_ID } };
    const state = states[Math.min(poll, states.length - 1)];
    poll++;
    return { body: state };
  };
}

const create = ["images", "create", "--name", "web", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a"];

describe("--wait", () => {
  it("polls until SUCCESS, shows progress as plain lines off a terminal, and prints the image", async () => {
    server = await fakeIms(scripted([job("INIT"), job("RUNNING", 0.25), job("RUNNING", 0.25), job("RUNNING", 0.8), job("SUCCESS", 1)]));
    const r = await ims([...create, "--wait", "--interval", "0.01", "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    const progress = r.stderr.trimEnd().split("\n");
    // One line per change: the repeated RUNNING 25% is not printed twice.
    expect(progress.map((l) => l.replace(/ \(\d+s\)$/, ""))).toEqual([
      `Image creation started: job ${JOB_ID}. Follow it with: ims jobs wait ${JOB_ID}`,
      `job ${JOB_ID}: INIT`,
      `job ${JOB_ID}: RUNNING 25%`,
      `job ${JOB_ID}: RUNNING 80%`,
      `job ${JOB_ID}: SUCCESS 100%`,
    ]);
    expect(r.stdout).toMatch(new RegExp(`^Image:\\s+${IMAGE_ID} \\(web\\)$`, "m"));
    expect(r.stdout).toContain(`Done: image ${IMAGE_ID} is ready.`);
    expect(server.requests.filter((q) => q.method === "GET").map((q) => q.url.pathname)).toEqual(Array(5).fill(`/v1/cloudimages/job/${JOB_ID}`));
  });

  it("in JSON prints the finished job, so --query can pick the image id", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.5), job("SUCCESS", 1)]));
    const r = await ims([...create, "--wait", "--interval", "0.01", "--query", "entities.image_id", "-o", "tsv"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${IMAGE_ID}\n`);
  });

  it("is documented as what it does: --help says the finished job is printed", async () => {
    for (const command of [create.slice(0, 2), ["images", "export"], ["api"]]) {
      const r = await ims([...command, "--help"]);
      expect(r.stdout.replace(/\s+/g, " "), command.join(" ")).toContain("--wait wait for the job to finish, showing its progress, and print the finished job");
    }
  });

  it("redraws one line on a terminal", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.1), job("RUNNING", 0.6), job("SUCCESS", 1)]));
    const r = await imsInProcess(["jobs", "wait", JOB_ID, "--interval", "0.01"], { env: { ...env(server.url), NO_COLOR: "1" }, stderrIsTTY: true });
    expect(r.code).toBe(0);
    // Carriage return and erase-line before each redraw, one newline at the end.
    const shown = r.stderr.replaceAll("\r\u001b[2K", "<redraw>");
    expect(shown).toBe(`<redraw>job ${JOB_ID}: RUNNING 10% (0s)<redraw>job ${JOB_ID}: RUNNING 60% (0s)<redraw>job ${JOB_ID}: SUCCESS 100% (0s)\n`);
  });

  it("writes plain lines on a terminal that cannot erase one (TERM=dumb)", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.1), job("RUNNING", 0.6), job("SUCCESS", 1)]));
    const r = await imsInProcess(["jobs", "wait", JOB_ID, "--interval", "0.01"], { env: { ...env(server.url), TERM: "dumb" }, stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`job ${JOB_ID}: RUNNING 10% (0s)\njob ${JOB_ID}: RUNNING 60% (0s)\njob ${JOB_ID}: SUCCESS 100% (0s)\n`);
  });

  it("a job that fails exits 1 with its code and reason", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.3), job("FAIL", 0.3, { error_code: "IMS.0057", fail_reason: "the ECS is not stopped" })]));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "0.01"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`ims: error: job ${JOB_ID} failed with IMS\\.0057: the ECS is not stopped\\n$`));
  });

  it("gives up after --timeout, not as a failed job: says the job goes on and how to resume; exit 124", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.1)]));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "0.05", "--timeout", "0.2"], { env: env(server.url) });
    expect(r.code).toBe(124);
    expect(r.stderr).toMatch(new RegExp(`\\nims: error: gave up waiting for job ${JOB_ID} after 0\\.2s \\(still RUNNING\\); the job goes on: ims jobs wait ${JOB_ID}\\n$`));
    expect(r.stderr).not.toContain("failed");
    const whole = await ims([...create, "--wait", "--interval", "0.5", "--timeout", "1"], { env: env(server.url) });
    expect(whole.code).toBe(124);
    expect(whole.stderr).toContain(`ims: error: gave up waiting for job ${JOB_ID} after 1s (still RUNNING); the job goes on: ims jobs wait ${JOB_ID}\n`);
  });

  // The poll is bounded by --timeout (the client's maxWaitMs), not only by the client's own attempt
  // timeout of 30 s: a wait that outlived the poll is killed at 15 s and fails on its exit code.
  it("--timeout also ends a poll that IMS never answers: exit 124, not after the client's 30 s", async () => {
    server = await fakeIms((req) => (req.method === "GET" ? new Promise<never>(() => {}) : { body: { job_id: JOB_ID } }));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "1", "--timeout", "1"], { env: env(server.url), killAfterMs: 15_000 });
    expect(r.code).toBe(124);
    expect(r.stderr).toBe(`ims: error: gave up waiting for job ${JOB_ID} after 1s (no status yet); the job goes on: ims jobs wait ${JOB_ID}\n`);
    expect(server.requests).toHaveLength(1);
  });

  // Node 20's fetch stops forwarding an abort once the Request it was given is garbage: the client's
  // transport keeps that Request alive while it is in flight (the CLI always passes it a fetch).
  it("--timeout ends a poll that IMS never answers even when garbage is collected meanwhile", async () => {
    server = await fakeIms((req) => (req.method === "GET" ? new Promise<never>(() => {}) : { body: { job_id: JOB_ID } }));
    const gcLoop = fileURLToPath(new URL("support/gc-loop.cjs", import.meta.url));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "1", "--timeout", "2"], {
      env: { ...env(server.url), NODE_OPTIONS: `--expose-gc --require ${gcLoop}` },
      killAfterMs: 15_000,
    });
    expect([r.code, r.signal]).toEqual([124, null]);
    expect(r.stderr).toBe(`ims: error: gave up waiting for job ${JOB_ID} after 2s (no status yet); the job goes on: ims jobs wait ${JOB_ID}\n`);
  });

  it("Ctrl-C stops waiting, not the job: exit 130 with how to resume, and no cancel request", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.42)]));
    let sent = false;
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "0.05"], {
      env: env(server.url),
      onStderr: (text, child) => {
        if (!sent && text.includes("RUNNING 42%")) {
          sent = true;
          child.kill("SIGINT");
        }
      },
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(`Stopped waiting. Job ${JOB_ID} goes on in IMS; resume with: ims jobs wait ${JOB_ID}`);
    expect(server.requests.every((q) => q.method === "GET")).toBe(true);
  });

  it("an --interval or --timeout that rounds to 0 ms is a usage error, not a poll loop with no pause that never backs off", async () => {
    server = await fakeIms(() => ({ body: job("RUNNING", 0.1) }));
    const interval = await ims(["jobs", "wait", JOB_ID, "--interval", "0.0001", "--timeout", "1"], { env: env(server.url), killAfterMs: 15_000 });
    expect([interval.code, interval.stderr]).toEqual([2, "ims: error: option '--interval <seconds>' argument '0.0001' is invalid. must be a number of seconds, at least 0.001\n(add --help for usage)\n"]);
    const timeout = await ims(["jobs", "wait", JOB_ID, "--timeout", "0.0004"], { env: env(server.url), killAfterMs: 15_000 });
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain("option '--timeout <seconds>' argument '0.0004' is invalid. must be a number of seconds, at least 0.001");
    expect(server.requests).toHaveLength(0);
  });

  it("without --wait, shows the job once and how to follow it", async () => {
    server = await fakeIms(scripted([job("RUNNING", 0.05)]));
    const r = await ims([...create, "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Status:\s+RUNNING$/m);
    expect(r.stdout).toMatch(/^Progress:\s+5%$/m);
    expect(r.stderr).toBe(`Image creation started: job ${JOB_ID}. Follow it with: ims jobs wait ${JOB_ID}\n`);
    expect(server.requests.map((q) => q.method)).toEqual(["POST", "GET"]);
  });

  it("without --wait, a job that has already failed when shown is printed, then exits 1 with its code and reason, as with --wait", async () => {
    server = await fakeIms(scripted([job("FAIL", undefined, { error_code: "IMG.0100", fail_reason: "the ECS is not stopped" })]));
    const r = await ims(create, { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ job_id: JOB_ID, status: "FAIL" });
    expect(r.stderr).toBe(
      `Image creation started: job ${JOB_ID}. Follow it with: ims jobs wait ${JOB_ID}\nims: error: job ${JOB_ID} failed with IMG.0100: the ECS is not stopped\n`,
    );
  });
});

describe("a started job that cannot be fetched", () => {
  const TOKEN = "tok-wait-1234";
  // The job was created; only showing it fails (here IMS even echoes the token in its answer).
  const jobGone = (req: Recorded): { status?: number; body: unknown } =>
    req.method === "POST" ? { body: { job_id: JOB_ID } } : { status: 404, body: { error: { code: "IMG.0027", message: `job not found for ${TOKEN}` } } };
  const started = `Image creation started: job ${JOB_ID}. Follow it with: ims jobs wait ${JOB_ID}\n`;
  // The client or the CLI redacts it, whichever sees it first.
  const redacted = (text: string): string => text.replace(/\[REDACTED\]/g, "[redacted]");
  const warning = `ims: warning: could not fetch job ${JOB_ID} (IMS answered 404 IMG.0027: job not found for [redacted]); it was started all the same\n`;

  it("still prints the job ID (JSON and table), warns on stderr, exit 0", async () => {
    server = await fakeIms(jobGone);
    const json = await ims([...create, "-o", "json"], { env: env(server.url) });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ job_id: JOB_ID });
    expect(redacted(json.stderr)).toBe(started + warning);
    const table = await ims([...create, "-o", "table"], { env: env(server.url) });
    expect([table.code, table.stdout, redacted(table.stderr)]).toEqual([0, `Job: ${JOB_ID}\n`, started + warning]);
    const tsv = await ims([...create, "-q", "job_id", "-o", "tsv"], { env: env(server.url) });
    expect([tsv.code, tsv.stdout]).toEqual([0, `${JOB_ID}\n`]);
    expect(json.stderr + table.stderr).not.toContain(TOKEN);
  });

  it("with --wait fails (exit 1), but the job ID was said first", async () => {
    server = await fakeIms(jobGone);
    const r = await ims([...create, "--wait", "--interval", "0.01"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${started.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}ims: error: IMS answered 404 IMG\\.0027`));
  });
});

describe("job IDs with blanks around them", () => {
  it("are trimmed by images register --wait, jobs wait and jobs show", async () => {
    server = await fakeIms((req) => (req.method === "PUT" ? { body: { job_id: ` ${JOB_ID}` } } : { body: job("SUCCESS", 1) }));
    const register = await ims(["images", "register", IMAGE_ID, "--image-url", "b:f.qcow2", "--wait", "--interval", "0.01", "-q", "status"], { env: env(server.url) });
    expect([register.code, register.stdout]).toEqual([0, '"SUCCESS"\n']);
    const wait = await ims(["jobs", "wait", ` ${JOB_ID}\n`, "--interval", "0.01", "-q", "status"], { env: env(server.url) });
    expect([wait.code, wait.stdout, wait.stderr]).toEqual([0, '"SUCCESS"\n', `job ${JOB_ID}: SUCCESS 100% (0s)\n`]);
    const show = await ims(["jobs", "show", `${JOB_ID} `, "-q", "status"], { env: env(server.url) });
    expect([show.code, show.stdout]).toEqual([0, '"SUCCESS"\n']);
    const gets = server.requests.filter((q) => q.method === "GET").map((q) => q.url.pathname);
    expect(gets).toEqual(Array(3).fill(`/v1/cloudimages/job/${JOB_ID}`));
  });

  it("a job ID that is not one names the argument as typed, exit 2", async () => {
    server = await fakeIms(() => ({ body: job("SUCCESS", 1) }));
    const r = await ims(["jobs", "wait", "ff80/../quota"], { env: env(server.url) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ims: error: <job-id>: /);
    expect(server.requests).toHaveLength(0);
  });
});

describe("jobs that make several images (sub_jobs_result)", () => {
  const OK_IMAGE = "fc496c19-40c2-4220-8b1a-eba9d53fca7b";
  const BAD_IMAGE = "0d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const sub = (id: string, status: string, imageId: string, extra: Record<string, unknown> = {}) => ({
    job_id: id,
    job_type: "imsImportImageJob",
    status,
    error_code: null,
    fail_reason: null,
    entities: { image_name: "disk", image_id: imageId },
    ...extra,
  });
  const parent = {
    job_id: JOB_ID,
    job_type: "imsImportOvaImageJob",
    status: "SUCCESS",
    entities: {
      sub_jobs_list: ["9a175ac892fa13420193006c29e133f0", "9a175ac892fa13420193006c29e133f1"],
      sub_jobs_result: [
        sub("9a175ac892fa13420193006c29e133f0", "SUCCESS", OK_IMAGE),
        sub("9a175ac892fa13420193006c29e133f1", "FAIL", BAD_IMAGE, { error_code: "IMG.0057", fail_reason: "the image file is empty" }),
      ],
    },
  };

  // It printed "Done: image <ok>, <failed> is ready." for every sub-job's image, a failed one too.
  it("says only the images of sub-jobs that succeeded are ready, and shows the failed sub-job with its code and reason", async () => {
    server = await fakeIms(() => ({ body: parent }));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "0.01", "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Done: image ${OK_IMAGE} is ready.`);
    expect(r.stdout).not.toMatch(new RegExp(`Image:.*${BAD_IMAGE}`));
    expect(r.stdout).toMatch(/^Failure:\s+sub-job 9a175ac892fa13420193006c29e133f1 IMG\.0057: the image file is empty$/m);
  });

  it("names every image of sub-jobs that all succeeded", async () => {
    const two = { ...parent, entities: { ...parent.entities, sub_jobs_result: [sub("s1", "SUCCESS", OK_IMAGE), sub("s2", "SUCCESS", BAD_IMAGE)] } };
    server = await fakeIms(() => ({ body: two }));
    const r = await ims(["jobs", "wait", JOB_ID, "--interval", "0.01", "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Done: images ${OK_IMAGE}, ${BAD_IMAGE} are ready.`);
  });
});

// The job APIs' docs put a failure's "error code and details" in entities (showJob's schema names
// them entities.error_code and entities.error); with the job's own two null, the CLI said only
// "the job failed" and showed no Failure.
describe("a failed job whose error code and details are in entities", () => {
  const failed = {
    job_id: JOB_ID,
    job_type: "imsCreateImageByInstance",
    status: "FAIL",
    error_code: null,
    fail_reason: null,
    entities: { error_code: "IMG.0012", error: "the ECS is not stopped" },
  };
  const message = `ims: error: job ${JOB_ID} failed with IMG.0012: the ECS is not stopped\n`;

  it("--wait and jobs wait exit 1 with that code and reason", async () => {
    server = await fakeIms((req) => (req.method === "POST" ? { body: { job_id: JOB_ID } } : { body: failed }));
    const r = await ims([...create, "--wait", "--interval", "0.01"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr.endsWith(message)).toBe(true);
  });

  it("without --wait, the same", async () => {
    server = await fakeIms((req) => (req.method === "POST" ? { body: { job_id: JOB_ID } } : { body: failed }));
    const r = await ims(create, { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr.endsWith(message)).toBe(true);
  });

  it("jobs show names them as the Failure", async () => {
    server = await fakeIms(() => ({ body: failed }));
    const r = await ims(["jobs", "show", JOB_ID, "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Failure:\s+IMG\.0012: the ECS is not stopped$/m);
  });
});

describe("the footer of a finished job says what was done", () => {
  // An export leaves the image as it was and writes a file to OBS: "image … is ready" said the
  // image had just been made.
  it("an export: the image was exported, not made", async () => {
    const exported = { job_id: JOB_ID, job_type: "imsNativeExportImageJob", status: "SUCCESS", entities: { image_id: IMAGE_ID, image_name: "web", process_percent: 1 } };
    server = await fakeIms((req) => (req.method === "POST" ? { body: { job_id: JOB_ID } } : { body: exported }));
    const r = await ims(["images", "export", IMAGE_ID, "--to", "b:f.qcow2", "--format", "qcow2", "--wait", "--interval", "0.01", "-o", "table"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Done: image ${IMAGE_ID} exported.`);
    expect(r.stdout).not.toContain("is ready");
  });
});
