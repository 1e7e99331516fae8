import { describe, expect, it } from "vitest";
import { ims } from "./support/run.js";

describe("the test runner itself", () => {
  it("survives a command that exits without reading its input", async () => {
    // Larger than a pipe's buffer: the write is still pending when `ims --version` exits.
    const result = await ims(["--version"], { input: "x".repeat(4 << 20) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
