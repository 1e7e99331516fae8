import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { OperationId } from "@imsjs/openapi";
import { action, examples } from "../command.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import { addWaitOptions, followJob, type WaitFlags } from "../jobs/follow.js";
import { keyValue } from "../options.js";
import { listView, Shown, type View } from "../output/view.js";
import { describeRequest, type ParameterInfo, type RequestInfo } from "./api-describe.js";

interface ApiFlags extends WaitFlags {
  param?: { key: string; value: string }[];
  data?: string;
  list?: boolean;
}

type OperationIndex = (typeof import("@imsjs/openapi"))["operationIndex"];

// The operation index is only needed here: loading it lazily keeps it out of every other command's start-up.
async function loadIndex(): Promise<OperationIndex> {
  return (await import("@imsjs/openapi")).operationIndex;
}

function lookup(operationIndex: OperationIndex, id: string): OperationIndex[OperationId] {
  if (Object.hasOwn(operationIndex, id)) return operationIndex[id as OperationId];
  const lower = id.toLowerCase();
  // Closest first: same letters, then same start, then anywhere, then a typo or two away (a letter
  // wrong, left out or added: `lstImages`, `listImagez`); shorter names before longer ones.
  const rank = (k: string): number => {
    const l = k.toLowerCase();
    return l === lower ? 0 : l.startsWith(lower) ? 1 : l.includes(lower) || lower.includes(l) ? 2 : editDistance(l, lower) <= 2 ? 3 : 4;
  };
  const near = Object.keys(operationIndex)
    .filter((k) => rank(k) < 4)
    .sort((a, b) => rank(a) - rank(b) || a.length - b.length);
  throw new UsageError(`"${id}" is not an IMS operation${near.length ? `; did you mean ${near.slice(0, 5).join(", ")}?` : ""} (see: ims api --list)`, "<operation-id>");
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

type OperationInfo = { operationId: string; method: string; path: string; summary: string; async: boolean; deprecated: boolean; replacedBy: readonly string[] } & RequestInfo;

/** `ims api --list <operationId>`: what to pass to call it. */
async function describeOperation(id: string): Promise<OperationInfo> {
  const op = lookup(await loadIndex(), id);
  const { operationId, method, path, summary, async, deprecated, replacedBy } = op;
  return { operationId, method, path, summary, async, deprecated, replacedBy, ...(await describeRequest(operationId, method, path)) };
}

function parameterText(p: ParameterInfo): string {
  // The CLI fills in project_id itself; the others are given as --param name=value.
  const need = p.in === "path" && p.name === "project_id" ? "from --project-id" : p.required ? "required" : "optional";
  return [p.in, need, p.enum ? `one of: ${p.enum.map(String).join(", ")}` : p.type].filter(Boolean).join(", ");
}

const operationView: View<OperationInfo> = {
  kind: "record",
  fields: (o) => [
    ["Operation", o.operationId],
    ["Method", o.method],
    ["Path", o.path],
    ["Summary", o.summary],
    ["Async", new Shown(o.async ? "yes: starts a job (--wait follows it)" : "no", o.async)],
    ["Deprecated", new Shown(o.deprecated ? `yes${o.replacedBy.length ? `: use ${o.replacedBy.join(", ")}` : ""}` : "no", o.deprecated)],
    ["Body", o.body ? new Shown(`${o.body.media.map((m) => `${m.schema} (${m.type})`).join(" or ")}${o.body.required ? ", required" : ", optional"}`, o.body.media.map((m) => m.schema).join(",")) : new Shown("none", null)],
    ...o.parameters.map((p): [string, unknown] => [`--param ${p.name}`, parameterText(p)]),
  ],
};

async function readData(ctx: Context, data: string): Promise<unknown> {
  let text = data;
  if (data === "-") text = await readStdin(ctx);
  else if (data.startsWith("@")) {
    try {
      text = await readFile(data.slice(1), "utf8");
    } catch (err) {
      throw new UsageError(`--data: cannot read ${data.slice(1)}: ${(err as Error).message}`, "--data");
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`--data: not JSON: ${(err as Error).message}`, "--data");
  }
}

// Binary bodies (the Glance image file upload) are sent byte for byte from a file, never parsed.
async function readBytes(data: string): Promise<Uint8Array> {
  if (!data.startsWith("@")) throw new UsageError("--data: this operation takes a binary body: give it as @file", "--data");
  try {
    return new Uint8Array(await readFile(data.slice(1)));
  } catch (err) {
    throw new UsageError(`--data: cannot read ${data.slice(1)}: ${(err as Error).message}`, "--data");
  }
}

async function readStdin(ctx: Context): Promise<string> {
  if (!ctx.io.readLine) throw new UsageError("--data -: no stdin to read here", "--data");
  const lines: string[] = [];
  for (let line = await ctx.io.readLine(""); line !== undefined; line = await ctx.io.readLine("")) lines.push(line);
  return lines.join("\n");
}

/**
 * IMS ignores a query parameter it does not know: a misspelt filter (`imagetype` for `__imagetype`)
 * would list every image instead of failing, so a name the contract does not have is refused here.
 */
function checkParamNames(id: string, pathNames: Set<string>, queryNames: string[], headerNames: string[], given: string[]): void {
  const unknown = given.find((k) => !queryNames.includes(k));
  if (unknown === undefined) return;
  const known = [...[...pathNames].filter((n) => n !== "project_id"), ...queryNames, ...headerNames];
  const bare = (k: string): string => k.replace(/^_+/, "").toLowerCase();
  const near = known.filter((k) => bare(k).includes(bare(unknown)) || bare(unknown).includes(bare(k)));
  const hint = near.length > 0 ? `did you mean ${near.slice(0, 3).join(", ")}?` : known.length > 0 ? `its parameters: ${known.join(", ")}` : "it takes none";
  throw new UsageError(`--param ${unknown}: ${id} has no parameter "${unknown}"; ${hint}`, "--param");
}

async function callOperation(ctx: Context, id: string, flags: ApiFlags): Promise<void> {
  const op = lookup(await loadIndex(), id);
  const names = new Set([...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string));
  const { validateRequest, contractOperations } = await import("@imsjs/contract");
  const contract = contractOperations.find((o) => o.operationId === op.operationId);
  // Declared header parameters (Glance's X-Api-Version) are set with --param too, as --list shows
  // them; the contract keys them in lower case, as header names compare.
  const headerNames = Object.keys(contract?.request.params.header?.coerce ?? {});
  const pathParams: Record<string, string> = {};
  const query: Record<string, string | string[]> = {};
  const given: Record<string, string> = {};
  for (const { key, value } of flags.param ?? []) {
    if (names.has(key)) pathParams[key] = value;
    else if (headerNames.includes(key.toLowerCase())) {
      if (Object.hasOwn(given, key.toLowerCase())) throw new UsageError(`--param ${key}: a header parameter is given once`, "--param");
      given[key.toLowerCase()] = value;
    } else {
      const prev = query[key];
      query[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
    }
  }
  const missing = [...names].filter((n) => n !== "project_id" && pathParams[n] === undefined);
  if (missing.length) throw new UsageError(`${id} needs ${missing.map((n) => `--param ${n}=…`).join(" and ")} (path ${op.path})`, "--param");

  // Checked against the contract before anything is sent: a bad call fails here, not at IMS.
  checkParamNames(id, names, Object.keys(contract?.request.params.query?.coerce ?? {}), headerNames, Object.keys(query));
  // Glance-style PATCHes take a vendor JSON media type; the body is still JSON text.
  const medias = Object.keys(contract?.request.content ?? {});
  let media = medias[0];
  const binary = media === "application/octet-stream";
  const body = flags.data === undefined ? undefined : binary ? await readBytes(flags.data) : await readData(ctx, flags.data);
  const client = await ctx.client();
  const projectId = (await ctx.settings()).projectId?.value;
  const headersFor = (m: string | undefined) => {
    const h = { ...given, ...(body !== undefined && m && m !== "application/json" ? { "content-type": m } : {}) };
    return Object.keys(h).length > 0 ? h : undefined;
  };
  const check = (m: string | undefined) => {
    const h = headersFor(m);
    return validateRequest(
      { operationId: op.operationId },
      {
        pathParams: { ...(names.has("project_id") && projectId ? { project_id: projectId } : {}), ...pathParams },
        query,
        ...(h ? { headers: h } : {}),
        ...(body !== undefined ? { body } : {}),
      },
    );
  };
  let checked = check(media);
  // An operation with several media types (Glance's v2.1 and v2.0 JSON patches) is sent with the
  // first whose schema the body fits, judged by the body's errors alone (a bad parameter fails
  // every one); a body that fits none is reported against the first.
  const bodyFits = (r: typeof checked) => !r.errors.some((e) => e.location === "body");
  for (const other of medias.slice(1)) {
    if (bodyFits(checked)) break;
    const next = check(other);
    if (bodyFits(next)) [media, checked] = [other, next];
  }
  const headers = headersFor(media);
  if (!checked.valid) {
    throw new UsageError(`the request does not match the contract of ${id}:\n${checked.errors.map((e) => `  - ${e.message}`).join("\n")}`, "--data");
  }

  const request = client.request as unknown as (method: string, path: string, init: unknown) => Promise<{ data?: unknown; response: Response }>;
  const { data, response } = await request(op.method.toLowerCase(), op.path, {
    params: { path: pathParams, query },
    ...(body !== undefined ? { body } : {}),
    ...(headers ? { headers } : {}),
  });
  const jobId = op.async && typeof data === "object" && data !== null ? (data as { job_id?: unknown }).job_id : undefined;
  // An operation that starts a job is followed as every other job-starting command's is: its ID
  // and how to follow it first, then the job shown once (or waited for with --wait).
  if (typeof jobId === "string") {
    await followJob(ctx, client, jobId, id, flags);
    return;
  }
  if (data === undefined || data === "") {
    ctx.note(`${id}: ${response.status} ${response.statusText || "done"}`);
    return;
  }
  await ctx.print(data);
}

export function registerApi(program: Command, io: CliIO): void {
  const api = program
    .command("api [operation-id]")
    .description("call any IMS operation by its operationId, checked against the contract before it is sent")
    .option("--param <name=value>", "path, query or header parameter (repeatable)", (v: string, prev: { key: string; value: string }[] | undefined) => keyValue(v, prev))
    .option("--data <json|@file|->", "request body: JSON text, @file.json, or - for stdin (binary bodies: @file)")
    .option("--list", "list the operations, or with an operation ID describe it (parameters, body, async)");
  addWaitOptions(api).action(
    action(io, async (ctx, id: string | undefined, flags: ApiFlags) => {
      if (flags.list && id !== undefined) {
        await ctx.print(await describeOperation(id), operationView);
        return;
      }
      if (flags.list || id === undefined) {
        const ops = Object.values(await loadIndex());
        await ctx.print(
          ops.map((o) => ({ operationId: o.operationId, method: o.method, path: o.path, async: o.async, deprecated: o.deprecated, summary: o.summary })),
          listView(
            (rows: { operationId: string; method: string; path: string; async: boolean; deprecated: boolean; summary: string }[]) => rows,
            [
              { header: "OPERATION", value: (o) => o.operationId },
              { header: "METHOD", value: (o) => o.method },
              { header: "PATH", value: (o) => o.path },
              { header: "NOTE", value: (o) => [o.async ? "async" : "", o.deprecated ? "deprecated" : ""].filter(Boolean).join(",") },
              { header: "SUMMARY", value: (o) => o.summary },
            ],
            "No operations.",
          ),
        );
        return;
      }
      await callOperation(ctx, id, flags);
    }),
  );
  examples(
    api,
    "ims api --list",
    "ims api --list createImage",
    "ims api listImages --param __imagetype=private --param limit=10",
    "ims api createImage --data @create.json --wait",
    "ims api glanceUploadImageFile --param image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --data @disk.qcow2",
    "ims api updateImage --param image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d --data '[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"web-v2\"}]'",
  );
}
