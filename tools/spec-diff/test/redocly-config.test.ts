// Why spec-diff passes its own --config: redocly diff runs only the diff rules of the redocly.yaml
// it finds, and a lint-only config (like the repo's) turns none on, so a removed field is "patch".
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { redoclyDiff } from "../src/redocly.js";
import { applyEdit, BASE_DIR, copyBase } from "./support/fixture.js";

let dir = "";
afterAll(() => rm(dir, { recursive: true, force: true }));

it("rates a removed response field major only with diff-recommended turned on", async () => {
  dir = await copyBase();
  await applyEdit(dir, { file: "schemas/Image.yaml", edit: (d) => delete d.properties.min_disk });
  await writeFile(path.join(dir, "redocly.yaml"), "extends:\n  - recommended-strict\n");
  const base = path.join(BASE_DIR, "openapi.yaml");
  const revision = path.join(dir, "openapi.yaml");

  const lintOnly = await redoclyDiff(base, revision, dir, { config: false });
  const ours = await redoclyDiff(base, revision, dir);

  expect(lintOnly.changes.map((c) => c.impact)).toEqual(["patch"]);
  expect(ours.changes.map((c) => [c.impact, c.verdicts[0]?.ruleId])).toEqual([["major", "property-removed"]]);
});
