import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parseArgs } from "node:util";
import { constants as zlib, createGunzip, gunzipSync } from "node:zlib";
import { formatJunit } from "./report/format-junit.js";
import { formatText } from "./report/format-text.js";
import { ReportBuilder, type TrafficReport } from "./report/report.js";
import { TrafficInputError, type Exchange } from "./traffic/exchange.js";
import { harExchanges } from "./traffic/har.js";
import { ndjsonExchanges } from "./traffic/ndjson.js";

export const EXIT = { ok: 0, violations: 1, unreadable: 2 } as const;

const USAGE = `Usage: ims-contract check <file…> [--format text|json|junit] [--input har|ndjson] [--host <host>…] [--fail-on-unknown]

Checks recorded IMS traffic against the contract and prints a report per operation.
  <file>              HAR 1.2 (.har) or NDJSON (.ndjson, .jsonl): {method, url, status, headers?, body,
                      requestHeaders?, requestBody?}; gzip-compressed too (.har.gz);
                      - reads standard input (NDJSON unless --input har; not compressed)
  --format            text (default), json or junit
  --input             file type when the extension does not tell (default: sniffed)
  --host <host>       also check traffic to this host (repeatable), e.g. a mock: --host 127.0.0.1 or
                      --host localhost:4010 (that port only). Without it only the contract's servers
                      (ims.{region}.myhuaweicloud.com, .eu) and bare paths count as IMS; traffic to
                      other hosts is listed as outside the contract, loopback included
  --fail-on-unknown   exit 1 when traffic hits routes or hosts the contract does not describe
Exit codes: 0 all valid, 1 violations, 2 unreadable input or bad usage. An entry or line that is
not an exchange (a status of -1, no method, bad base64) is listed in the report with its place,
the rest is still checked, and the exit code is 2.
`;

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read for the file `-`; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

type InputKind = "har" | "ndjson";

/**
 * How to read `file`: HAR or NDJSON, from the extension (`.gz` aside) or else from the first
 * bytes, and whether it is gzip-compressed, from its magic number whatever its name.
 */
async function sniff(file: string, input: InputKind | undefined): Promise<{ kind: InputKind; gzip: boolean }> {
  if (file === "-") return { kind: input ?? "ndjson", gzip: false };
  const handle = await open(file, "r");
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const name = gzip ? file.replace(/\.gz$/i, "") : file;
  if (input) return { kind: input, gzip };
  if (/\.har$/i.test(name)) return { kind: "har", gzip };
  if (/\.(ndjson|jsonl)$/i.test(name)) return { kind: "ndjson", gzip };
  let start = head;
  if (gzip) {
    try {
      // What the first bytes hold so far; the stream reports a damaged archive later, by name.
      start = gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH });
    } catch {
      start = Buffer.alloc(0);
    }
  }
  return { kind: /^\s*\{\s*"log"\s*:/.test(start.toString("utf8")) ? "har" : "ndjson", gzip };
}

function exchanges(file: string, kind: InputKind, gzip: boolean, stdin: NodeJS.ReadableStream): AsyncGenerator<Exchange | TrafficInputError> {
  // 64 KiB string chunks: the readers keep at most one entry or line besides.
  let chunks: NodeJS.ReadableStream;
  if (file === "-") chunks = stdin;
  else {
    const raw = createReadStream(file, { highWaterMark: 1 << 16 });
    if (gzip) {
      const gunzip = createGunzip({ chunkSize: 1 << 16 });
      raw.once("error", (error) => gunzip.destroy(error));
      chunks = raw.pipe(gunzip);
    } else chunks = raw;
  }
  const text = chunks.setEncoding("utf8") as AsyncIterable<string>;
  const name = file === "-" ? "stdin" : file;
  return kind === "har" ? harExchanges(text, name) : ndjsonExchanges(text, name);
}

function render(report: TrafficReport, format: string, failOnUnknown: boolean): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "junit") return formatJunit(report, { failOnUnknown });
  return formatText(report);
}

/** Runs `ims-contract` with the given arguments; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = process): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        input: { type: "string" },
        "fail-on-unknown": { type: "boolean", default: false },
        host: { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`ims-contract: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const [command, ...files] = positionals;
  const problems: string[] = [];
  if (command !== "check") problems.push(command === undefined ? "missing command: check" : `unknown command "${command}"`);
  if (files.length === 0) problems.push("give at least one file");
  if (!["text", "json", "junit"].includes(values.format)) problems.push(`--format must be text, json or junit, got "${values.format}"`);
  if (values.input !== undefined && values.input !== "har" && values.input !== "ndjson") problems.push(`--input must be har or ndjson, got "${values.input}"`);
  for (const host of values.host) {
    if (!/^[^\s/?#@]+$/.test(host)) problems.push(`--host takes a host such as 127.0.0.1 or localhost:4010, got "${host}"`);
  }
  if (problems.length > 0) {
    io.stderr.write(`ims-contract: ${problems.join("; ")}\n\n${USAGE}`);
    return EXIT.unreadable;
  }

  const builder = new ReportBuilder({ hosts: values.host });
  for (const file of files) {
    try {
      const { kind, gzip } = await sniff(file, values.input as InputKind | undefined);
      builder.addFile(file);
      for await (const item of exchanges(file, kind, gzip, io.stdin ?? process.stdin)) {
        // One bad entry or line is reported with its place, and the rest is still checked.
        if (item instanceof TrafficInputError) builder.addUnreadable(item.source, item.detail);
        else builder.add(item);
      }
    } catch (error) {
      const message = error instanceof TrafficInputError ? error.message : `${file}: ${(error as Error).message}`;
      io.stderr.write(`ims-contract: cannot read ${message}\n`);
      return EXIT.unreadable;
    }
  }
  const report = builder.build();
  io.stdout.write(render(report, values.format, values["fail-on-unknown"]));
  if (report.totals.unreadable > 0) {
    const [first] = report.unreadable;
    const more = report.totals.unreadable - 1;
    io.stderr.write(`ims-contract: cannot read ${first!.source}: ${first!.reason}${more ? ` (and ${more} more entries or lines)` : ""}; listed in the report\n`);
    return EXIT.unreadable;
  }
  const failed = report.totals.invalid > 0 || (values["fail-on-unknown"] && report.totals.unknownRoutes > 0);
  return failed ? EXIT.violations : EXIT.ok;
}
