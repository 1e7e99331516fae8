import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import { Secret } from "../src/secret.js";
import { resolveSettings } from "../src/settings.js";
import { baseEnv, ims } from "./support/run.js";
import { fakeIms, type FakeIms } from "./support/fake-ims.js";

let server: FakeIms | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "MIIZ-token-SECRET-0123456789";
const SK = "sk-SECRET-abcdefghijklmnop";
const PROJECT = "0b1e494e2660441a957313163095fe5c";
/** The client's default User-Agent names the client's version, whatever release this is. */
const USER_AGENT = `imsjs/${(JSON.parse(readFileSync(new URL("../../../packages/client/package.json", import.meta.url), "utf8")) as { version: string }).version}`;

describe("--dry-run", () => {
  it("prints the exact request, token redacted, and sends nothing", async () => {
    server = await fakeIms(() => ({ body: {} }));
    const r = await ims(["images", "create", "--name", "web", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "--tag", "env=prod", "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: server.url, IMS_TOKEN: TOKEN }),
    });
    expect(r.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(r.stdout).toBe(
      [
        `POST ${server.url}/v2/cloudimages/action`,
        "content-type: application/json",
        `user-agent: ${USER_AGENT}`,
        "x-auth-token: [redacted]",
        "",
        JSON.stringify({ name: "web", instance_id: "877a2cda-ba63-4e1e-b95f-e67e48b6129a", image_tags: [{ key: "env", value: "prod" }] }, null, 2),
        "",
      ].join("\n"),
    );
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it("-o json gives the request as an object; query strings and filled-in project IDs are shown", async () => {
    const r = await ims(["-o", "json", "tags", "list", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT }),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      method: "GET",
      url: `http://127.0.0.1:1/v2/${PROJECT}/images/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d/tags`,
      headers: { "user-agent": USER_AGENT, "x-auth-token": "[redacted]" },
      body: null,
    });
  });

  it("--query applies to the printed request, as to any command's output", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT });
    const url = await ims(["images", "list", "--type", "private", "--dry-run", "-o", "json", "-q", "url"], { env });
    expect([url.code, url.stdout]).toEqual([0, '"http://127.0.0.1:1/v2/cloudimages?__imagetype=private"\n']);
    const create = ["images", "create", "--name", "web", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "--dry-run"];
    const name = await ims([...create, "-q", "[method, body.name]", "-o", "tsv"], { env });
    expect([name.code, name.stdout]).toEqual([0, "POST\nweb\n"]);
    const token = await ims([...create, "-q", "headers", "-o", "json"], { env });
    expect(JSON.parse(token.stdout)).toMatchObject({ "x-auth-token": "[redacted]" });
    expect(token.stdout).not.toContain(TOKEN);
  });

  it("--safe-mode sends the v2.1 variant of the same call", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
    const cases: [string[], string][] = [
      [["images", "create", "--name", "w", "--instance-id", "i"], "POST http://127.0.0.1:1/v2.1/cloudimages/action"],
      [["images", "import", "--name", "w", "--image-url", "b:f", "--min-disk", "1", "--os-version", "v"], "POST http://127.0.0.1:1/v2.1/cloudimages/quickimport/action"],
      [["images", "export", "i", "--to", "b:f", "--quick"], "POST http://127.0.0.1:1/v2.1/cloudimages/i/file"],
      [["images", "copy", "i", "--name", "c"], "POST http://127.0.0.1:1/v2.1/cloudimages/i/copy"],
    ];
    for (const [args, line] of cases) {
      const r = await ims([...args, "--safe-mode", "--dry-run"], { env });
      expect(r.stdout.split("\n")[0]).toBe(line);
    }
  });

  it("ims api sends a Glance PATCH with its vendor media type", async () => {
    const patch = [{ op: "replace", path: "/name", value: "web-v2" }];
    const r = await ims(["api", "glanceUpdateImage", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--data", JSON.stringify(patch), "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PATCH http:\/\/127\.0\.0\.1:1\/v2\/images\/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d\ncontent-type: application\/openstack-images-v2\.1-json-patch\n/);
    expect(r.stdout).toContain('"path": "/name"');
    expect(r.stderr).toMatch(/glanceUpdateImage .* is deprecated; use updateImage instead/);
    // The v2.0 form ({"replace": "/name", …}) goes with its own media type, which ims_03_0704 documents too.
    const v20 = await ims(["api", "glanceUpdateImage", "--param", "image_id=4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--data", '[{"replace":"/name","value":"test01"}]', "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN }),
    });
    expect([v20.code, v20.stderr.replace(/.*deprecated.*\n/, "")]).toEqual([0, ""]);
    expect(v20.stdout).toMatch(/\ncontent-type: application\/openstack-images-v2\.0-json-patch\n/);
    // A body that fits the v2.0 form is not blamed for a bad path parameter: only that is reported.
    const badId = await ims(["api", "glanceUpdateImage", "--param", "image_id=not-a-uuid", "--data", '[{"replace":"/name","value":"x"}]', "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN }),
    });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('path /image_id must match format "uuid"');
    expect(badId.stderr).not.toContain("body /0");
  });

  it("skips confirmation: nothing is sent, so nothing needs confirming", async () => {
    const r = await ims(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DELETE http:\/\/127\.0\.0\.1:1\/v2\/images\/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d\n/);
  });

  it("images create --image-url sends --os-type, which an ECS source does not take", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
    const file = ["images", "create", "--name", "w", "--image-url", "b:f.qcow2", "--min-disk", "40", "--dry-run", "-o", "json"];
    for (const os of ["Windows", "Other"]) {
      const r = await ims([...file, "--os-type", os], { env });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).body).toEqual({ name: "w", image_url: "b:f.qcow2", min_disk: 40, os_type: os });
    }
    const ecs = await ims(["images", "create", "--name", "w", "--instance-id", "i", "--os-type", "Linux", "--dry-run"], { env });
    expect([ecs.code, ecs.stderr]).toEqual([2, "ims: error: --os-type applies to an --image-url file\n"]);
    const data = await ims(["images", "create", "--data-image", "--name", "d", "--image-url", "b:f", "--min-disk", "40", "--os-type", "Other", "--dry-run"], { env });
    expect([data.code, data.stderr]).toEqual([2, "ims: error: --data-image takes --os-type Linux or Windows\n"]);
  });

  // ims_03_0603: data disk images made from an ECS's data disks take no instance_id (nor another source).
  it("images create --data-disk is a source of its own, refused beside --instance-id, --image-url or --volume-id", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
    const disk = ["--data-disk", "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30:dd1"];
    const alone = await ims(["images", "create", ...disk, "--dry-run", "-o", "json"], { env });
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.stdout).body).toEqual({ data_images: [{ volume_id: "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", name: "dd1" }] });
    for (const [flag, ...rest] of [["--instance-id", "i"], ["--image-url", "b:f.qcow2", "--min-disk", "40"], ["--volume-id", "v", "--os-version", "CentOS 7.0 64bit"]]) {
      const r = await ims(["images", "create", "--name", "sys", flag!, ...rest, ...disk, "--dry-run"], { env });
      expect([r.code, r.stderr]).toEqual([2, `ims: error: ${flag} and --data-disk are alternatives: give one source\n`]);
    }
  });

  // ims_03_0603: with data disk images, IMS takes name, description and tags from each item.
  it("images create --data-disk puts --description and --tag in each item and refuses the system disk image's flags", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
    const disks = ["--data-disk", "v1:d1", "--data-disk", "v2:d2"];
    const r = await ims(["images", "create", ...disks, "--description", "x", "--tag", "a=b", "--dry-run", "-o", "json"], { env });
    expect(r.code).toBe(0);
    const item = { description: "x", image_tags: [{ key: "a", value: "b" }] };
    expect(JSON.parse(r.stdout).body).toEqual({ data_images: [{ volume_id: "v1", name: "d1", ...item }, { volume_id: "v2", name: "d2", ...item }] });
    for (const flags of [["--name", "n"], ["--os-version", "CentOS 7.0 64bit"], ["--min-disk", "40"], ["--min-ram", "1024"], ["--type", "ECS"], ["--quick-import"]]) {
      const refused = await ims(["images", "create", ...disks, ...flags, "--dry-run"], { env });
      expect([refused.code, refused.stderr]).toEqual([2, `ims: error: ${flags[0]} does not apply to --data-disk (each data disk image is named in it)\n`]);
    }
  });

  // ims_03_0606 (2026-01-14): os_type is optional, Linux by default.
  it("images create --data-image takes --os-type as an option, sending none when not given", async () => {
    const env = baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN });
    const r = await ims(["images", "create", "--data-image", "--name", "logs", "--image-url", "images:logs.qcow2", "--min-disk", "100", "--dry-run", "-o", "json"], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).body).toEqual({ name: "logs", image_url: "images:logs.qcow2", min_disk: 100 });
  });

  it("tags remove sends a key given alone without a value, which IMS does not check on delete", async () => {
    const r = await ims(["-o", "json", "tags", "remove", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "env", "team=web", "--dry-run"], {
      env: baseEnv({ IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: TOKEN, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT }),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).body).toEqual({ action: "delete", tags: [{ key: "env" }, { key: "team", value: "web" }] });
  });
});

describe("--debug", () => {
  it("logs request and answer on stderr, with the token redacted even when the answer echoes it", async () => {
    server = await fakeIms(() => ({ headers: { "x-request-id": "req-42" }, body: { images: [], echoed: TOKEN } }));
    const r = await ims(["--debug", "--token", TOKEN, "images", "list", "--limit", "5"], { env: baseEnv({ IMS_ENDPOINT: server.url }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`debug: > GET ${server.url}/v2/cloudimages?limit=5`);
    expect(r.stderr).toContain("debug: > x-auth-token: [redacted]");
    expect(r.stderr).toMatch(/debug: < 200 OK \(\d+ ms\)/);
    expect(r.stderr).toContain("debug: < x-request-id: req-42");
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
    expect(server.requests[0]?.headers["x-auth-token"]).toBe(TOKEN);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it("a long answer is cut after it is scrubbed: a token echoed across the cut shows no part of itself", async () => {
    // The answer's first 4,000 characters are printed; the token starts 10 before the cut.
    const padding = "x".repeat(4000 - '{"images":[],"note":"'.length - 10);
    server = await fakeIms(() => ({ body: { images: [], note: `${padding}${TOKEN}` } }));
    const r = await ims(["--debug", "--token", TOKEN, "images", "list"], { env: baseEnv({ IMS_ENDPOINT: server.url }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/characters\)\n/);
    expect(r.stderr).toContain(`${padding}[redacted]`.slice(0, 3990));
    expect(r.stderr).not.toContain(TOKEN.slice(0, 10));
  });

  it("never shows an AK/SK signature, even when a 401 answer echoes the Authorization header in its body and headers", async () => {
    // A gateway that refuses a signature may quote it back; the signature is per request, so no list
    // of known secrets holds it.
    server = await fakeIms((req) => ({
      status: 401,
      headers: { "x-echoed-authorization": String(req.headers.authorization) },
      body: { error_code: "APIGW.0301", error_msg: `Incorrect IAM authentication information: ${String(req.headers.authorization)}`, request_id: "req-7" },
    }));
    const env = baseEnv({ IMS_ENDPOINT: server.url, HUAWEICLOUD_SDK_PROJECT_ID: PROJECT, HUAWEICLOUD_SDK_AK: "HPUAEXAMPLEAK0000001", HUAWEICLOUD_SDK_SK: SK });
    const r = await ims(["--debug", "images", "list"], { env });
    const signatures = server.requests.map((req) => /Signature=([0-9a-f]{64})/.exec(String(req.headers.authorization))?.[1]);
    expect(signatures.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("debug: < x-echoed-authorization: SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=");
    for (const signature of signatures) {
      expect(signature).toMatch(/^[0-9a-f]{64}$/);
      expect(r.stderr + r.stdout).not.toContain(signature);
    }
    expect(r.stderr + r.stdout).not.toContain(SK);
  });
});

describe("resolved settings", () => {
  it("never show a secret through JSON.stringify, util.inspect or String()", async () => {
    const s = await resolveSettings({ token: new Secret(TOKEN) }, { XDG_CONFIG_HOME: "/nonexistent" });
    const aksk = await resolveSettings({}, { XDG_CONFIG_HOME: "/nonexistent", HUAWEICLOUD_SDK_AK: "AK1", HUAWEICLOUD_SDK_SK: SK });
    for (const v of [s, aksk]) {
      expect(JSON.stringify(v)).not.toMatch(/SECRET/);
      expect(inspect(v, { depth: 10 })).not.toMatch(/SECRET/);
      expect(`${String(v.credentials?.value && "token" in v.credentials.value ? v.credentials.value.token : "")}`).not.toMatch(/SECRET/);
    }
    expect(JSON.stringify(s.credentials)).toContain("[redacted]");
  });

  it("nor does a command's context built from --token", async () => {
    const ctx = await createContext({ stdout: () => {}, stderr: () => {}, env: {} }, { token: TOKEN, endpoint: "http://127.0.0.1:1" });
    await ctx.settings();
    expect(JSON.stringify(ctx)).not.toContain("SECRET");
    expect(inspect(ctx, { depth: 10, showHidden: true })).not.toContain("SECRET");
    expect((await ctx.settings()).credentials?.value).toMatchObject({ kind: "token" });
  });
});
