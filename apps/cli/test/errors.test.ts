import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, baseEnv, ims, imsInProcess } from "./support/run.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "tok-SECRET-9f8e7d6c";
const env = (url: string, extra: Record<string, string> = {}): Record<string, string> =>
  baseEnv({ IMS_ENDPOINT: url, IMS_TOKEN: TOKEN, HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c", ...extra });

describe("bad usage exits 2 and names the flag", () => {
  it("a value outside the choices lists the allowed values", async () => {
    const r = await ims(["images", "list", "--type", "public"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--type <type>' argument 'public' is invalid. Allowed choices are gold, private, shared, market.");
    expect(r.stdout).toBe("");
  });

  it("--license-type takes only the licenses the contract lists (platform, byol), as IMS does (ims_03_0605)", async () => {
    const r = await ims(["images", "import", "--name", "n", "--image-url", "bucket:f.zvhd2", "--min-disk", "40", "--os-version", "CentOS 7.9 64bit", "--license-type", "BYOL"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--license-type <type>' argument 'BYOL' is invalid. Allowed choices are platform, byol.");
    expect(r.stdout).toBe("");
  });

  it("an empty or blank ID is a usage error naming it, never a request to another URL (DELETE /v2/images/)", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const cases: [string[], string][] = [
      [["images", "delete", "", "--yes"], "<image-id>: must not be empty"],
      [["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", " ", "--yes"], "<image-id>: must not be empty"],
      [["images", "show", ""], "<image-id>: must not be empty"],
      [["jobs", "show", "  "], "<job-id>: must not be empty"],
      [["tags", "list", ""], "<image-id>: must not be empty"],
      [["images", "create", "--name", "web", "--instance-id", ""], "option '--instance-id <id>' argument '' is invalid. must not be empty"],
      [["images", "copy", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--name", "web", "--to-region", " ", "--agency", "a"], "option '--to-region <region>' argument ' ' is invalid. must not be empty"],
    ];
    for (const [args, message] of cases) {
      const r = await ims(args, { env: env(server.url) });
      expect([r.code, r.stdout], args.join(" ")).toEqual([2, ""]);
      expect(r.stderr, args.join(" ")).toContain(`ims: error: ${message}`);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("an empty images list filter (--name \"$UNSET\") is a usage error, not a query that IMS may answer with every image", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    for (const flag of ["--name", "--id", "--owner", "--tag", "--created", "--flavor-id"]) {
      const r = await ims(["images", "list", flag, " "], { env: env(server.url) });
      expect([r.code, r.stdout], flag).toEqual([2, ""]);
      expect(r.stderr, flag).toMatch(new RegExp(`^ims: error: option '${flag} <[^>]+>' argument ' ' is invalid\\. must not be empty\\n`));
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a tag key given twice to tags add or remove is a usage error: IMS requires the keys of one request to differ", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const add = await ims(["tags", "add", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "env=prod", "team=web", "env=dev"], { env: env(server.url) });
    expect([add.code, add.stdout, add.stderr]).toEqual([2, "", 'ims: error: tag key "env" is given twice (env=prod, env=dev): each key once\n']);
    const remove = await ims(["tags", "remove", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "env", "env=prod", "--yes"], { env: env(server.url) });
    expect([remove.code, remove.stderr]).toEqual([2, 'ims: error: tag key "env" is given twice (env, env=prod): each key once\n']);
    expect(server.requests).toHaveLength(0);
  });

  it("tags add keeps IMS's limits (ims_03_0617): at most 10 tags, keys of 1 to 36 characters, values of at most 43; tags remove 127 and 255", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const IMAGE = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";
    const add = (...tags: string[]) => ims(["tags", "add", IMAGE, ...tags], { env: env(server!.url) });
    const eleven = Array.from({ length: 11 }, (_, i) => `k${i}=v`);
    expect([(await add(...eleven)).code, (await add(...eleven)).stderr]).toEqual([2, "ims: error: <key=value...>: 11 tags, but an image has at most 10\n"]);
    const longKey = await add(`${"k".repeat(37)}=v`);
    expect([longKey.code, longKey.stderr]).toEqual([2, `ims: error: <key=value...>: tag key "${"k".repeat(37)}" has 37 characters; at most 36\n`]);
    const longValue = await add(`env=${"v".repeat(44)}`);
    expect([longValue.code, longValue.stderr]).toEqual([2, 'ims: error: <key=value...>: the value of tag "env" has 44 characters; at most 43\n']);
    const blank = await add(" =v");
    expect([blank.code, blank.stderr]).toEqual([2, 'ims: error: <key=value...>: tag " =v" has a blank key\n']);
    const removeLong = await ims(["tags", "remove", IMAGE, "k".repeat(128), "--yes"], { env: env(server.url) });
    expect([removeLong.code, removeLong.stderr]).toEqual([2, `ims: error: <key[=value]...>: tag key "${"k".repeat(128)}" has 128 characters; at most 127\n`]);
    expect(server.requests).toHaveLength(0);
    // The limits count characters, not UTF-16 units or bytes: 36 CJK characters and 10 tags are fine.
    const fine = await add(`${"标".repeat(36)}=${"值".repeat(43)}`, ...eleven.slice(2));
    expect([fine.code, fine.stderr]).toEqual([0, `Tagged image ${IMAGE}: ${"标".repeat(36)}=${"值".repeat(43)}, ${eleven.slice(2).join(", ")}.\n`]);
    expect(server.requests).toHaveLength(1);
  });

  it("--tag of images create, create-whole and import keeps the same limits: 10 tags, keys of 36 characters, values of 43, each key once", async () => {
    server = await fakeIms(() => ({ body: { job_id: "j1" } }));
    const commands = [
      ["images", "create", "--name", "w", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a"],
      ["images", "create-whole", "--name", "w", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a"],
      ["images", "import", "--name", "w", "--image-url", "b:f.qcow2", "--min-disk", "40", "--os-version", "Ubuntu 22.04 server 64bit"],
    ];
    const tags = (...t: string[]) => t.flatMap((x) => ["--tag", x]);
    for (const command of commands) {
      const run = (...t: string[]) => ims([...command, ...tags(...t)], { env: env(server!.url) });
      const key = await run(`${"k".repeat(37)}=v`);
      expect([key.code, key.stderr.split("\n")[0]], command[1]).toEqual([2, `ims: error: option '--tag <key=value>' argument '${"k".repeat(37)}=v' is invalid. the key has 37 characters; at most 36`]);
      const value = await run(`env=${"v".repeat(44)}`);
      expect(value.stderr, command[1]).toContain("is invalid. the value has 44 characters; at most 43\n");
      const twice = await run("env=prod", "env=dev");
      expect(twice.stderr, command[1]).toContain("argument 'env=dev' is invalid. the key \"env\" is given twice: each key once\n");
      const eleven = await run(...Array.from({ length: 11 }, (_, i) => `k${i}=v`));
      expect([eleven.code, eleven.stderr.split("\n")[0]], command[1]).toEqual([2, "ims: error: option '--tag <key=value>' argument 'k10=v' is invalid. more than 10 tags: an image has at most 10"]);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a bad global choice does too", async () => {
    const r = await ims(["-o", "xml", "images", "list"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are table, json, yaml, tsv.");
  });

  it("a number that is not one", async () => {
    const r = await ims(["images", "list", "--limit", "ten"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'--limit <n>' argument 'ten' is invalid\. must be a positive integer/);
  });

  it("an unknown command or flag, with a suggestion", async () => {
    const a = await ims(["imagse", "list"], { env: env("http://127.0.0.1:9") });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown command 'imagse'[\s\S]*Did you mean images\?/);
    const b = await ims(["images", "list", "--colour"], { env: env("http://127.0.0.1:9") });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown option '--colour'/);
  });

  it("a missing required flag", async () => {
    const r = await ims(["images", "export", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/required option '--to <bucket:file>' not specified/);
  });

  it("flags that contradict each other", async () => {
    const r = await ims(["images", "create", "--name", "x", "--instance-id", "a", "--image-url", "b:c"], { env: env("http://127.0.0.1:9") });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ims: error: --instance-id and --image-url are alternatives: give one source\n");
    const e = await ims(["images", "export", "i", "--to", "b:f", "--quick", "--format", "vhd"], { env: env("http://127.0.0.1:9") });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("--format does not apply to --quick exports");
  });

  it("a tag that is not key=value names it, exit 2, and nothing is sent", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const add = await ims(["tags", "add", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "env=prod", "foo"], { env: env(server.url) });
    expect([add.code, add.stdout, add.stderr]).toEqual([2, "", 'ims: error: tag "foo" is not key=value\n']);
    const remove = await ims(["tags", "remove", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "=x", "--yes"], { env: env(server.url) });
    expect([remove.code, remove.stdout, remove.stderr]).toEqual([2, "", 'ims: error: tag "=x" is not key[=value]\n']);
    expect(server.requests).toHaveLength(0);
  });

  it("no endpoint, no credentials, no project ID: each says what to set", async () => {
    const noEndpoint = await ims(["images", "list"], { env: baseEnv({ IMS_TOKEN: TOKEN }) });
    expect(noEndpoint.code).toBe(2);
    expect(noEndpoint.stderr).toMatch(/no endpoint: pass --endpoint or --region/);
    const noToken = await ims(["images", "list"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:9" }) });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/no credentials: pass --token, set IMS_TOKEN/);
    const noProject = await ims(["tags", "list"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: TOKEN }) });
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toMatch(/^ims: error: --project-id: /);
  });

  it("no project ID says where a CLI user sets one, not the client library's option", async () => {
    const r = await ims(["images", "share", "list", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], { env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: TOKEN }) });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      "ims: error: --project-id: /v1/{project_id}/cloudimages/{image_id}/members needs a project ID: pass --project-id, set HUAWEICLOUD_SDK_PROJECT_ID, or run `ims configure`\n",
    );
  });

  it("a malformed endpoint or region names the flag", async () => {
    const a = await ims(["--endpoint", "ftp://x", "images", "list"], { env: baseEnv({ IMS_TOKEN: TOKEN }) });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^ims: error: --endpoint: /);
    const b = await ims(["--region", "moon", "images", "list"], { env: baseEnv({ IMS_TOKEN: TOKEN }) });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^ims: error: --region: /);
    // The client's own words for its options become the CLI's flags.
    expect(b.stderr).toMatch(/^ims: error: --region: .*\bpass --endpoint\b/);
    expect(b.stderr).not.toContain("`endpoint`");
  });
});

describe("a bad setting from the environment or the profile names where it came from, not a flag", () => {
  it("environment variables", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ IMS_ENDPOINT: "ims.example.com" }, "IMS_ENDPOINT: must be an absolute http(s) URL"],
      [{ HUAWEICLOUD_SDK_REGION: "moon" }, 'HUAWEICLOUD_SDK_REGION: "moon" is not an IMS region (known: '],
      [{ IMS_ENDPOINT: "http://127.0.0.1:9", HUAWEICLOUD_SDK_PROJECT_ID: "a/b" }, "HUAWEICLOUD_SDK_PROJECT_ID: is not a project ID"],
      [{ IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "tok\nen" }, "IMS_TOKEN: must be a non-empty string without line breaks"],
    ];
    for (const [vars, message] of cases) {
      const r = await ims(["images", "list"], { env: baseEnv({ IMS_TOKEN: TOKEN, ...vars }) });
      expect([r.code, r.stderr.split("\n")[0]!.slice(0, 12 + message.length)]).toEqual([2, `ims: error: ${message}`]);
    }
  });

  it("profile keys, with the profile and its file", async () => {
    const env = baseEnv();
    const file = join(env["XDG_CONFIG_HOME"]!, "imsjs", "config");
    for (const args of [
      ["configure", "set", "region", "ap-southeast-9"],
      ["--profile", "dev", "configure", "set", "endpoint", "ims.example.com"],
      ["--profile", "ak", "configure", "set", "endpoint", "http://127.0.0.1:9"],
      ["--profile", "ak", "configure", "set", "access_key", "AK WITH SPACE"],
      ["--profile", "ak", "configure", "set", "secret_key", "sk-1234567890"],
    ]) {
      expect((await ims(args, { env })).code).toBe(0);
    }
    const region = await ims(["images", "list"], { env: { ...env, IMS_TOKEN: TOKEN } });
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(new RegExp(`^ims: error: region \\(profile "default" in ${file.replace(/[.]/g, "\\.")}\\): "ap-southeast-9" is not an IMS region .*; pass --endpoint for any other deployment\n$`));
    const endpoint = await ims(["--profile", "dev", "images", "list"], { env: { ...env, IMS_TOKEN: TOKEN } });
    expect(endpoint.stderr).toBe(`ims: error: endpoint (profile "dev" in ${file}): must be an absolute http(s) URL without user info, query or fragment\n`);
    const ak = await ims(["--profile", "ak", "images", "list"], { env });
    expect(ak.stderr).toBe(`ims: error: access_key (profile "ak" in ${file}): must not contain spaces, commas or '='\n`);
  });
});

describe("IMS errors exit 1 with code, message and request id", () => {
  it("shows what IMS said, and no stack trace", async () => {
    server = await fakeIms(() => ({
      status: 400,
      headers: { "x-request-id": "req-0123456789abcdef" },
      body: { error: { code: "IMG.0024", message: "The imagetype is invalid." } },
    }));
    const r = await ims(["images", "list"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ims: error: IMS answered 400 IMG.0024: The imagetype is invalid. (request id req-0123456789abcdef)\n");
    expect(r.stdout).toBe("");
  });

  it("API gateway errors too; --debug adds the stack trace, still without the token", async () => {
    server = await fakeIms(() => ({ status: 401, body: { error_code: "APIGW.0301", error_msg: `Incorrect IAM authentication information: ${TOKEN}` } }));
    const plain = await ims(["images", "list"], { env: env(server.url) });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^ims: error: IMS answered 401 APIGW\.0301: Incorrect IAM authentication information/);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await ims(["--debug", "images", "list"], { env: env(server.url) });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(plain.stderr + debug.stderr).not.toContain(TOKEN);
  });

  it("control characters in what IMS says are shown as escapes: an error cannot drive the terminal or forge a line", async () => {
    server = await fakeIms((req) =>
      req.method === "GET" && req.url.pathname.startsWith("/v1/cloudimages/job/")
        ? { body: { job_id: "j1", status: "FAIL", error_code: "IMG.0100", fail_reason: "disk\u001b]0;pwned\u0007 full" } }
        : { status: 400, body: { error: { code: "IMG.0024", message: "bad\u001b[2J\nims: error: forged" } } },
    );
    const api = await ims(["images", "list"], { env: env(server.url) });
    expect([api.code, api.stderr]).toEqual([1, "ims: error: IMS answered 400 IMG.0024: bad\\x1b[2J\\nims: error: forged\n"]);
    const failed = await ims(["jobs", "wait", "j1", "--interval", "0.01"], { env: env(server.url) });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("ims: error: job j1 failed with IMG.0100: disk\\x1b]0;pwned\\x07 full\n");
    // eslint-disable-next-line no-control-regex -- no escape character may reach the terminal
    expect(api.stderr + failed.stderr).not.toMatch(/[\u001b\u0007]/);
  });

  it("--debug prefixes every line of a body with 'debug: <' and escapes control characters, so an answer can neither forge a line nor drive the terminal", async () => {
    const fetch = async (): Promise<Response> =>
      new Response("<html>\nims: error: forged\r\n\u001b[2J\u009b31m\u202eevil</html>", { status: 502, headers: { "content-type": "text/html" } });
    const r = await imsInProcess(["--debug", "images", "list"], { env: { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: TOKEN }, fetch });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    const debug = lines.filter((l) => l.startsWith("debug: "));
    expect(debug).toContain("debug: < <html>");
    expect(debug).toContain("debug: < ims: error: forged");
    expect(debug).toContain("debug: < \\x1b[2J\\x9b31m\\u202eevil</html>");
    expect(lines).not.toContain("ims: error: forged");
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.stderr.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });

  it("an image that does not exist", async () => {
    server = await fakeIms(() => ({ body: { images: [] } }));
    const r = await ims(["images", "show", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ims: error: no image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d, or you cannot see it\n");
  });

  it("nothing listening: a network error, exit 1", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port: p } = s.address() as { port: number };
        s.close(() => resolve(p));
      });
    });
    const r = await ims(["images", "list"], { env: env(`http://127.0.0.1:${port}`) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ims: error: .*ECONNREFUSED/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("destructive commands", () => {
  it("refuse without --yes when stdin is not a terminal, and send nothing", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const r = await ims(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], { env: env(server.url) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Delete image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d: refusing without --yes when stdin is not a terminal/);
    expect(server.requests).toHaveLength(0);
  });

  it("go ahead with --yes", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const r = await ims(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--yes", "--delete-backup"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.url.pathname}`)).toEqual(["DELETE /v2/images/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"]);
    expect(server.requests[0]?.body).toEqual({ delete_backup: true });
    expect(r.stderr).toBe("Deleted image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d.\n");
  });

  it("several images: one IMS refuses is named, the others are still deleted, exit 1", async () => {
    const [a1, bad, a3] = ["4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "0000dead-0000-4000-8000-000000000000", "9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"];
    server = await fakeIms((req) =>
      req.url.pathname.endsWith(bad) ? { status: 404, headers: { "x-request-id": "req-404" }, body: { itemNotFound: { message: "Image not found", code: 404 } } } : { status: 204 },
    );
    const r = await ims(["images", "delete", a1, bad, a3, "--yes"], { env: env(server.url) });
    expect(r.code).toBe(1);
    expect(server.requests.map((q) => `${q.method} ${q.url.pathname}`)).toEqual([a1, bad, a3].map((id) => `DELETE /v2/images/${id}`));
    expect(r.stderr).toBe(
      `Deleted image ${a1}.\nDeleted image ${a3}.\nims: error: 1 of 3 images not deleted:\n  image ${bad}: IMS answered 404: Image not found (request id req-404)\n`,
    );
    const one = await ims(["images", "delete", bad, "--yes"], { env: env(server.url) });
    expect([one.code, one.stderr]).toEqual([1, `ims: error: image ${bad}: IMS answered 404: Image not found (request id req-404)\n`]);
  });

  it("--dry-run prints the request for every image, and sends none", async () => {
    server = await fakeIms(() => ({ status: 204 }));
    const ids = ["4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", "0000dead-0000-4000-8000-000000000000"];
    const r = await ims(["images", "delete", ...ids, "--dry-run"], { env: env(server.url) });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^DELETE .*$/gm)).toEqual(ids.map((id) => `DELETE ${server!.url}/v2/images/${id}`));
    expect(r.stderr).toBe("");
    expect(server.requests).toHaveLength(0);
  });
});

describe("output that cannot be written", () => {
  /** Runs `ims` with stdout on /dev/full, where every write fails with ENOSPC (a full disk). */
  function toFullDisk(args: string[]): { status: number | null; stderr: string } {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], { env: baseEnv({ IMS_TOKEN: TOKEN }), stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      return { status: r.status, stderr: r.stderr };
    } finally {
      closeSync(full);
    }
  }

  it("is one error line and exit 1, without a stack trace", () => {
    expect(toFullDisk(["completion", "bash"])).toEqual({ status: 1, stderr: "ims: error: cannot write output: ENOSPC: no space left on device, write\n" });
  });

  it("--debug adds the stack trace", () => {
    const r = toFullDisk(["completion", "bash", "--debug"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ims: error: cannot write output: ENOSPC: no space left on device, write\nError: ENOSPC[^\n]*\n\s+at /);
  });
});
