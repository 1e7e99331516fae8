import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { baseEnv, BIN, ims, tempHome } from "./support/run.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SK = "SK-SECRET-0123456789abcdef";
const configFile = (env: Record<string, string>): string => join(env["XDG_CONFIG_HOME"]!, "imsjs", "config");

function writeProfiles(env: Record<string, string>, text: string): void {
  // 0700 whatever the umask: a directory others may write is refused.
  mkdirSync(join(env["XDG_CONFIG_HOME"]!, "imsjs"), { recursive: true, mode: 0o700 });
  writeFileSync(configFile(env), text, { mode: 0o600 });
}

describe("ims configure", () => {
  it("reads answers from piped stdin and writes the profile with mode 0600", async () => {
    const env = baseEnv();
    const r = await ims(["configure"], { env, input: `ap-southeast-1\n0b1e494e2660441a957313163095fe5c\nHPUAEXAMPLE\n${SK}\n` });
    expect(r.code).toBe(0);
    expect(statSync(configFile(env)).mode & 0o777).toBe(0o600);
    const text = readFileSync(configFile(env), "utf8");
    expect(text).toMatch(/^\[default\]$/m);
    expect(text).toMatch(/^region = ap-southeast-1$/m);
    expect(text).toMatch(/^project_id = 0b1e494e2660441a957313163095fe5c$/m);
    expect(text).toMatch(/^access_key = HPUAEXAMPLE$/m);
    expect(text).toContain(`secret_key = ${SK}`);
    expect(r.stdout + r.stderr).not.toContain(SK);
    expect(r.stderr).toContain(`Saved profile "default" to ${configFile(env)}`);
  });

  it("keeps the profile's directory to its owner (0700), also one that existed readable by others", async () => {
    const fresh = baseEnv();
    expect((await ims(["configure", "set", "secret_key", SK], { env: fresh })).code).toBe(0);
    expect(statSync(join(fresh["XDG_CONFIG_HOME"]!, "imsjs")).mode & 0o777).toBe(0o700);
    const env = baseEnv();
    mkdirSync(join(env["XDG_CONFIG_HOME"]!, "imsjs"), { recursive: true, mode: 0o755 });
    writeFileSync(configFile(env), "[default]\nregion = cn-north-4\n", { mode: 0o644 });
    const r = await ims(["configure", "set", "secret_key", SK], { env });
    expect(r.code).toBe(0);
    expect(statSync(join(env["XDG_CONFIG_HOME"]!, "imsjs")).mode & 0o777).toBe(0o700);
    expect(statSync(configFile(env)).mode & 0o777).toBe(0o600);
  });

  it("keeps current values on empty answers and writes other profiles beside them", async () => {
    const env = baseEnv();
    writeProfiles(env, "[default]\nregion = cn-north-4\n");
    const r = await ims(["--profile", "dev", "configure"], { env, input: "\n\n\n\n" });
    expect(r.code).toBe(0);
    const s = await ims(["--profile", "dev", "configure", "set", "endpoint", "http://127.0.0.1:4010"], { env });
    expect(s.code).toBe(0);
    const text = readFileSync(configFile(env), "utf8");
    expect(text).toMatch(/\[default\]\nregion = cn-north-4\n/);
    expect(text).toMatch(/\[dev\]\nendpoint = http:\/\/127\.0\.0\.1:4010\n/);
    expect(statSync(configFile(env)).mode & 0o777).toBe(0o600);
  });

  it("piped answers may stop early: the questions left keep their values (only a terminal's Ctrl-D cancels)", async () => {
    const env = baseEnv();
    writeProfiles(env, "[default]\nregion = cn-north-4\nproject_id = p1\n");
    const r = await ims(["configure"], { env, input: "eu-west-0\n" });
    expect(r.code).toBe(0);
    expect(readFileSync(configFile(env), "utf8")).toBe("[default]\nregion = eu-west-0\nproject_id = p1\n");
  });

  it("--dry-run writes nothing: configure and configure set say what they would change", async () => {
    const env = baseEnv();
    writeProfiles(env, "[default]\nregion = cn-north-4\n");
    const set = await ims(["--dry-run", "configure", "set", "secret_key", SK], { env });
    expect([set.code, set.stdout]).toEqual([0, ""]);
    expect(set.stderr).toBe(`Would set secret_key in profile "default" (${configFile(env)}); nothing written (--dry-run).\n`);
    const asked = await ims(["--dry-run", "--profile", "dev", "configure"], { env, input: `ap-southeast-1\np1\nAK1\n${SK}\n` });
    expect(asked.code).toBe(0);
    expect(asked.stderr).toContain(`Would save profile "dev" (region, project_id, access_key, secret_key) to ${configFile(env)}; nothing written (--dry-run).\n`);
    expect(`${set.stderr}${asked.stderr}`).not.toContain(SK);
    expect(readFileSync(configFile(env), "utf8")).toBe("[default]\nregion = cn-north-4\n");
  });

  it("an empty IMS_PROFILE means the default profile for configure and configure set, as for every command", async () => {
    for (const empty of ["", " "]) {
      const env = baseEnv({ IMS_PROFILE: empty });
      const set = await ims(["configure", "set", "region", "ap-southeast-1"], { env });
      expect([set.code, set.stderr]).toEqual([0, `Set region in profile "default" (${configFile(env)}).\n`]);
      const asked = await ims(["configure"], { env, input: "\np1\n" });
      expect(asked.code).toBe(0);
      const text = readFileSync(configFile(env), "utf8");
      expect(text).toMatch(/^\[default\]\nregion = ap-southeast-1\nproject_id = p1\n$/m);
      expect(text.match(/^\[/gm)).toHaveLength(1);
      const list = await ims(["configure", "list", "-o", "json"], { env });
      expect((JSON.parse(list.stdout) as { value: string }[])[0]!.value).toBe(`default (${configFile(env)})`);
    }
  });

  it("set and configure edit the file in place: comments, unknown keys, empty sections and order are kept", async () => {
    const env = baseEnv();
    const before = [
      "# my profiles, edited by hand",
      "; keep this too",
      "top_level = stays",
      "",
      "[default]",
      "region = cn-north-4",
      "# token = tok-old, commented out",
      "colour = blue",
      "",
      "[empty]",
      "",
      "[dev]",
      "endpoint = http://127.0.0.1:4010",
      "; end of dev",
      "",
      "# about prod",
      "[prod]",
      "region = ap-southeast-1",
      "",
    ].join("\n");
    writeProfiles(env, before);
    const runs = [
      ["configure", "set", "region", "eu-west-0"],
      ["configure", "set", "project_id", "p;1#2"],
      ["--profile", "empty", "configure", "set", "token", "tok-empty"],
      ["--profile", "dev", "configure", "set", "endpoint", "http://127.0.0.1:4011"],
      ["--profile", "new", "configure", "set", "region", "la-south-2"],
    ];
    for (const args of runs) expect((await ims(args, { env })).code, args.join(" ")).toBe(0);
    // ims configure asks four questions: keep region and project, set the AK/SK.
    expect((await ims(["--profile", "dev", "configure"], { env, input: `\n\nHPUAEXAMPLE\n${SK}\n` })).code).toBe(0);
    expect(readFileSync(configFile(env), "utf8")).toBe(
      [
        "# my profiles, edited by hand",
        "; keep this too",
        "top_level = stays",
        "",
        "[default]",
        "region = eu-west-0",
        "# token = tok-old, commented out",
        "colour = blue",
        "project_id = p\\;1\\#2",
        "",
        "[empty]",
        "token = tok-empty",
        "",
        "[dev]",
        "endpoint = http://127.0.0.1:4011",
        "access_key = HPUAEXAMPLE",
        `secret_key = ${SK}`,
        "; end of dev",
        "",
        "# about prod",
        "[prod]",
        "region = ap-southeast-1",
        "",
        "[new]",
        "region = la-south-2",
        "",
      ].join("\n"),
    );
    expect(statSync(configFile(env)).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(env["XDG_CONFIG_HOME"]!, "imsjs"))).toEqual(["config"]);
    // What was written reads back as it was given.
    const list = await ims(["configure", "list", "-o", "json"], { env });
    expect(JSON.parse(list.stdout)).toContainEqual({ setting: "project_id", value: "p;1#2", source: "profile" });
  });

  it("a file with CRLF line ends keeps them", async () => {
    const env = baseEnv();
    writeProfiles(env, "; windows\r\n[default]\r\nregion = cn-north-4\r\n");
    expect((await ims(["configure", "set", "project_id", "p1"], { env })).code).toBe(0);
    expect(readFileSync(configFile(env), "utf8")).toBe("; windows\r\n[default]\r\nregion = cn-north-4\r\nproject_id = p1\r\n");
  });

  it("set rejects unknown keys and bad profile names (exit 2)", async () => {
    const a = await ims(["configure", "set", "colour", "blue"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/"colour" is not a setting; use one of: region, project_id, endpoint, token, access_key, secret_key, security_token/);
    const b = await ims(["--profile", "../etc", "configure", "set", "region", "x"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--profile: "\.\.\/etc" is not a profile name/);
  });

  it("list shows each setting's source and masks secrets", async () => {
    const env = baseEnv({ HUAWEICLOUD_SDK_PROJECT_ID: "from-env-project" });
    writeProfiles(env, `[default]\nregion = ap-southeast-1\nproject_id = from-profile\naccess_key = HPUAEXAMPLE\nsecret_key = ${SK}\n`);
    const r = await ims(["configure", "list", "-o", "tsv"], { env });
    expect(r.code).toBe(0);
    const rows = Object.fromEntries(r.stdout.trimEnd().split("\n").map((l) => { const [k, v, s] = l.split("\t"); return [k, [v, s]]; }));
    expect(rows["target"]).toEqual(["region ap-southeast-1", "profile"]);
    expect(rows["project_id"]).toEqual(["from-env-project", "env"]);
    expect(rows["credentials"]).toEqual(["AK HPUAEXAMPLE, SK ****cdef", "profile"]);
    expect(r.stdout).not.toContain(SK);
  });

  it("list masks a password given in an endpoint URL (which the client refuses anyway)", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "https://admin:S3cret-endpoint@pw@ims.example.com:8443/ims", IMS_TOKEN: "tok-0123456789" });
    const r = await ims(["configure", "list", "-o", "tsv"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("target\thttps://****@ims.example.com:8443/ims\tenv\n");
    expect(r.stdout).not.toMatch(/S3cret|endpoint@pw/);
  });

  it("list shows an endpoint with an `@` in its path as it is", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "https://ims.example.com/ims@v2", IMS_TOKEN: "tok-0123456789" });
    const r = await ims(["configure", "list", "-o", "tsv"], { env });
    expect(r.stdout).toContain("target\thttps://ims.example.com/ims@v2\tenv\n");
  });
});

describe("precedence: flags > environment > profile", () => {
  it("uses what the profile says when nothing else does", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = baseEnv();
    writeProfiles(env, `[default]\nendpoint = ${server.url}\ntoken = tok-from-profile\n`);
    const r = await ims(["images", "list"], { env });
    expect(r.code).toBe(0);
    expect(server.requests[0]?.headers["x-auth-token"]).toBe("tok-from-profile");
  });

  it("the environment beats the profile, and a flag beats both", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-from-env" });
    writeProfiles(env, "[default]\nendpoint = http://127.0.0.1:1\ntoken = tok-from-profile\n");
    await ims(["images", "list"], { env });
    await ims(["images", "list", "--token", "tok-from-flag"], { env });
    expect(server.requests.map((q) => q.headers["x-auth-token"])).toEqual(["tok-from-env", "tok-from-flag"]);
  });

  it("--profile and IMS_PROFILE pick a profile; an unknown one is exit 2", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = baseEnv();
    writeProfiles(env, `[default]\nendpoint = http://127.0.0.1:1\ntoken = t-default\n[dev]\nendpoint = ${server.url}\ntoken = t-dev\n`);
    expect((await ims(["--profile", "dev", "images", "list"], { env })).code).toBe(0);
    expect((await ims(["images", "list"], { env: { ...env, IMS_PROFILE: "dev" } })).code).toBe(0);
    expect(server.requests.map((q) => q.headers["x-auth-token"])).toEqual(["t-dev", "t-dev"]);
    const missing = await ims(["--profile", "prod", "images", "list"], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--profile: no profile "prod" in .*config \(create it with: ims configure --profile prod\)/);
    // Named by the variable, the error names the variable: nobody gave --profile.
    const fromEnv = await ims(["images", "list"], { env: { ...env, IMS_PROFILE: "prod" } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/^ims: error: IMS_PROFILE: no profile "prod" in .*config \(create it with: ims configure --profile prod\)\n$/);
    const badName = await ims(["configure", "set", "region", "eu-west-0"], { env: { ...env, IMS_PROFILE: "my prod" } });
    expect([badName.code, badName.stderr]).toEqual([2, 'ims: error: IMS_PROFILE: "my prod" is not a profile name (letters, digits, "-" and "_")\n']);
  });

  it("names of Object.prototype are profiles only if the file has them; __proto__ is refused", async () => {
    server = await fakeIms(() => ({ body: { quotas: { resources: [] } } }));
    const env = baseEnv();
    writeProfiles(env, "[default]\nregion = cn-north-4\n");
    for (const name of ["toString", "constructor", "hasOwnProperty", "__proto__"]) {
      const r = await ims(["--profile", name, "quota", "--endpoint", server.url, "--token", "tok-proto-1234"], { env });
      expect([r.code, r.stdout], name).toEqual([2, ""]);
      expect(r.stderr, name).toMatch(/^ims: error: --profile: /);
    }
    const viaEnv = await ims(["quota", "--endpoint", server.url, "--token", "tok-proto-1234"], { env: { ...env, IMS_PROFILE: "valueOf" } });
    expect(viaEnv.code).toBe(2);
    expect(server.requests).toHaveLength(0);

    const proto = await ims(["--profile", "__proto__", "configure", "set", "region", "eu-west-0"], { env });
    expect([proto.code, proto.stderr]).toEqual([2, 'ims: error: --profile: "__proto__" cannot be a profile name (the config file\'s format reserves it)\n']);
    expect(readFileSync(configFile(env), "utf8")).toBe("[default]\nregion = cn-north-4\n");

    // Written, it is an ordinary profile.
    const set = await ims(["--profile", "toString", "configure", "set", "endpoint", server.url], { env });
    expect([set.code, set.stderr]).toEqual([0, `Set endpoint in profile "toString" (${configFile(env)}).\n`]);
    const used = await ims(["--profile", "toString", "quota", "--token", "tok-proto-1234"], { env });
    expect(used.code).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it("a token from the profile is scrubbed from an error that echoes it", async () => {
    server = await fakeIms(() => ({ status: 401, body: { error_code: "APIGW.0301", error_msg: "token tok-PROFILE-SECRET-42 is invalid" } }));
    const env = baseEnv();
    writeProfiles(env, `[default]\nendpoint = ${server.url}\ntoken = tok-PROFILE-SECRET-42\n`);
    const r = await ims(["--debug", "images", "list"], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ims: error: IMS answered 401 APIGW\.0301: token \[redacted\] is invalid/i);
    expect(r.stderr).not.toContain("tok-PROFILE-SECRET-42");
  });

  it("half an AK/SK pair in the environment does not stop --token or IMS_TOKEN from winning", async () => {
    server = await fakeIms(() => ({ body: { quotas: { resources: [] } } }));
    const halfPairs: Record<string, string>[] = [{ HUAWEICLOUD_SDK_AK: "AKONLY" }, { HUAWEICLOUD_SDK_SK: SK }, { HUAWEICLOUD_SDK_SECURITY_TOKEN: "sts-only" }];
    for (const half of halfPairs) {
      const flag = await ims(["quota", "--token", "tok-from-flag", "--endpoint", server.url], { env: baseEnv(half) });
      expect([flag.code, flag.stderr]).toEqual([0, ""]);
      const envToken = await ims(["quota", "--endpoint", server.url], { env: baseEnv({ ...half, IMS_TOKEN: "tok-from-env" }) });
      expect([envToken.code, envToken.stderr]).toEqual([0, ""]);
    }
    expect(server.requests.map((q) => q.headers["x-auth-token"])).toEqual(halfPairs.flatMap(() => ["tok-from-flag", "tok-from-env"]));
    const list = await ims(["configure", "list", "--token", "tok-from-flag", "-o", "tsv"], { env: baseEnv({ HUAWEICLOUD_SDK_AK: "AKONLY" }) });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^credentials\ttoken \*{4}flag\tflag$/m);
  });

  it("an access key without its secret key says which one is missing", async () => {
    const r = await ims(["images", "list"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", HUAWEICLOUD_SDK_AK: "HPUAEXAMPLE" }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ims: error: HUAWEICLOUD_SDK_SK: is not set, but HUAWEICLOUD_SDK_AK is\n");
    const sk = await ims(["images", "list"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", HUAWEICLOUD_SDK_SK: SK }) });
    expect([sk.code, sk.stderr]).toEqual([2, "ims: error: HUAWEICLOUD_SDK_AK: is not set, but HUAWEICLOUD_SDK_SK is\n"]);
    const sts = await ims(["images", "list"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", HUAWEICLOUD_SDK_SECURITY_TOKEN: "sts-only" }) });
    expect([sts.code, sts.stderr]).toEqual([2, "ims: error: HUAWEICLOUD_SDK_AK: is not set, but HUAWEICLOUD_SDK_SECURITY_TOKEN is (it comes with a temporary AK/SK)\n"]);
  });
});

describe("where the config file is, when HOME or XDG_CONFIG_HOME is unset or relative", () => {
  // Run from a directory holding .config/imsjs/config and cfg/imsjs/config, as a checked-out
  // repository could: neither may be read, or its endpoint would receive the environment's token.
  it("never reads a config file relative to the working directory", () => {
    const cwd = tempHome();
    for (const dir of [join(cwd, ".config", "imsjs"), join(cwd, "cfg", "imsjs")]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "config"), "[default]\nendpoint = http://evil.invalid:8080\n");
    }
    const run = (extra: Record<string, string>, args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        env: { PATH: process.env["PATH"] ?? "", IMS_TOKEN: "tok-from-env-5678", HUAWEICLOUD_SDK_PROJECT_ID: "p1", XDG_CACHE_HOME: join(cwd, "cache"), ...extra },
        encoding: "utf8",
      });
    const cases: Record<string, string>[] = [{}, { HOME: "." }, { HOME: join(cwd, "home"), XDG_CONFIG_HOME: "cfg" }];
    for (const extra of cases) {
      const list = run(extra, ["configure", "list", "-o", "json"]);
      expect(list.status, list.stderr).toBe(0);
      const rows = JSON.parse(list.stdout) as { setting: string; value: string }[];
      const profile = rows.find((r) => r.setting === "profile")!.value;
      expect(profile, JSON.stringify(extra)).toMatch(/^default \(\/.*\/imsjs\/config\)$/);
      expect(profile).not.toContain(join(cwd, ".config"));
      expect(profile).not.toContain(join(cwd, "cfg"));
      const dry = run(extra, ["images", "list", "--dry-run", "-o", "json"]);
      expect(dry.stdout + dry.stderr).not.toContain("evil.invalid");
    }
  });
});

describe("a config file that cannot be read", () => {
  // As in a CI container run as another user than HOME's owner (docker --user 1000, HOME=/root):
  // here the file's path is a directory, which no user can read as a file either.
  const unreadable = (extra: Record<string, string> = {}): Record<string, string> => {
    const env = baseEnv(extra);
    mkdirSync(configFile(env), { recursive: true, mode: 0o700 });
    return env;
  };

  it("does not stop a command that the flags and the environment configure whole", async () => {
    server = await fakeIms(() => ({ body: { images: [{ id: "i1", name: "web", status: "active" }] } }));
    const r = await ims(["images", "list", "-q", "[0].id", "-o", "tsv"], { env: unreadable({ IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-env-1234" }) });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "i1\n", ""]);
  });

  it("is named when a setting is missing, and is an error when a profile is asked for by name", async () => {
    const missing = await ims(["images", "list"], { env: unreadable({ IMS_TOKEN: "tok-env-1234" }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ims: error: no endpoint: .*\(the config file .*imsjs\/config could not be read: EISDIR/);
    const named = await ims(["images", "list"], { env: unreadable({ IMS_PROFILE: "ci", IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "tok-env-1234" }) });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^ims: error: IMS_PROFILE: cannot read .*imsjs\/config: EISDIR/);
  });

  it("configure list warns, naming the file and why, instead of showing only \"(not set)\"", async () => {
    const env = unreadable({ IMS_TOKEN: "tok-env-1234" });
    const r = await ims(["configure", "list", "-o", "json"], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`ims: warning: the config file ${configFile(env)} could not be read: EISDIR: illegal operation on a directory, read; only flags and the environment are shown\n`);
    const rows = JSON.parse(r.stdout) as { setting: string; value: string; source: string }[];
    expect(rows.find((x) => x.setting === "credentials")?.source).toBe("env");
  });

  it("configure and configure set name the file they cannot read", async () => {
    const env = unreadable();
    const set = await ims(["configure", "set", "region", "eu-west-0"], { env });
    expect([set.code, set.stderr]).toEqual([1, `ims: error: cannot save to ${configFile(env)}: EISDIR: illegal operation on a directory, read\n`]);
    const asked = await ims(["configure"], { env, input: "eu-west-0\n" });
    expect([asked.code, asked.stderr]).toEqual([1, `ims: error: cannot read ${configFile(env)}: EISDIR: illegal operation on a directory, read\n`]);
    expect(statSync(configFile(env)).isDirectory()).toBe(true);
  });
});

describe("a config file another user could have changed (writable by others, or not the user's own)", () => {
  // XDG_CONFIG_HOME=/tmp, where anyone may have made /tmp/imsjs: its profile could send this user's
  // token and signed requests to a server of someone else's choosing.
  const planted = (dirMode: number, fileMode: number, extra: Record<string, string> = {}): Record<string, string> => {
    const env = baseEnv(extra);
    writeProfiles(env, `[default]\nendpoint = ${server!.url}\ntoken = tok-planted-0000\n[ci]\nregion = eu-west-0\n`);
    chmodSync(join(env["XDG_CONFIG_HOME"]!, "imsjs"), dirMode);
    chmodSync(configFile(env), fileMode);
    return env;
  };
  const dirOf = (env: Record<string, string>): string => join(env["XDG_CONFIG_HOME"]!, "imsjs");

  it("is not read: a missing setting is exit 2 naming the file, the problem and the fix, and nothing is sent", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const file = planted(0o700, 0o666, { IMS_TOKEN: "tok-env-1234" });
    const r = await ims(["images", "list"], { env: file });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ims: error: no endpoint: pass --endpoint or --region, set IMS_ENDPOINT or HUAWEICLOUD_SDK_REGION, or run \`ims configure\` (refusing to use the config file ${configFile(file)}: the file is writable by group and others (mode 0666), so another user could change the endpoint your credentials and requests go to; fix it with: chmod 600 ${configFile(file)})\n`,
    );
    const dir = planted(0o777, 0o600);
    const d = await ims(["images", "list"], { env: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain(`(refusing to use the config file ${configFile(dir)}: its directory ${dirOf(dir)} is writable by group and others (mode 0777), so another user could replace the file and the endpoint your credentials and requests go to; fix it with: chmod 700 ${dirOf(dir)})`);
    expect(server.requests).toEqual([]);
  });

  it("does not stop a command that the flags and the environment configure whole", async () => {
    server = await fakeIms(() => ({ body: { images: [{ id: "i1", name: "web", status: "active" }] } }));
    const env = planted(0o777, 0o666, { IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-env-1234" });
    const r = await ims(["images", "list", "-q", "[0].id", "-o", "tsv"], { env });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "i1\n", ""]);
    expect(server.requests.map((q) => q.headers["x-auth-token"])).toEqual(["tok-env-1234"]);
  });

  it("a profile asked for by name is exit 2, the refusal itself", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = planted(0o700, 0o622, { IMS_PROFILE: "ci", IMS_ENDPOINT: server.url, IMS_TOKEN: "tok-env-1234" });
    const r = await ims(["images", "list"], { env });
    expect([r.code, r.stderr]).toEqual([2, `ims: error: refusing to use the config file ${configFile(env)}: the file is writable by group and others (mode 0622), so another user could change the endpoint your credentials and requests go to; fix it with: chmod 600 ${configFile(env)}\n`]);
    expect(server.requests).toEqual([]);
  });

  it("configure list warns and shows only the flags and the environment", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = planted(0o777, 0o600, { IMS_TOKEN: "tok-env-1234" });
    const r = await ims(["configure", "list", "-o", "json"], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^ims: warning: refusing to use the config file ${configFile(env)}: its directory .* chmod 700 ${dirOf(env)}; only flags and the environment are shown\n$`));
    const rows = JSON.parse(r.stdout) as { setting: string; value: string; source: string }[];
    expect(rows.find((x) => x.setting === "target")?.value).toBe("");
    expect(rows.find((x) => x.setting === "credentials")?.source).toBe("env");
  });

  it("configure and configure set are exit 2 and change nothing, the file's mode included", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const env = planted(0o700, 0o666);
    const before = readFileSync(configFile(env), "utf8");
    const set = await ims(["configure", "set", "region", "eu-west-0"], { env });
    expect([set.code, set.stderr]).toEqual([2, `ims: error: refusing to use the config file ${configFile(env)}: the file is writable by group and others (mode 0666), so another user could change the endpoint your credentials and requests go to; fix it with: chmod 600 ${configFile(env)}\n`]);
    const asked = await ims(["configure"], { env, input: "eu-west-0\n" });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/^ims: error: refusing to use the config file .*chmod 600 /);
    expect(readFileSync(configFile(env), "utf8")).toBe(before);
    expect(statSync(configFile(env)).mode & 0o777).toBe(0o666);
    // A directory others may write, with no file yet: no file is made in it.
    const empty = baseEnv();
    mkdirSync(dirOf(empty), { recursive: true });
    chmodSync(dirOf(empty), 0o777);
    const fresh = await ims(["configure", "set", "region", "eu-west-0"], { env: empty });
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toContain(`its directory ${dirOf(empty)} is writable by group and others (mode 0777)`);
    expect(readdirSync(dirOf(empty))).toEqual([]);
  });
});
