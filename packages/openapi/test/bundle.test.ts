import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { bundleSpec } from "../scripts/outputs.mjs";

describe("bundleSpec", () => {
  it("names the file and the JSON pointer of each problem that stops bundling", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "imsjs-openapi-bundle-"));
    try {
      const root = path.join(dir, "openapi.yaml");
      await writeFile(root, ["openapi: 3.1.0", "info: { title: t, version: '1' }", "paths:", "  /x:", "    $ref: ./paths/x.yaml", ""].join("\n"));
      await mkdir(path.join(dir, "paths"));
      await writeFile(
        path.join(dir, "paths/x.yaml"),
        ["get:", "  responses:", "    '200':", "      description: ok", "      content:", "        application/json:", "          schema:", "            $ref: ../components/Missing.yaml", ""].join("\n"),
      );
      const error = await (bundleSpec as (ref: string) => Promise<unknown>)(root).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^spec\/ does not bundle:\n- \S*paths\/x\.yaml#\/get\/responses\/200\/content\/application~1json\/schema: Can't resolve \$ref: .*Missing\.yaml/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
