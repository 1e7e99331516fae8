import type { Command } from "commander";
import { action, examples } from "../command.js";
import { configPath, PROFILE_KEYS, readConfig, SECRET_KEYS, updateProfile, type Profile, type ProfileKey } from "../config/file.js";
import type { Context } from "../context.js";
import { Cancelled, Stopped, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import { listView, Shown } from "../output/view.js";
import { maskEndpoint, maskHint } from "../secret.js";
import { profileName, resolveSettings } from "../settings.js";

const QUESTIONS: [ProfileKey, string][] = [
  ["region", "Region (e.g. ap-southeast-1)"],
  ["project_id", "Project ID"],
  ["access_key", "Access key (AK)"],
  ["secret_key", "Secret key (SK)"],
];

function profileKey(name: string): ProfileKey {
  const key = name.replace(/-/g, "_");
  if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
    throw new UsageError(`"${name}" is not a setting; use one of: ${PROFILE_KEYS.join(", ")}`);
  }
  return key as ProfileKey;
}

async function ask(ctx: Context, question: string, options: { secret?: boolean } = {}): Promise<string | undefined> {
  if (!ctx.io.readLine) throw new UsageError("cannot ask for settings here; use `ims configure set KEY VALUE`");
  return ctx.io.readLine(question, options);
}

/** Node's errors (EISDIR, EACCES) do not name the file: the config file's are made to. */
async function onFile<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // Reported as "<what>: <node's message>".
    throw new Error(what, { cause: err });
  }
}

async function interactive(ctx: Context): Promise<void> {
  const name = profileName(ctx.opts, ctx.io.env);
  const path = configPath(ctx.io.env);
  const config = await onFile(`cannot read ${path}`, () => readConfig(path));
  const profile: Profile = Object.hasOwn(config, name) ? { ...config[name] } : {};
  if (ctx.io.stdinIsTTY) ctx.note(`Configuring profile "${name}" in ${path}. Press Enter to keep a value.`);
  const answers: Profile = {};
  for (const [key, label] of QUESTIONS) {
    const current = profile[key];
    const shown = current === undefined ? "" : ` [${SECRET_KEYS.has(key) ? maskHint(current) : current}]`;
    let answer: string | undefined;
    try {
      answer = await ask(ctx, `${label}${shown}: `, { secret: SECRET_KEYS.has(key) });
    } catch (err) {
      throw err instanceof Stopped ? new Stopped(`Stopped; profile "${name}" was not saved.`) : err;
    }
    // Piped answers may stop early, keeping the rest (scripts set what they know); on a terminal
    // the end of input is Ctrl-D, a way out like Ctrl-C, not "keep everything that follows".
    if (answer === undefined && ctx.io.stdinIsTTY) throw new Cancelled(`cancelled; profile "${name}" was not saved`);
    if (answer?.trim()) answers[key] = answer.trim();
  }
  if (ctx.dryRun) {
    // Keys only: the values may be secrets.
    ctx.note(`Would save profile "${name}" (${Object.keys(answers).join(", ") || "no changes"}) to ${path}; nothing written (--dry-run).`);
    return;
  }
  await onFile(`cannot save to ${path}`, () => updateProfile(path, name, answers));
  ctx.note(`Saved profile "${name}" to ${path} (readable by you only).`);
}

export function registerConfigure(program: Command, io: CliIO): void {
  const configure = program
    .command("configure")
    .description("save region, project ID and credentials in a profile (asks for each; reads answers from stdin when piped)")
    .action(action(io, (ctx) => interactive(ctx)));
  examples(configure, "ims configure", "ims --profile dev configure", "printf 'ap-southeast-1\\n%s\\n%s\\n%s\\n' \"$PROJECT\" \"$AK\" \"$SK\" | ims configure");

  examples(
    configure
      .command("set <key> <value>")
      .description(`set one setting of the profile (${PROFILE_KEYS.join(", ")}); a value of "-" is read from stdin`)
      .action(
        action(io, async (ctx, keyName: string, value: string) => {
          const key = profileKey(keyName);
          const name = profileName(ctx.opts, ctx.io.env);
          const resolved = value === "-" ? (await ask(ctx, `${key}: `, { secret: SECRET_KEYS.has(key) }))?.trim() : value;
          if (!resolved) throw new UsageError(`no value for ${key}`);
          const path = configPath(ctx.io.env);
          if (ctx.dryRun) {
            ctx.note(`Would set ${key} in profile "${name}" (${path}); nothing written (--dry-run).`);
            return;
          }
          await onFile(`cannot save to ${path}`, () => updateProfile(path, name, { [key]: resolved }));
          ctx.note(`Set ${key} in profile "${name}" (${path}).`);
        }),
      ),
    "ims configure set region ap-southeast-1",
    "ims --profile dev configure set endpoint http://127.0.0.1:4010",
    "ims configure set secret_key - < sk.txt",
  );

  examples(
    configure
      .command("list")
      .description("show the settings in effect, and where each comes from (flag, env or profile)")
      .action(
        action(io, async (ctx) => {
          const s = await resolveSettings(ctx.opts, ctx.io.env);
          // Otherwise every profile setting would show as "(not set)", with nothing to say why.
          const unread = s.configUnread;
          if (unread !== undefined) ctx.warn(s.configPath === undefined ? unread : `${unread}; only flags and the environment are shown`);
          const c = s.credentials;
          const credential =
            c === undefined
              ? undefined
              : c.value.kind === "token"
                ? { value: `token ${maskHint(c.value.token.reveal())}`, source: c.source }
                : { value: `AK ${c.value.accessKey}, SK ${maskHint(c.value.secretKey.reveal())}`, source: c.source };
          const target = s.target ? { value: "endpoint" in s.target.value ? maskEndpoint(s.target.value.endpoint) : `region ${s.target.value.region}`, source: s.target.source } : undefined;
          const rows = [
            { setting: "profile", value: `${s.profile} (${s.configPath ?? "no config file"})`, source: "" },
            { setting: "target", value: target?.value ?? "", source: target?.source ?? "" },
            { setting: "project_id", value: s.projectId?.value ?? "", source: s.projectId?.source ?? "" },
            { setting: "credentials", value: credential?.value ?? "", source: credential?.source ?? "" },
          ];
          await ctx.print(
            rows,
            listView(
              (r: typeof rows) => r,
              [
                { header: "SETTING", value: (r: (typeof rows)[number]) => r.setting },
                { header: "VALUE", value: (r) => new Shown(r.value || "(not set)", r.value) },
                { header: "SOURCE", value: (r) => r.source },
              ],
              "",
            ),
          );
        }),
      ),
    "ims configure list",
    "IMS_PROFILE=dev ims configure list --output json",
  );
}
