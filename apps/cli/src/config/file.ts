import { chmod, lstat, mkdir, open, rename, stat, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { UsageError } from "../errors.js";

/** The keys a profile may hold, as written in the file. */
export const PROFILE_KEYS = ["region", "project_id", "endpoint", "token", "access_key", "secret_key", "security_token"] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export const SECRET_KEYS: ReadonlySet<ProfileKey> = new Set(["token", "secret_key", "security_token"]);

export type Profile = Partial<Record<ProfileKey, string>>;
export type ConfigFile = Record<string, Profile>;

const PROFILE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function checkProfileName(name: string, origin = "--profile"): string {
  if (!PROFILE_NAME.test(name)) {
    throw new UsageError(`${origin}: "${name}" is not a profile name (letters, digits, "-" and "_")`, origin);
  }
  // ini's parser skips a [__proto__] section: a profile of that name could be written, never read.
  if (name === "__proto__") throw new UsageError(`${origin}: "${name}" cannot be a profile name (the config file's format reserves it)`, origin);
  return name;
}

/**
 * `$XDG_CONFIG_HOME/imsjs/config`, else `~/.config/imsjs/config`. A relative path is ignored (as the
 * XDG spec says): it would be found from the working directory, so with HOME unset (`env -i`, some CI
 * runners) a checked-out repository's `.config/imsjs/config` could name the endpoint that the
 * environment's token is sent to. Without an absolute HOME, the account's home directory is used.
 */
export function configPath(env: Record<string, string | undefined>): string {
  const xdg = env["XDG_CONFIG_HOME"];
  if (xdg && isAbsolute(xdg)) return join(xdg, "imsjs", "config");
  const home = [env["HOME"], env["USERPROFILE"]].find((h) => h && isAbsolute(h)) ?? accountHome();
  return join(home, ".config", "imsjs", "config");
}

function accountHome(): string {
  let home = "";
  try {
    home = userInfo().homedir;
  } catch {
    // No entry for this user: no home, and so no profile to read.
  }
  if (!isAbsolute(home)) throw new UsageError("no home directory to keep the config file in: set HOME or XDG_CONFIG_HOME to an absolute path", "HOME");
  return home;
}

/** A config file (or its directory) another user could have changed: a usage error (exit 2), never read or written. */
export class UntrustedConfigError extends UsageError {
  override name = "UntrustedConfigError";
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`refusing to use the config file ${path}: ${problem}`);
  }
}

/**
 * What makes the config file, or its directory, one that another user could have written, as ssh's
 * StrictModes judges its own files: an owner other than `uid` (root's too, unless running as root),
 * or write permission for group or others. Undefined when there is nothing wrong, or no uid to
 * compare with (Windows, where modes and owners mean something else). A `link` is the directory's
 * path as a symbolic link: only its owner counts, as nobody can change where a link points.
 */
export function configProblem(kind: "file" | "directory" | "link", path: string, stats: { uid: number; mode: number }, uid: number | undefined): string | undefined {
  if (uid === undefined) return undefined;
  const it = kind === "file" ? "the file" : `its directory ${path}`;
  if (stats.uid !== uid) {
    // The directory is this user's by now (it is checked first): the file may be removed.
    const fix = kind === "file" ? `take it over if you trust what it says (chown ${uid} ${path}, as root), or remove it (rm ${path}) and run \`ims configure\`` : "set XDG_CONFIG_HOME to a directory of your own";
    return `${it} is ${kind === "link" ? "a symbolic link " : ""}owned by uid ${stats.uid}, not by you (uid ${uid}), so its owner could change the endpoint your credentials and requests go to; ${fix}`;
  }
  if (kind === "link") return undefined;
  const writers = [(stats.mode & 0o020) !== 0 && "group", (stats.mode & 0o002) !== 0 && "others"].filter(Boolean);
  if (writers.length === 0) return undefined;
  const mode = (stats.mode & 0o7777).toString(8).padStart(4, "0");
  const what = kind === "file" ? "change" : "replace the file and";
  return `${it} is writable by ${writers.join(" and ")} (mode ${mode}), so another user could ${what} the endpoint your credentials and requests go to; fix it with: chmod ${kind === "file" ? "600" : "700"} ${path}`;
}

/**
 * The config file's text, undefined when there is none; refused when it or its directory could have
 * been written by another user (a directory of someone else's with no file yet too: the next file
 * in it could be theirs). The file is checked as opened, so it cannot be swapped in between.
 */
async function readTrusted(path: string, uid: number | undefined): Promise<string | undefined> {
  const dir = dirname(path);
  const check = (kind: "file" | "directory" | "link", where: string, stats: { uid: number; mode: number }): void => {
    const problem = configProblem(kind, where, stats, uid);
    if (problem !== undefined) throw new UntrustedConfigError(path, problem);
  };
  const missing = (err: unknown): undefined => {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  };
  // A link another user made (in a world-writable XDG_CONFIG_HOME) could lead to a directory of this
  // user's that is no config's (~/.ssh): its target, being theirs, would pass.
  const link = await lstat(dir).catch(missing);
  if (link?.isSymbolicLink()) check("link", dir, link);
  const dirStats = await stat(dir).catch(missing);
  if (dirStats === undefined) return undefined;
  check("directory", dir, dirStats);
  const file = await open(path, "r").catch(missing);
  if (file === undefined) return undefined;
  try {
    check("file", path, await file.stat());
    return await file.readFile("utf8");
  } finally {
    await file.close();
  }
}

/** `uid` is the user the file must belong to: the process's own, but for tests. */
export async function readConfig(path: string, uid = process.getuid?.()): Promise<ConfigFile> {
  const text = await readTrusted(path, uid);
  if (text === undefined) return Object.create(null) as ConfigFile;
  // ini is CommonJS: `default` is its module.exports both in Node and in the bundle.
  const { parse } = (await import("ini")).default;
  const raw = parse(text) as Record<string, unknown>;
  // No prototype: a profile named "toString" or "constructor" is found only if the file has it.
  const config: ConfigFile = Object.create(null) as ConfigFile;
  for (const [name, section] of Object.entries(raw)) {
    if (typeof section !== "object" || section === null) continue;
    const profile: Profile = Object.create(null) as Profile;
    for (const key of PROFILE_KEYS) {
      const v = Object.hasOwn(section, key) ? (section as Record<string, unknown>)[key] : undefined;
      if (typeof v === "string" && v !== "") profile[key] = v;
    }
    config[name] = profile;
  }
  return config;
}

const HEADER = "# imsjs CLI profiles, written by `ims configure`. Holds credentials: keep it private.";
// The line shapes ini's parser recognises, applied as it applies them (to each raw line).
const SECTION_LINE = /^\[([^\]]*)\]\s*$/;
const KEY_LINE = /^([^=]+)(=(.*))?$/;
const SKIPPED_LINE = /^\s*([;#]|$)/;

/**
 * Sets keys of one profile by editing the file's text: only the lines of those keys change (or are
 * added at the end of the profile's section, which is created at the end of the file if missing).
 * Comments, blank lines, other sections, keys the CLI does not know and the order of everything are
 * kept, as a file people also edit by hand deserves. The profile's section exists afterwards even
 * when `changes` is empty. Written readable by its owner only (0600), replacing the file atomically;
 * a file or directory another user could have written is refused as readConfig refuses it.
 */
export async function updateProfile(path: string, name: string, changes: Profile, uid = process.getuid?.()): Promise<void> {
  // ini is CommonJS: `default` is its module.exports both in Node and in the bundle.
  const { safe, unsafe } = (await import("ini")).default;
  const dir = dirname(path);
  // Made first, so that the directory checked is the one written to, whoever made it meanwhile.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const text = (await readTrusted(path, uid)) ?? `${HEADER}\n`;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  // The text's final line break leaves an empty last element; it is put back on writing.
  if (lines[lines.length - 1] === "") lines.pop();

  const sectionOf = (line: string): string | undefined => {
    const m = SECTION_LINE.exec(line);
    return m ? unsafe(m[1] ?? "") : undefined;
  };
  const ensureSection = (): void => {
    if (lines.some((l) => sectionOf(l) === name)) return;
    // A blank line before a new section, as ini's own writer leaves between sections.
    if (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() !== "") lines.push("");
    lines.push(`[${name}]`);
  };
  ensureSection();

  for (const key of PROFILE_KEYS) {
    const value = changes[key];
    if (value === undefined) continue;
    const line = `${key} = ${safe(value)}`;
    // ini merges repeated sections and lets a later line win: every line of the key is set, and a
    // new one goes after the last line that belongs to the (last) section of this profile.
    let section: string | undefined;
    let end = -1;
    let found = false;
    lines.forEach((l, i) => {
      const s = sectionOf(l);
      if (s !== undefined) {
        section = s;
        if (s === name) end = i;
        return;
      }
      if (section !== name || SKIPPED_LINE.test(l)) return;
      end = i;
      const m = KEY_LINE.exec(l);
      if (m && unsafe(m[1] ?? "") === key) {
        lines[i] = line;
        found = true;
      }
    });
    if (!found) lines.splice(end + 1, 0, line);
  }

  // mkdir leaves a directory that was there as it was: `imsjs` is this program's own, and others
  // have no business listing it. (Only one this user owns gets here, but not on Windows.)
  await chmod(dir, 0o700).catch(() => undefined);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, lines.join(eol) + eol, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}
