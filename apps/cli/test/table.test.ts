import { describe, expect, it } from "vitest";
import { formatTable } from "../src/table.js";
import { jobTable } from "../src/commands.js";

describe("formatTable", () => {
  it("pads every column but the last to its widest cell", () => {
    expect(formatTable(["A", "BB"], [["xxx", "y"], ["z", "long value"]])).toBe("A    BB\nxxx  y\nz    long value");
  });
});

describe("jobTable", () => {
  it("shows progress as a percentage and a failure with its code", () => {
    const t = jobTable({
      job_id: "j",
      status: "FAIL",
      error_code: "IMG.0057",
      fail_reason: "no file",
      entities: { process_percent: 0.35 },
    });
    expect(t).toMatch(/Progress:\s+35%/);
    expect(t).toMatch(/Failure:\s+IMG\.0057: no file/);
  });
});
