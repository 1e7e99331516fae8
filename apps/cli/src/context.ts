import type { ImsClient, ImsLogger } from "@imsjs/client";
import { BadSetting, UsageError } from "./errors.js";
import { isConfigError } from "./explain.js";
import { useOfflineGlobals } from "./http/offline.js";
import { scrub } from "./http/redact.js";
import { createTransport } from "./http/transport.js";
import type { CliIO } from "./io.js";
import { colorEnabled, painter, type Paint } from "./output/color.js";
import { compileQuery, render, type OutputFormat } from "./output/render.js";
import type { View } from "./output/view.js";
import { knownSecrets, Secret } from "./secret.js";
import { originOf, resolveSettings, type ConnectionFlags, type Settings } from "./settings.js";

/** The global flags, with `--token` already wrapped in a `Secret`. */
export interface GlobalOptions extends ConnectionFlags {
  output?: OutputFormat;
  query?: string;
  dryRun?: boolean;
  debug?: boolean;
  color?: boolean;
}

/** What one command invocation works with: its flags, its output, and (lazily) a client. */
export class Context {
  readonly format: OutputFormat;
  readonly paintErr: Paint;
  #settings: Settings | undefined;

  constructor(
    readonly io: CliIO,
    readonly opts: GlobalOptions,
    private readonly query: ((data: unknown) => unknown) | undefined,
  ) {
    // Tables are for people; anything reading a pipe gets JSON unless it asks otherwise.
    this.format = opts.output ?? (io.stdoutIsTTY ? "table" : "json");
    this.paintErr = painter(colorEnabled(io.stderrIsTTY, io.env, opts.color));
  }

  get dryRun(): boolean {
    return this.opts.dryRun === true;
  }

  async settings(): Promise<Settings> {
    this.#settings ??= await resolveSettings(this.opts, this.io.env);
    return this.#settings;
  }

  /** A client for the resolved endpoint and credentials; `--dry-run`/`--debug` sit in its transport. */
  async client(): Promise<ImsClient> {
    const s = await this.settings();
    // A profile that could have held the setting, but could not be read, is named.
    const why = s.configUnread;
    const unread = why === undefined ? "" : ` (${why})`;
    if (!s.target) {
      throw new UsageError(`no endpoint: pass --endpoint or --region, set IMS_ENDPOINT or HUAWEICLOUD_SDK_REGION, or run \`ims configure\`${unread}`, "--endpoint");
    }
    const creds = s.credentials?.value;
    if (!creds) {
      throw new UsageError(`no credentials: pass --token, set IMS_TOKEN (or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK), or run \`ims configure\`${unread}`, "--token");
    }
    const { createImsClient } = await import("@imsjs/client");
    // openapi-fetch picks up `Request` when the client is made: the stand-ins must be in place first.
    if (this.dryRun) useOfflineGlobals();
    const transport = createTransport({
      fetch: this.io.fetch ?? ((r) => fetch(r)),
      dryRun: this.dryRun,
      dryRunJson: this.opts.output === "json",
      ...(this.query ? { dryRunRender: (request: Record<string, unknown>) => this.render(request) } : {}),
      debug: this.opts.debug === true,
      stdout: this.io.stdout,
      stderr: this.io.stderr,
      secrets: knownSecrets,
    });
    try {
      return createImsClient({
        ...("endpoint" in s.target.value ? { endpoint: s.target.value.endpoint } : { region: s.target.value.region }),
        ...(s.projectId ? { projectId: s.projectId.value } : {}),
        credentials:
          creds.kind === "token"
            ? { token: creds.token.reveal() }
            : { ak: creds.accessKey, sk: creds.secretKey.reveal(), ...(creds.securityToken ? { securityToken: creds.securityToken.reveal() } : {}) },
        fetch: transport,
        logger: this.clientLogger(),
      });
    } catch (err) {
      // The client names its option; the user needs the variable or profile key they set.
      const origin = isConfigError(err) ? originOf(s, err.field) : undefined;
      throw origin ? new BadSetting(origin, err as Error) : err;
    }
  }

  /**
   * Deprecation warnings (with the replacement) always reach the user; the client's other notes
   * (retries, token refreshes) only with --debug. The client has already redacted them.
   */
  private clientLogger(): ImsLogger {
    const debug = this.opts.debug === true;
    const detail = (fields?: Record<string, unknown>): string => (fields ? ` ${JSON.stringify(fields)}` : "");
    return {
      warn: (message, fields) => {
        if (fields && "replacedBy" in fields) this.warn(message);
        else if (debug) this.io.stderr(`debug: ${message}${detail(fields)}\n`);
      },
      ...(debug ? { info: (message: string, fields?: Record<string, unknown>) => this.io.stderr(`debug: ${message}${detail(fields)}\n`) } : {}),
    };
  }

  async print<T>(data: T, view?: View<T>): Promise<void> {
    this.io.stdout(await this.render(data, view));
  }

  private render<T>(data: T, view?: View<T>): Promise<string> {
    return render(data, view, {
      format: this.format,
      color: colorEnabled(this.io.stdoutIsTTY, this.io.env, this.opts.color),
      ...(this.query ? { query: this.query } : {}),
      note: (text) => this.note(text),
    });
  }

  /** A line for people on stderr, so stdout stays parseable. */
  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  /** Warnings may quote an answer from IMS, which can echo a credential: scrubbed like errors. */
  warn(text: string): void {
    this.io.stderr(`${this.paintErr("ims: warning:", "yellow")} ${scrub(text, knownSecrets())}\n`);
  }
}

/** The global flags as commander parses them: `--token` is still a plain string. */
export type ParsedOptions = Omit<GlobalOptions, "token"> & { token?: string };

export async function createContext(io: CliIO, parsed: ParsedOptions): Promise<Context> {
  const query = parsed.query !== undefined ? await compileQuery(parsed.query) : undefined;
  // Nothing this program builds holds the token as a plain string: a logged or inspected
  // context shows `[redacted]`.
  const { token, ...rest } = parsed;
  return new Context(io, { ...rest, ...(token !== undefined ? { token: new Secret(token) } : {}) }, query);
}
