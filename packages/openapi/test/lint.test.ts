import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
// @ts-expect-error: plain ESM build script without types
import { operationIndex, repoRoot } from "../scripts/outputs.mjs";

const root = repoRoot as string;
const redocly = path.join(path.dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");
type Problem = { ruleId: string; message: string; location: { source: { ref: string }; pointer: string }[] };

// Lints a copy of spec/ with redocly.yaml after `change` has edited operations (by operationId).
async function lintChanged(change: Record<string, (op: YAML.YAMLMap) => void>): Promise<Problem[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-openapi-lint-"));
  try {
    await cp(path.join(root, "spec"), dir, { recursive: true });
    const left = new Set(Object.keys(change));
    for (const name of await readdir(path.join(dir, "paths"))) {
      const file = path.join(dir, "paths", name);
      const doc = YAML.parseDocument(await readFile(file, "utf8"));
      let edited = false;
      for (const item of (doc.contents as YAML.YAMLMap).items) {
        const op = item.value;
        const id = YAML.isMap(op) ? op.get("operationId") : undefined;
        if (typeof id === "string" && change[id]) {
          change[id](op as YAML.YAMLMap);
          left.delete(id);
          edited = true;
        }
      }
      if (edited) await writeFile(file, doc.toString());
    }
    expect([...left], "operations to change that the spec lacks").toEqual([]);
    const run = await promisify(execFile)(process.execPath, [redocly, "lint", "--config", path.join(root, "redocly.yaml"), path.join(dir, "openapi.yaml"), "--format=json"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    }).catch((error: { stdout: string }) => error);
    return (JSON.parse(run.stdout) as { problems: Problem[] }).problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("the lint of deprecations", () => {
  it("rejects deprecated: false, and replacements that are not a list of current operationIds", async () => {
    const problems = await lintChanged({
      glanceListImages: (op) => op.set("deprecated", false),
      glanceShowImage: (op) => op.set("x-ims-replaced-by", "listImages"),
      glanceUpdateImage: (op) => op.set("x-ims-replaced-by", []),
      glanceUploadImageFile: (op) => op.set("x-ims-replaced-by", ["createImage", "registerImages"]),
      glanceAddImageMember: (op) => op.set("x-ims-replaced-by", ["glanceShowImage"]),
    });
    const found = problems.filter((p) => p.ruleId === "imsjs/deprecated-replacement").map((p) => [`${path.basename(p.location[0]!.source.ref)}${p.location[0]!.pointer}`, p.message]);
    expect(found.sort()).toEqual(
      [
        ["v2_images.yaml#/get/deprecated", expect.stringMatching(/only ever written as `true`/)],
        ["v2_images_{image_id}.yaml#/get/x-ims-replaced-by", expect.stringMatching(/non-empty list of operationIds/)],
        ["v2_images_{image_id}.yaml#/patch/x-ims-replaced-by", expect.stringMatching(/non-empty list of operationIds/)],
        ["v2_images_{image_id}_file.yaml#/put/x-ims-replaced-by/1", expect.stringMatching(/`registerImages`, which is no operationId/)],
        ["v2_images_{image_id}_members.yaml#/post/x-ims-replaced-by/0", expect.stringMatching(/`glanceShowImage`, which is deprecated too/)],
      ].sort(),
    );
  });

  it("passes the spec as it is", async () => {
    expect(await lintChanged({})).toEqual([]);
  });

  it("lets generate name the operation whose replacements are not a list, instead of crashing", () => {
    const doc = { paths: { "/old": { get: { operationId: "oldCall", deprecated: true, "x-ims-replaced-by": "newCall" } } } };
    expect(() => (operationIndex as (d: unknown) => unknown)(doc)).toThrow(/^GET \/old \(oldCall\): x-ims-replaced-by must be a list of operationIds, not "newCall"$/);
  });
});
