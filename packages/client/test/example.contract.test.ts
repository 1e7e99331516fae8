import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

// The README's first example is examples/quick-start.mjs: it must keep running (against Prism,
// through the built package, as a user would import it).
describe("README quick start", () => {
  it("runs against the mock and prints what the README says", async () => {
    const script = fileURLToPath(new URL("../examples/quick-start.mjs", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, IMS_ENDPOINT: inject("mockUrl") } });
    expect(stdout).toMatch(/^first page: \[.*\]$/m);
    expect(stdout).toMatch(/^private images: [1-9]\d*$/m);
    expect(stdout).toMatch(/^refused: 400 IMG\.\d{4} listImages$/m);
  });
});

describe("README quick start block", () => {
  it("is examples/quick-start.mjs, line for line after its first comment line", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /^```js\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    const file = readFileSync(new URL("../examples/quick-start.mjs", import.meta.url), "utf8");
    expect(block?.split("\n").slice(1)).toEqual(file.split("\n").slice(1));
  });
});
