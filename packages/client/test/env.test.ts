import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { credentialsFromEnv, ImsConfigError } from "../src/index.js";

const SK = "SKsecretsecretsecretsecret0123456789";

describe("credentialsFromEnv", () => {
  it("reads the official SDK variables", () => {
    const env = {
      HUAWEICLOUD_SDK_AK: "AKEXAMPLE",
      HUAWEICLOUD_SDK_SK: SK,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: "ST-secret-security-token",
      HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c",
      HUAWEICLOUD_SDK_REGION: "ap-southeast-1",
    };
    const settings = credentialsFromEnv(env);
    expect(settings.projectId).toBe("0b1e494e2660441a957313163095fe5c");
    expect(settings.region).toBe("ap-southeast-1");
    expect(settings.credentials?.ak).toBe("AKEXAMPLE");
    expect(settings.credentials?.sk).toBe(SK);
    expect(settings.credentials?.securityToken).toBe("ST-secret-security-token");
  });

  it("never prints the SK or security token it holds", () => {
    const settings = credentialsFromEnv({ HUAWEICLOUD_SDK_AK: "AKEXAMPLE", HUAWEICLOUD_SDK_SK: SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: "ST-secret-security-token" });
    for (const shown of [JSON.stringify(settings), inspect(settings, { depth: 10, showHidden: true }), String(settings.credentials)]) {
      expect(shown).not.toContain(SK);
      expect(shown).not.toContain("ST-secret-security-token");
    }
    expect(JSON.stringify(settings)).toContain("AKEXAMPLE");
  });

  it("leaves out unset and empty variables", () => {
    expect(credentialsFromEnv({ HUAWEICLOUD_SDK_AK: "", HUAWEICLOUD_SDK_REGION: " " })).toEqual({});
  });

  it("reads process.env when no object is given", () => {
    const before = process.env["HUAWEICLOUD_SDK_REGION"];
    process.env["HUAWEICLOUD_SDK_REGION"] = "cn-north-4";
    try {
      expect(credentialsFromEnv().region).toBe("cn-north-4");
    } finally {
      if (before === undefined) delete process.env["HUAWEICLOUD_SDK_REGION"];
      else process.env["HUAWEICLOUD_SDK_REGION"] = before;
    }
  });

  it.each([
    [{ HUAWEICLOUD_SDK_AK: "AK" }, "HUAWEICLOUD_SDK_SK"],
    [{ HUAWEICLOUD_SDK_SK: SK }, "HUAWEICLOUD_SDK_AK"],
    [{ HUAWEICLOUD_SDK_SECURITY_TOKEN: "st" }, "HUAWEICLOUD_SDK_AK"],
  ])("half a key pair (%j) is an error naming %s, without the secret", (env, field) => {
    const error = (() => {
      try {
        credentialsFromEnv(env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImsConfigError);
    expect((error as ImsConfigError).field).toBe(field);
    expect(String(error)).not.toContain(SK);
  });
});
