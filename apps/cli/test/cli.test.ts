import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { run } from "../src/index.js";

function capture(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

const mockEnv = () => ({ IMS_ENDPOINT: inject("mockUrl"), IMS_TOKEN: "t", HUAWEICLOUD_SDK_PROJECT_ID: "p1" });

describe("ims images list", () => {
  it("prints a readable table of the images the mock serves", async () => {
    const c = capture(mockEnv());
    expect(await run(["images", "list"], c.io)).toBe(0);
    const lines = c.out().trim().split("\n");
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+TYPE\s+OS\s+MIN DISK\s+CREATED$/);
    expect(lines[1]).toMatch(/^bc6bed6e-ba3a-4447-afcc-449174a3eb52\s+CentOS 7\.3 64bit vivado\s+active\s+gold/);
    expect(lines).toHaveLength(3);
  });

  it("--output json prints the images as JSON", async () => {
    const c = capture(mockEnv());
    expect(await run(["--output", "json", "images", "list", "--type", "gold", "--limit", "2"], c.io)).toBe(0);
    const images = JSON.parse(c.out()) as { id: string }[];
    expect(images.map((i) => i.id)).toEqual(["bc6bed6e-ba3a-4447-afcc-449174a3eb52", "0328c25e-c840-4496-81ac-c4e01b214b1f"]);
  });

  it("flags win over the environment", async () => {
    const c = capture({ IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t" });
    expect(await run(["--endpoint", inject("mockUrl"), "images", "list"], c.io)).toBe(0);
  });

  it("without an endpoint or a token it says which is missing and exits 2", async () => {
    const a = capture({ IMS_TOKEN: "t" });
    expect(await run(["images", "list"], a.io)).toBe(2);
    expect(a.err()).toMatch(/--endpoint/);
    const b = capture({ IMS_ENDPOINT: inject("mockUrl") });
    expect(await run(["images", "list"], b.io)).toBe(2);
    expect(b.err()).toMatch(/--token/);
  });

  it("a bad flag value is a usage error (exit 2)", async () => {
    const c = capture(mockEnv());
    expect(await run(["images", "list", "--limit", "zero"], c.io)).toBe(2);
    expect(c.err()).toMatch(/positive integer/);
  });

  it("a refusal from the service is reported with its status and exit 1, never with the token", async () => {
    const c = capture({ ...mockEnv(), IMS_TOKEN: "very-secret-token" });
    const code = await run(["images", "list"], {
      ...c.io,
      fetch: async () =>
        new Response(JSON.stringify({ error: { code: "IMG.0024", message: "The imagetype is invalid." } }), {
          status: 400,
          headers: { "content-type": "application/json" },
        }),
    });
    expect(code).toBe(1);
    expect(c.err()).toBe("ims: IMS answered 400 IMG.0024: The imagetype is invalid.\n");
    expect(c.err() + c.out()).not.toContain("very-secret-token");
  });
});

describe("ims images create", () => {
  it("starts the job and shows it", async () => {
    const c = capture(mockEnv());
    expect(await run(["images", "create", "--name", "web", "--instance-id", "877a2cda-ba63-4e1e-b95f-e67e48b6129a"], c.io)).toBe(0);
    expect(c.out()).toMatch(/Image creation started\./);
    expect(c.out()).toMatch(/Status:\s+SUCCESS/);
    expect(c.out()).toMatch(/Image:\s+431df7fd-a898-4dc0-86b1-22cfefb8a517 \(test\)/);
  });

  it("requires --instance-id", async () => {
    const c = capture(mockEnv());
    expect(await run(["images", "create", "--name", "web"], c.io)).toBe(2);
    expect(c.err()).toMatch(/--instance-id/);
  });
});

describe("ims jobs show", () => {
  it("--output json prints the job", async () => {
    const c = capture(mockEnv());
    expect(await run(["-o", "json", "jobs", "show", "9a175ac892fa1342019300224f22218e"], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ job_id: "9a175ac892fa1342019300224f22218e", status: "SUCCESS" });
  });
});

describe("the ims binary", () => {
  it("runs as a process with env fallbacks", async () => {
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "images", "list", "-o", "json"], {
      env: { ...process.env, ...mockEnv() },
    });
    expect((JSON.parse(stdout) as unknown[]).length).toBe(2);
  });
});
