import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnv, ims } from "./support/run.js";

const TOKEN = "MIIZ-token-SECRET-0123456789";
const SK = "sk-SECRET-abcdefghijklmnop";
const PROJECT = "0b1e494e2660441a957313163095fe5c";

describe("--dry-run with AK/SK", () => {
  it("with AK/SK from a profile, the signature and security token are redacted and the SK never shows", async () => {
    const env = baseEnv();
    const dir = join(env["XDG_CONFIG_HOME"]!, "imsjs");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(
      join(dir, "config"),
      `[default]\nendpoint = http://127.0.0.1:1\nproject_id = ${PROJECT}\naccess_key = HPUAEXAMPLEAK\nsecret_key = ${SK}\nsecurity_token = ${TOKEN}\n`,
      { mode: 0o600 },
    );
    const r = await ims(["images", "list", "--type", "private", "--dry-run"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^GET http:\/\/127\.0\.0\.1:1\/v2\/cloudimages\?__imagetype=private\n/);
    expect(r.stdout).toMatch(/^authorization: \[redacted\]$/m);
    expect(r.stdout).toMatch(/^x-security-token: \[redacted\]$/m);
    expect(r.stdout).toMatch(/^x-sdk-date: \d{8}T\d{6}Z$/m);
    expect(r.stdout + r.stderr).not.toContain(SK);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
