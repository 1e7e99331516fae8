import { describe, expect, inject, it } from "vitest";
import { baseEnv, ims } from "./support/run.js";

const PROJECT = "0b1e494e2660441a957313163095fe5c";
const IMAGE = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";
const ECS = "877a2cda-ba63-4e1e-b95f-e67e48b6129a";
const mockEnv = (): Record<string, string> => baseEnv({ IMS_ENDPOINT: inject("mockUrl"), IMS_TOKEN: "mock-token-1234", HUAWEICLOUD_SDK_PROJECT_ID: PROJECT });

const job = (data: unknown): void => expect(data).toMatchObject({ job_id: expect.any(String), status: expect.any(String) });
const shownJob = (data: unknown): void => job(data);

/** Every workflow command, against Prism serving the contract: the request passes its validation and the answer parses. */
const WORKFLOWS: [string, string[], (data: unknown) => void][] = [
  ["create from an ECS", ["images", "create", "--name", "web", "--instance-id", ECS], job],
  ["create, v2.1 (--safe-mode)", ["images", "create", "--name", "web", "--instance-id", ECS, "--safe-mode"], job],
  ["create a data image, v2.1", ["images", "create", "--data-image", "--name", "d", "--image-url", "b:f.qcow2", "--min-disk", "40", "--os-type", "Linux", "--safe-mode"], job],
  ["quick import, v2.1", ["images", "import", "--name", "raw", "--image-url", "b:f.zvhd2", "--min-disk", "40", "--os-version", "CentOS 7.9 64bit", "--safe-mode"], job],
  ["export, v2.1", ["images", "export", IMAGE, "--to", "b:f.qcow2", "--format", "qcow2", "--safe-mode"], job],
  ["copy in region, v2.1", ["images", "copy", IMAGE, "--name", "copy", "--safe-mode"], job],
  ["create from a file in OBS", ["images", "create", "--name", "web", "--image-url", "images:web.qcow2", "--min-disk", "40", "--os-version", "CentOS 7.9 64bit"], job],
  ["create from a data disk", ["images", "create", "--name", "sys", "--volume-id", "3c2ce6b4-1a6e-4e8c-9b4a-0c0a0d0e0f10", "--os-version", "CentOS 7.9 64bit"], job],
  ["create data images from an ECS", ["images", "create", "--data-disk", "3c2ce6b4-1a6e-4e8c-9b4a-0c0a0d0e0f10:db-data"], job],
  ["create a data image from OBS", ["images", "create", "--data-image", "--name", "d", "--image-url", "b:f.qcow2", "--min-disk", "40", "--os-type", "Linux"], job],
  ["create-whole from an ECS", ["images", "create-whole", "--name", "full", "--instance-id", ECS, "--vault-id", "6b7b2b6b-3c57-4a4d-a0a8-6f1a3d2b1c0e"], job],
  ["create-whole from a backup", ["images", "create-whole", "--name", "full", "--backup-id", "7a8f3b0e-2f6c-4d7b-9a4e-0d1c2b3a4f5e"], job],
  ["quick import", ["images", "import", "--name", "raw", "--image-url", "b:f.zvhd2", "--min-disk", "40", "--os-version", "CentOS 7.9 64bit"], job],
  ["register", ["images", "register", IMAGE, "--image-url", "b:f.qcow2"], job],
  ["export", ["images", "export", IMAGE, "--to", "b:f.qcow2", "--format", "qcow2"], job],
  ["copy in region", ["images", "copy", IMAGE, "--name", "copy"], job],
  ["copy to another region", ["images", "copy", IMAGE, "--name", "copy", "--to-region", "cn-north-4", "--agency", "ims_admin_agency"], job],
  ["share add", ["images", "share", "add", IMAGE, "--project", PROJECT], job],
  ["share remove", ["images", "share", "remove", IMAGE, "--project", PROJECT, "--yes"], job],
  ["share accept", ["images", "share", "accept", IMAGE], job],
  ["share reject", ["images", "share", "reject", IMAGE], job],
  ["share list", ["images", "share", "list", IMAGE], (d) => expect(d).toEqual(expect.arrayContaining([expect.objectContaining({ member_id: expect.any(String) })]))],
  ["update", ["images", "update", IMAGE, "--name", "web-v2", "--min-ram", "1024"], (d) => expect(d).toMatchObject({ id: expect.any(String), name: expect.any(String) })],
  ["tags list of an image", ["tags", "list", IMAGE], (d) => expect(d).toEqual(expect.arrayContaining([expect.objectContaining({ key: expect.any(String) })]))],
  ["tags list of the project", ["tags", "list"], (d) => expect(d).toEqual(expect.arrayContaining([expect.objectContaining({ values: expect.any(Array) })]))],
  ["quota", ["quota"], (d) => expect(d).toEqual(expect.arrayContaining([expect.objectContaining({ type: "image", quota: expect.any(Number) })]))],
  ["os-versions", ["os-versions", "--tag", "arm", "x86"], (d) => expect((d as unknown[]).length).toBeGreaterThan(5)],
  ["jobs show", ["jobs", "show", "ff8080814dbd65d7014dbe0d84db0013"], shownJob],
];

describe.concurrent("every workflow against the mock (JSON)", () => {
  it.each(WORKFLOWS)("%s", async (_name, args, check) => {
    const r = await ims(args, { env: mockEnv() });
    // A command that starts a job says so (with its ID) on stderr; data goes to stdout only.
    // (The reference's registerImage example answers " b912…": the ID is said trimmed.)
    if (check === job) expect(r.stderr).toMatch(/^[A-Z][\w -]* started: job (\S+)\. Follow it with: ims jobs wait \1\n$/);
    else expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    check(JSON.parse(r.stdout));
  });
});

describe("--wait on the reference's own answers", () => {
  it("images register --wait follows the job whose ID the reference answers with a leading space", async () => {
    const r = await ims(["images", "register", IMAGE, "--image-url", "b:f.qcow2", "--wait", "--interval", "0.01"], { env: mockEnv() });
    expect(r.code).toBe(0);
    job(JSON.parse(r.stdout));
    expect(r.stderr).not.toMatch(/error/);
  });
});

describe("commands without output data", () => {
  it("tags add and remove, images delete report on stderr", async () => {
    const add = await ims(["tags", "add", IMAGE, "env=prod", "team=web"], { env: mockEnv() });
    expect([add.code, add.stdout, add.stderr]).toEqual([0, "", `Tagged image ${IMAGE}: env=prod, team=web.\n`]);
    const remove = await ims(["tags", "remove", IMAGE, "env", "--yes"], { env: mockEnv() });
    expect([remove.code, remove.stderr]).toEqual([0, `Removed env from image ${IMAGE}.\n`]);
    const del = await ims(["images", "delete", IMAGE, "--yes"], { env: mockEnv() });
    expect([del.code, del.stderr]).toEqual([0, `Deleted image ${IMAGE}.\n`]);
  });
});
