import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { PROFILE_KEYS, SECRET_KEYS } from "../src/config/file.js";
import { secretFreeTitle, shownArgv } from "../src/report.js";
import { baseEnv, ims } from "./support/run.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "MIIZ-argv-token-SECRET-0123456789";

/** What `ps` shows every user of the machine as the command line of `pid`. */
const commandLine = (pid: number): string => execFileSync("ps", ["-ww", "-o", "args=", "-p", String(pid)], { encoding: "utf8" });

describe("secrets given on the command line", () => {
  for (const [given, expected] of [
    [["--token", TOKEN], "--token [redacted] --debug images list"],
    [[`--token=${TOKEN}`], "--token=[redacted] --debug images list"],
  ] as const) {
    it(`${given[0].slice(0, 8)}… is hidden from ps while the command runs`, async () => {
      let shown = "";
      server = await fakeIms(() => ({ body: { images: [] } }));
      const r = await ims([...given, "--debug", "images", "list"], {
        env: baseEnv({ IMS_ENDPOINT: server.url }),
        // Printed just before the request is sent: the command is well into its run.
        onStderr: (text, child) => {
          if (!shown && text.includes("debug: > GET")) shown = commandLine(child.pid!);
        },
      });
      expect(r.code).toBe(0);
      expect(server.requests[0]?.headers["x-auth-token"]).toBe(TOKEN);
      expect(shown).toContain(expected);
      expect(shown).not.toContain(TOKEN);
    });
  }

  it("the value of configure set for a secret key is hidden, other values are not", () => {
    expect(shownArgv(["configure", "set", "secret_key", "SK-VALUE"])).toEqual(["configure", "set", "secret_key", "[redacted]"]);
    expect(shownArgv(["--profile", "dev", "configure", "set", "security-token", "ST-VALUE"])).toEqual(["--profile", "dev", "configure", "set", "security-token", "[redacted]"]);
    expect(shownArgv(["configure", "set", "token", "T-VALUE", "--profile", "dev"])).toEqual(["configure", "set", "token", "[redacted]", "--profile", "dev"]);
    expect(shownArgv(["configure", "set", "region", "ap-southeast-1"])).toBeUndefined();
    expect(shownArgv(["configure", "set", "secret_key", "-"])).toBeUndefined();
    expect(shownArgv(["images", "list", "--name", "token"])).toBeUndefined();
  });

  it("every secret key of a profile is hidden in either spelling, and no other key", () => {
    for (const key of PROFILE_KEYS) {
      for (const spelled of new Set([key, key.replace(/_/g, "-")])) {
        const argv = ["configure", "set", spelled, "VALUE-1234"];
        expect(shownArgv(argv), spelled).toEqual(SECRET_KEYS.has(key) ? ["configure", "set", spelled, "[redacted]"] : undefined);
      }
    }
  });

  // On Windows the title is the console window's: setting it hid nothing (others read the command
  // line from the process, as given) and left the window titled with the command.
  it("the title is set where it hides the command line (Linux, macOS), not on Windows, and not without a secret", () => {
    const argv = ["--token", TOKEN, "images", "list"];
    expect(secretFreeTitle(argv, "linux")).toBe("ims --token [redacted] images list");
    expect(secretFreeTitle(argv, "darwin")).toBe("ims --token [redacted] images list");
    expect(secretFreeTitle(argv, "win32")).toBeUndefined();
    expect(secretFreeTitle(["images", "list"], "linux")).toBeUndefined();
  });
});
