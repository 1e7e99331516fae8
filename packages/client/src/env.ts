import type { AkSkCredentials } from "./credentials.js";
import { ImsConfigError } from "./errors.js";
import { hideSecrets } from "./redact.js";

/** What `credentialsFromEnv()` found, ready to spread into `createImsClient()`. */
export interface EnvSettings {
  credentials?: AkSkCredentials;
  projectId?: string;
  region?: string;
}

function read(env: Record<string, string | undefined>, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/**
 * Reads the official SDKs' variables: `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`,
 * `HUAWEICLOUD_SDK_SECURITY_TOKEN`, `HUAWEICLOUD_SDK_PROJECT_ID`, `HUAWEICLOUD_SDK_REGION`.
 * Unset or empty variables are left out; half a key pair is an error naming the missing variable.
 */
export function credentialsFromEnv(env?: Record<string, string | undefined>): EnvSettings {
  // No `import process`: this also runs where there is no process (browsers, some edge runtimes).
  const source = env ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const ak = read(source, "HUAWEICLOUD_SDK_AK");
  const sk = read(source, "HUAWEICLOUD_SDK_SK");
  const securityToken = read(source, "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  if (ak && !sk) throw new ImsConfigError("HUAWEICLOUD_SDK_SK", "is not set, but HUAWEICLOUD_SDK_AK is");
  if (sk && !ak) throw new ImsConfigError("HUAWEICLOUD_SDK_AK", "is not set, but HUAWEICLOUD_SDK_SK is");
  if (securityToken && !ak) {
    throw new ImsConfigError("HUAWEICLOUD_SDK_AK", "is not set, but HUAWEICLOUD_SDK_SECURITY_TOKEN is (it comes with a temporary AK/SK)");
  }
  const out: EnvSettings = {};
  if (ak && sk) out.credentials = hideSecrets(securityToken ? { ak, sk, securityToken } : { ak, sk }, ["sk", "securityToken"]);
  const projectId = read(source, "HUAWEICLOUD_SDK_PROJECT_ID");
  if (projectId) out.projectId = projectId;
  const region = read(source, "HUAWEICLOUD_SDK_REGION");
  if (region) out.region = region;
  return out;
}
