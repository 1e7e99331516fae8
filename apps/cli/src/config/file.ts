import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.js";

/** The keys a profile may hold, as written in the file. */
export const PROFILE_KEYS = ["region", "project_id", "endpoint", "token", "access_key", "secret_key", "security_token"] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export const SECRET_KEYS: ReadonlySet<ProfileKey> = new Set(["token", "secret_key", "security_token"]);

export type Profile = Partial<Record<ProfileKey, string>>;
export type ConfigFile = Record<string, Profile>;

const PROFILE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function checkProfileName(name: string): string {
  if (!PROFILE_NAME.test(name)) {
    throw new UsageError(`--profile: "${name}" is not a profile name (letters, digits, "-" and "_")`, "--profile");
  }
  return name;
}

/** `$XDG_CONFIG_HOME/imsjs/config`, else `~/.config/imsjs/config`. */
export function configPath(env: Record<string, string | undefined>): string {
  const base = env["XDG_CONFIG_HOME"] || join(env["HOME"] || env["USERPROFILE"] || ".", ".config");
  return join(base, "imsjs", "config");
}

export async function readConfig(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw err;
  }
  // ini is CommonJS: `default` is its module.exports both in Node and in the bundle.
  const { parse } = (await import("ini")).default;
  const raw = parse(text) as Record<string, unknown>;
  const config: ConfigFile = {};
  for (const [name, section] of Object.entries(raw)) {
    if (typeof section !== "object" || section === null) continue;
    const profile: Profile = {};
    for (const key of PROFILE_KEYS) {
      const v = (section as Record<string, unknown>)[key];
      if (typeof v === "string" && v !== "") profile[key] = v;
    }
    config[name] = profile;
  }
  return config;
}

/** Writes the whole file, readable by its owner only (0600), replacing it atomically. */
export async function writeConfig(path: string, config: ConfigFile): Promise<void> {
  const { stringify } = (await import("ini")).default;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  const header = "# imsjs CLI profiles, written by `ims configure`. Holds credentials: keep it private.\n";
  await writeFile(tmp, header + stringify(config, { whitespace: true }), { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}
