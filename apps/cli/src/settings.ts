import { checkProfileName, configPath, readConfig, UntrustedConfigError, type ConfigFile, type Profile, type ProfileKey } from "./config/file.js";
import { UsageError } from "./errors.js";
import { Secret } from "./secret.js";

/** Where a setting came from; shown by `ims configure list`. */
export type Source = "flag" | "env" | "profile";

export type Credentials =
  | { kind: "token"; token: Secret }
  | { kind: "aksk"; accessKey: string; secretKey: Secret; securityToken?: Secret };

export interface Sourced<T> {
  value: T;
  source: Source;
}

export interface Settings {
  profile: string;
  /** Undefined when there is no home to keep a config file in (see configUnread). */
  configPath: string | undefined;
  /**
   * Why no profile setting was read, naming the file, when it exists but could not be read or was
   * refused (another user could have changed it), or there is no home for one (and no profile was named).
   */
  configUnread?: string;
  target?: Sourced<{ endpoint: string } | { region: string }>;
  region?: Sourced<string>;
  projectId?: Sourced<string>;
  credentials?: Sourced<Credentials>;
}

export interface ConnectionFlags {
  profile?: string;
  endpoint?: string;
  region?: string;
  projectId?: string;
  /** `--token`, wrapped as soon as commander hands it over. */
  token?: Secret;
}

type Env = Record<string, string | undefined>;
const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v.trim() === "" ? undefined : v);

/**
 * The profile `--profile` or IMS_PROFILE names, if any (empty means unset, as for every setting), and
 * which of the two named it, for errors to name.
 */
export function chosenProfile(flags: ConnectionFlags, env: Env): { name: string; origin: "--profile" | "IMS_PROFILE" } | undefined {
  const flag = nonEmpty(flags.profile);
  if (flag !== undefined) return { name: flag, origin: "--profile" };
  const fromEnv = nonEmpty(env["IMS_PROFILE"]);
  return fromEnv === undefined ? undefined : { name: fromEnv, origin: "IMS_PROFILE" };
}

/** The name of the profile in effect (`default` unless one is chosen), checked. */
export function profileName(flags: ConnectionFlags, env: Env): string {
  const chosen = chosenProfile(flags, env);
  return chosen ? checkProfileName(chosen.name, chosen.origin) : "default";
}

interface Layer {
  source: Source;
  endpoint?: string | undefined;
  region?: string | undefined;
  projectId?: string | undefined;
  token?: string | undefined;
  accessKey?: string | undefined;
  secretKey?: string | undefined;
  securityToken?: string | undefined;
}

function credentialsOf(layer: Layer): Credentials | undefined {
  // Within one layer an explicit token wins: it is the narrower, shorter-lived choice.
  if (layer.token) return { kind: "token", token: new Secret(layer.token) };
  if (layer.accessKey && layer.secretKey) {
    return {
      kind: "aksk",
      accessKey: layer.accessKey,
      secretKey: new Secret(layer.secretKey),
      ...(layer.securityToken ? { securityToken: new Secret(layer.securityToken) } : {}),
    };
  }
  // Only reached when no earlier layer had credentials: half a pair here is what would be used,
  // so it is an error, not a reason to fall through to the profile.
  if (layer.source === "env") {
    const [missing, present] = layer.accessKey ? ["SK", "AK"] : layer.secretKey ? ["AK", "SK"] : layer.securityToken ? ["AK", "SECURITY_TOKEN"] : [];
    if (missing && present) {
      const hint = present === "SECURITY_TOKEN" ? " (it comes with a temporary AK/SK)" : "";
      throw new UsageError(`HUAWEICLOUD_SDK_${missing}: is not set, but HUAWEICLOUD_SDK_${present} is${hint}`, `HUAWEICLOUD_SDK_${missing}`);
    }
  } else if (layer.accessKey || layer.secretKey) {
    const missing = layer.accessKey ? "secret key" : "access key";
    throw new UsageError(`incomplete AK/SK credentials from ${layer.source}: the ${missing} is missing (set ${missing.replace(" ", "_")} in the profile)`);
  }
  return undefined;
}

function first<T>(layers: Layer[], pick: (l: Layer) => T | undefined): Sourced<T> | undefined {
  for (const l of layers) {
    const value = pick(l);
    if (value !== undefined) return { value, source: l.source };
  }
  return undefined;
}

/**
 * Resolves connection settings with the precedence flags > environment > profile. The endpoint/region
 * pair and the credentials are each taken whole from the first layer that has them, so a region flag
 * is never mixed with an endpoint from the profile, nor an access key from one place with a secret
 * key from another.
 */
export async function resolveSettings(flags: ConnectionFlags, env: Env): Promise<Settings> {
  const chosen = chosenProfile(flags, env);
  const name = profileName(flags, env);
  let path: string | undefined;
  let file: ConfigFile = Object.create(null) as ConfigFile;
  let unreadable: string | undefined;
  try {
    path = configPath(env);
    file = await readConfig(path);
  } catch (err) {
    // No home (`env -i` as a uid with no passwd entry), a file HOME's owner keeps from this user,
    // as CI containers run, or one another user could have planted: the flags and the environment
    // may still be all a command needs. A profile asked for by name must be read.
    if (err instanceof UntrustedConfigError) {
      if (chosen !== undefined) throw err;
      unreadable = err.message;
    } else {
      const reason = (err as Error).message;
      if (chosen !== undefined) throw new UsageError(`${chosen.origin}: cannot read ${path ?? `profile "${name}"`}: ${reason}`, chosen.origin);
      unreadable = path === undefined ? `no config file was read: ${reason}` : `the config file ${path} could not be read: ${reason}`;
    }
  }
  const profile: Profile | undefined = Object.hasOwn(file, name) ? file[name] : undefined;
  if (chosen !== undefined && profile === undefined) {
    throw new UsageError(`${chosen.origin}: no profile "${name}" in ${path ?? "the config file"} (create it with: ims configure --profile ${name})`, chosen.origin);
  }

  // The HUAWEICLOUD_SDK_* variables are read as the library's credentialsFromEnv() reads them
  // (trimmed, empty = unset), but raw: that function throws on half an AK/SK pair before the
  // layers are compared, and a --token flag or IMS_TOKEN must win over such a pair.
  const sdk = (name: string): string | undefined => env[`HUAWEICLOUD_SDK_${name}`]?.trim() || undefined;
  const layers: Layer[] = [
    { source: "flag", endpoint: nonEmpty(flags.endpoint), region: nonEmpty(flags.region), projectId: nonEmpty(flags.projectId), token: nonEmpty(flags.token?.reveal()) },
    {
      source: "env",
      endpoint: nonEmpty(env["IMS_ENDPOINT"]),
      region: sdk("REGION"),
      projectId: sdk("PROJECT_ID"),
      token: nonEmpty(env["IMS_TOKEN"]),
      accessKey: sdk("AK"),
      secretKey: sdk("SK"),
      securityToken: sdk("SECURITY_TOKEN"),
    },
    {
      source: "profile",
      endpoint: profile?.endpoint,
      region: profile?.region,
      projectId: profile?.project_id,
      token: profile?.token,
      accessKey: profile?.access_key,
      secretKey: profile?.secret_key,
      securityToken: profile?.security_token,
    },
  ];

  const target = first(layers, (l) => (l.endpoint ? { endpoint: l.endpoint } : l.region ? { region: l.region } : undefined));
  const region = first(layers, (l) => l.region);
  const projectId = first(layers, (l) => l.projectId);
  const credentials = first(layers, credentialsOf);
  return {
    profile: name,
    configPath: path,
    ...(unreadable !== undefined ? { configUnread: unreadable } : {}),
    ...(target ? { target } : {}),
    ...(region ? { region } : {}),
    ...(projectId ? { projectId } : {}),
    ...(credentials ? { credentials } : {}),
  };
}

/** Where each client option the CLI sets is read from: its environment variable and profile key. */
const ORIGINS: Record<string, [env: string, key: ProfileKey]> = {
  endpoint: ["IMS_ENDPOINT", "endpoint"],
  region: ["HUAWEICLOUD_SDK_REGION", "region"],
  projectId: ["HUAWEICLOUD_SDK_PROJECT_ID", "project_id"],
  "credentials.token": ["IMS_TOKEN", "token"],
  "credentials.ak": ["HUAWEICLOUD_SDK_AK", "access_key"],
  "credentials.sk": ["HUAWEICLOUD_SDK_SK", "secret_key"],
  "credentials.securityToken": ["HUAWEICLOUD_SDK_SECURITY_TOKEN", "security_token"],
};

/**
 * The environment variable, or the profile key with its profile and file, that the client option
 * `field` was set from; undefined when a flag set it (errors name the flag then) or nothing did.
 */
export function originOf(settings: Settings, field: string): string | undefined {
  const origin = Object.hasOwn(ORIGINS, field) ? ORIGINS[field] : undefined;
  if (!origin) return undefined;
  const source = field.startsWith("credentials.") ? settings.credentials?.source : field === "projectId" ? settings.projectId?.source : settings.target?.source;
  if (source === "env") return origin[0];
  return source === "profile" ? `${origin[1]} (profile "${settings.profile}" in ${settings.configPath ?? "the config file"})` : undefined;
}
