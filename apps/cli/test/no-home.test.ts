import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Result } from "./support/run.js";

// As `env -i` run as a uid with no passwd entry (CI containers): no HOME, and os.userInfo() throws.
vi.mock("node:os", async (importOriginal) => {
  const os = await importOriginal<typeof import("node:os")>();
  const userInfo = (): never => {
    throw Object.assign(new Error("ENOENT: no such file or directory, uv_os_get_passwd returned ENOENT"), { code: "ENOENT" });
  };
  return { ...os, default: { ...os, userInfo }, userInfo };
});

// The setup file has loaded the CLI with the real node:os already: load it afresh, with the mock.
let imsInProcess: (args: string[], io: { env: Record<string, string | undefined>; readLine?: () => Promise<string> }) => Promise<Result>;
beforeAll(async () => {
  vi.resetModules();
  ({ imsInProcess } = await import("./support/run.js"));
});

const ENV = { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t1234567", HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c" };
const NO_HOME = /no home directory to keep the config file in: set HOME or XDG_CONFIG_HOME to an absolute path/;

describe("no home directory (no HOME, no passwd entry)", () => {
  it("runs a command that the flags and the environment configure whole", async () => {
    const r = await imsInProcess(["images", "list", "--dry-run"], { env: ENV });
    expect(r.stderr).not.toMatch(NO_HOME);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("GET http://127.0.0.1:9/v2/cloudimages");
  });

  it("names the missing home when a setting is missing", async () => {
    const r = await imsInProcess(["images", "list"], { env: { IMS_TOKEN: "t1234567" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ims: error: no endpoint: .*\(no config file was read: no home directory/);
  });

  it("configure list shows the settings, and that there is no config file", async () => {
    const r = await imsInProcess(["configure", "list", "-o", "json"], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ims: warning: no config file was read: no home directory to keep the config file in/);
    const rows = JSON.parse(r.stdout) as { setting: string; value: string; source: string }[];
    expect(rows.find((x) => x.setting === "profile")?.value).toBe("default (no config file)");
    expect(rows.find((x) => x.setting === "target")).toEqual({ setting: "target", value: "http://127.0.0.1:9", source: "env" });
  });

  it("fails, naming why, only where the config file is needed: configure, configure set and a named profile", async () => {
    const runs = [
      // --dry-run: nothing may be written, even to the home of the user running the tests.
      await imsInProcess(["configure", "--dry-run"], { env: ENV, readLine: () => Promise.resolve("x") }),
      await imsInProcess(["configure", "set", "region", "eu-west-0", "--dry-run"], { env: ENV }),
      await imsInProcess(["--profile", "dev", "images", "list", "--dry-run"], { env: ENV }),
      await imsInProcess(["images", "list", "--dry-run"], { env: { ...ENV, IMS_PROFILE: "ci" } }),
    ];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(NO_HOME);
    }
    expect(runs[2]?.stderr).toMatch(/^ims: error: --profile: cannot read profile "dev": no home directory/);
    expect(runs[3]?.stderr).toMatch(/^ims: error: IMS_PROFILE: cannot read profile "ci": no home directory/);
  });
});
