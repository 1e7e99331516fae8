import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configProblem, readConfig, UntrustedConfigError, updateProfile } from "../src/config/file.js";
import { UsageError } from "../src/errors.js";
import { tempHome } from "./support/run.js";

const FILE = "/home/u/.config/imsjs/config";
const DIR = "/home/u/.config/imsjs";

describe("configProblem: whether a config file (or its directory) could have been changed by another user", () => {
  it("accepts a file and a directory of the current user that only it may write", () => {
    expect(configProblem("file", FILE, { uid: 1000, mode: 0o100600 }, 1000)).toBeUndefined();
    expect(configProblem("file", FILE, { uid: 1000, mode: 0o100644 }, 1000)).toBeUndefined();
    expect(configProblem("directory", DIR, { uid: 1000, mode: 0o40755 }, 1000)).toBeUndefined();
    expect(configProblem("directory", DIR, { uid: 0, mode: 0o40700 }, 0)).toBeUndefined();
  });

  it("refuses one owned by another user, root included unless running as root, naming both uids and what to do", () => {
    const other = configProblem("file", FILE, { uid: 1001, mode: 0o100600 }, 1000);
    expect(other).toMatch(/^the file is owned by uid 1001, not by you \(uid 1000\)/);
    expect(other).toContain(`chown 1000 ${FILE}`);
    expect(other).toContain(`rm ${FILE}`);
    expect(configProblem("file", FILE, { uid: 0, mode: 0o100600 }, 1000)).toMatch(/^the file is owned by uid 0, not by you \(uid 1000\)/);
    expect(configProblem("directory", DIR, { uid: 1000, mode: 0o40700 }, 0)).toMatch(/^its directory \/home\/u\/\.config\/imsjs is owned by uid 1000, not by you \(uid 0\).*XDG_CONFIG_HOME/);
  });

  it("refuses one that group or others may write, saying who and how to narrow it", () => {
    expect(configProblem("file", FILE, { uid: 1000, mode: 0o100666 }, 1000)).toMatch(/^the file is writable by group and others \(mode 0666\).*chmod 600 \/home\/u\/\.config\/imsjs\/config/);
    expect(configProblem("file", FILE, { uid: 1000, mode: 0o100620 }, 1000)).toMatch(/^the file is writable by group \(mode 0620\)/);
    expect(configProblem("directory", DIR, { uid: 1000, mode: 0o41757 }, 1000)).toMatch(/^its directory \/home\/u\/\.config\/imsjs is writable by others \(mode 1757\).*chmod 700 \/home\/u\/\.config\/imsjs/);
  });

  it("refuses a directory that is a symbolic link another user made, wherever it points; a link's mode means nothing", () => {
    expect(configProblem("link", DIR, { uid: 1000, mode: 0o120777 }, 1000)).toBeUndefined();
    expect(configProblem("link", DIR, { uid: 1001, mode: 0o120777 }, 1000)).toMatch(/^its directory \/home\/u\/\.config\/imsjs is a symbolic link owned by uid 1001, not by you \(uid 1000\).*XDG_CONFIG_HOME/);
  });

  it("checks nothing where there is no uid to compare with (Windows)", () => {
    expect(configProblem("file", FILE, { uid: 0, mode: 0o100666 }, undefined)).toBeUndefined();
  });
});

describe("readConfig and updateProfile refuse a config another user could have changed", () => {
  const setup = (dirMode: number, fileMode: number): { dir: string; path: string } => {
    const dir = join(tempHome(), "imsjs");
    mkdirSync(dir, { mode: 0o700 });
    const path = join(dir, "config");
    writeFileSync(path, "[default]\nendpoint = http://127.0.0.1:1\n", { mode: 0o600 });
    // chmod: a mode given to mkdir or writeFile is narrowed by the umask.
    chmodSync(dir, dirMode);
    chmodSync(path, fileMode);
    return { dir, path };
  };
  const me = process.getuid!();

  it("reads and writes a file and directory of its own", async () => {
    const { path } = setup(0o700, 0o600);
    expect((await readConfig(path, me))["default"]?.endpoint).toBe("http://127.0.0.1:1");
    await updateProfile(path, "default", { region: "eu-west-0" }, me);
    expect(readFileSync(path, "utf8")).toContain("region = eu-west-0");
  });

  it("refuses a file others may write, with a typed usage error naming it; writes nothing", async () => {
    const { path } = setup(0o700, 0o666);
    const err = await readConfig(path, me).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UntrustedConfigError);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(
      `refusing to use the config file ${path}: the file is writable by group and others (mode 0666), so another user could change the endpoint your credentials and requests go to; fix it with: chmod 600 ${path}`,
    );
    await expect(updateProfile(path, "default", { region: "eu-west-0" }, me)).rejects.toThrow(UntrustedConfigError);
    expect(readFileSync(path, "utf8")).not.toContain("eu-west-0");
    expect(statSync(path).mode & 0o777).toBe(0o666);
  });

  it("refuses a directory others may write, even before there is a file in it, and leaves it as it is", async () => {
    const { dir, path } = setup(0o777, 0o600);
    await expect(readConfig(path, me)).rejects.toThrow(`its directory ${dir} is writable by group and others (mode 0777)`);
    await expect(updateProfile(path, "default", { region: "eu-west-0" }, me)).rejects.toThrow(UntrustedConfigError);
    expect(statSync(dir).mode & 0o777).toBe(0o777);
    const empty = join(tempHome(), "imsjs");
    mkdirSync(empty);
    chmodSync(empty, 0o777);
    await expect(readConfig(join(empty, "config"), me)).rejects.toThrow(UntrustedConfigError);
    await expect(updateProfile(join(empty, "config"), "default", { region: "eu-west-0" }, me)).rejects.toThrow(UntrustedConfigError);
    expect(() => statSync(join(empty, "config"))).toThrow(/ENOENT/);
  });

  it("refuses a file and a directory owned by another uid (the real stat results, compared with another uid)", async () => {
    const { dir, path } = setup(0o700, 0o600);
    const other = me + 1;
    await expect(readConfig(path, other)).rejects.toThrow(`refusing to use the config file ${path}: its directory ${dir} is owned by uid ${me}, not by you (uid ${other})`);
    await expect(updateProfile(path, "default", { region: "eu-west-0" }, other)).rejects.toThrow(`its directory ${dir} is owned by uid ${me}`);
    expect(readFileSync(path, "utf8")).not.toContain("eu-west-0");
  });

  it("follows a link of the user's own to a directory of theirs; a link of someone else's is refused even then", async () => {
    // In a world-writable XDG_CONFIG_HOME (/tmp) another user could link imsjs to, say, ~/.ssh: the
    // file written would be ~/.ssh/config.
    const { dir } = setup(0o700, 0o600);
    const link = join(tempHome(), "imsjs");
    symlinkSync(dir, link);
    expect((await readConfig(join(link, "config"), me))["default"]?.endpoint).toBe("http://127.0.0.1:1");
    const other = me + 1;
    await expect(readConfig(join(link, "config"), other)).rejects.toThrow(`its directory ${link} is a symbolic link owned by uid ${me}, not by you (uid ${other})`);
    await expect(updateProfile(join(link, "config"), "default", { region: "eu-west-0" }, other)).rejects.toThrow("is a symbolic link owned by");
    expect(readFileSync(join(dir, "config"), "utf8")).not.toContain("eu-west-0");
  });

  it("a missing directory is no problem: there is nothing to read, and one of its own is made to write", async () => {
    const path = join(tempHome(), "config", "imsjs", "config");
    expect(Object.keys(await readConfig(path, me))).toEqual([]);
    await updateProfile(path, "default", { region: "eu-west-0" }, me);
    expect(statSync(join(path, "..")).mode & 0o777).toBe(0o700);
  });
});
