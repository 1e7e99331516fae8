import { DryRunStop } from "../errors.js";
import { visible } from "../output/view.js";
import { redactHeaders, scrub } from "./redact.js";

export interface TransportOptions {
  fetch: (input: Request) => Promise<Response>;
  dryRun: boolean;
  /** `--dry-run -o json` prints the request as a JSON object. */
  dryRunJson: boolean;
  /** With `--query`, the request as an object goes through it and the output format, as any result does. */
  dryRunRender?: (request: Record<string, unknown>) => Promise<string>;
  debug: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Known secret values, scrubbed from anything printed. */
  secrets: () => readonly string[];
}

async function bodyText(message: Request | Response): Promise<string> {
  try {
    // Binary bodies (an image file) are described, not dumped into the terminal.
    if (message.headers.get("content-type")?.startsWith("application/octet-stream")) {
      return `<${(await message.clone().arrayBuffer()).byteLength} bytes of application/octet-stream>`;
    }
    return await message.clone().text();
  } catch {
    return "";
  }
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * The fetch the client is given. It sees each request after authentication, exactly as it would go
 * on the wire: `--dry-run` prints it and stops, `--debug` logs it and the answer. Credentials are
 * redacted in both.
 */
export function createTransport(o: TransportOptions): (input: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body === null ? "" : await bodyText(request);
    if (o.dryRun) {
      const headers = redactHeaders(request.headers);
      const printed = { method: request.method, url: request.url, headers: Object.fromEntries(headers), body: body ? jsonOrText(body) : null };
      const text = o.dryRunRender
        ? await o.dryRunRender(printed)
        : o.dryRunJson
        ? `${JSON.stringify(printed, null, 2)}\n`
        : `${request.method} ${request.url}\n${headers.map(([k, v]) => `${k}: ${v}\n`).join("")}${body ? `\n${prettyBody(body)}\n` : ""}`;
      o.stdout(scrub(text, o.secrets()));
      throw new DryRunStop("dry run: request not sent");
    }
    if (!o.debug) return o.fetch(request);

    // Every line gets its prefix, and control characters are shown as escapes: what IMS (or a proxy's
    // HTML page) answers can then neither pass for a line of ours (`ims: error: …`) nor drive the terminal.
    const log = (prefix: string, text: string): void =>
      o.stderr(
        scrub(text, o.secrets())
          .split(/\r?\n/)
          .map((line) => `${prefix}${visible(line)}\n`)
          .join(""),
      );
    log("debug: > ", [`${request.method} ${request.url}`, ...redactHeaders(request.headers).map(([k, v]) => `${k}: ${v}`)].join("\n"));
    if (body) log("debug: > ", body);
    const started = performance.now();
    const response = await o.fetch(request);
    const ms = Math.round(performance.now() - started);
    log("debug: < ", [`${response.status} ${response.statusText} (${ms} ms)`, ...redactHeaders(response.headers).map(([k, v]) => `${k}: ${v}`)].join("\n"));
    // Scrubbed before it is cut: a secret across the cut would otherwise show its first characters.
    const text = scrub(await bodyText(response), o.secrets());
    if (text) log("debug: < ", text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} characters)` : text);
    return response;
  };
}
