import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { constants as zlib, createGunzip, gunzipSync } from "node:zlib";
import { formatJunit } from "./report/format-junit.js";
import { formatText } from "./report/format-text.js";
import { ReportBuilder, type TrafficReport } from "./report/report.js";
import { TrafficInputError } from "./traffic/exchange.js";
import { harExchanges } from "./traffic/har.js";
import { ndjsonExchanges } from "./traffic/ndjson.js";

export const EXIT = { ok: 0, violations: 1, unreadable: 2 } as const;

const USAGE = `Usage: ims-contract check <file…> [--format text|json|junit] [--input har|ndjson] [--host <host>…] [--fail-on-unknown]

Checks recorded IMS traffic against the contract and prints a report per operation.
  <file>              HAR 1.2 (.har) or NDJSON (.ndjson, .jsonl): {method, url, status, headers?, body,
                      requestHeaders?, requestBody?}; gzip-compressed too (.har.gz);
                      - reads standard input (NDJSON unless --input har); a pipe such as <(zcat …)
                      is read as it streams, never twice
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

const SNIFF_BYTES = 4096;

/**
 * The text of `file` (or of `stdin` for `-`) in chunks, gunzipped when its first bytes are gzip's
 * magic number whatever its name, and its kind: `input`, else from the extension (`.gz` aside),
 * else sniffed from the first bytes (NDJSON for standard input). The first bytes are taken from
 * the stream that is then read on, never by a read of their own: a pipe (`<(zcat …)`, a FIFO)
 * cannot be read at an offset nor twice.
 */
async function openInput(file: string, input: InputKind | undefined, stdin: NodeJS.ReadableStream): Promise<{ kind: InputKind; text: AsyncIterable<string> }> {
  // 64 KiB chunks: the readers keep at most one entry or line besides.
  const source = (file === "-" ? stdin : createReadStream(file, { highWaterMark: 1 << 16 })) as AsyncIterable<Buffer | string>;
  const chunks = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    size += chunk.length;
  }
  const start = Buffer.concat(head);
  const gzip = start[0] === 0x1f && start[1] === 0x8b;
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      yield start;
      if (done) return;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    } finally {
      // A reader that stops early (a HAR file that is not one) closes the file too.
      await chunks.return?.();
    }
  }
  let stream = Readable.from(bytes(), { objectMode: false });
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: 1 << 16 });
    stream.once("error", (error) => gunzip.destroy(error));
    stream = stream.pipe(gunzip);
  }
  const text = stream.setEncoding("utf8") as AsyncIterable<string>;
  const name = gzip ? file.replace(/\.gz$/i, "") : file;
  if (input) return { kind: input, text };
  if (file === "-") return { kind: "ndjson", text };
  if (/\.har$/i.test(name)) return { kind: "har", text };
  if (/\.(ndjson|jsonl)$/i.test(name)) return { kind: "ndjson", text };
  let sniffed = start;
  if (gzip) {
    try {
      // What the first bytes hold so far; the stream reports a damaged archive later, by name.
      sniffed = gunzipSync(start, { finishFlush: zlib.Z_SYNC_FLUSH });
    } catch {
      sniffed = Buffer.alloc(0);
    }
  }
  return { kind: /^\s*\{\s*"log"\s*:/.test(sniffed.toString("utf8")) ? "har" : "ndjson", text };
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
      const { kind, text } = await openInput(file, values.input as InputKind | undefined, io.stdin ?? process.stdin);
      builder.addFile(file);
      const name = file === "-" ? "stdin" : file;
      for await (const item of kind === "har" ? harExchanges(text, name) : ndjsonExchanges(text, name)) {
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
