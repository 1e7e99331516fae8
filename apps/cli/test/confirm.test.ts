import { describe, expect, it } from "vitest";
import { imsInProcess } from "./support/run.js";

const env = { IMS_ENDPOINT: "http://127.0.0.1:1", IMS_TOKEN: "tok-confirm-1234", HUAWEICLOUD_SDK_PROJECT_ID: "0b1e494e2660441a957313163095fe5c" };

function terminal(answer: string) {
  const asked: string[] = [];
  const sent: string[] = [];
  return {
    asked,
    sent,
    io: {
      env,
      stdinIsTTY: true,
      readLine: async (q: string) => {
        asked.push(q);
        return answer;
      },
      fetch: async (r: Request) => {
        sent.push(`${r.method} ${new URL(r.url).pathname}`);
        return new Response(null, { status: 204 });
      },
    },
  };
}

describe("confirmation on a terminal", () => {
  it("asks before deleting; anything but yes cancels with exit 1 and sends nothing", async () => {
    for (const answer of ["", "n", "no", "maybe"]) {
      const t = terminal(answer);
      const r = await imsInProcess(["images", "delete", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d"], t.io);
      expect(r.code).toBe(1);
      expect(t.asked).toEqual(["Delete image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d? [y/N] "]);
      expect(r.stderr).toBe("ims: error: cancelled; nothing was changed\n");
      expect(t.sent).toEqual([]);
    }
  });

  it("y or yes goes ahead", async () => {
    for (const answer of ["y", "YES"]) {
      const t = terminal(answer);
      const r = await imsInProcess(["tags", "remove", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "env", "team"], t.io);
      expect(r.code).toBe(0);
      expect(t.asked).toEqual(["Remove tags env, team from image 4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d? [y/N] "]);
      expect(t.sent).toEqual(["POST /v2/0b1e494e2660441a957313163095fe5c/images/4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d/tags/action"]);
    }
  });

  it("--yes never asks", async () => {
    const t = terminal("n");
    const r = await imsInProcess(["images", "share", "remove", "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d", "--project", "p1", "--yes", "--dry-run"], t.io);
    expect(r.code).toBe(0);
    expect(t.asked).toEqual([]);
  });
});
