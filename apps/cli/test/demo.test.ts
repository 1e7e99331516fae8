import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it, vi } from "vitest";
import { tempHome } from "./support/run.js";

const demo = fileURLToPath(new URL("../scripts/demo.mjs", import.meta.url));

// `pnpm start`'s README promise: the mock's spec copy never stays in the temp directory, Ctrl-C included.
it("pnpm start: Ctrl-C while a step runs stops the mock, removes its spec copy and exits 130", async () => {
  const tmp = tempHome();
  // Its own process group, as in a terminal, where Ctrl-C reaches the demo, the ims step and Prism.
  // A home of its own too: an ims step that finishes writes its code cache under $XDG_CACHE_HOME.
  const home = tempHome();
  const env = { ...process.env, TMPDIR: tmp, HOME: home, XDG_CACHE_HOME: join(home, "cache"), XDG_CONFIG_HOME: join(home, "config") };
  const child = spawn(process.execPath, [demo], { stdio: ["ignore", "pipe", "pipe"], env, detached: true });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = new Promise<number | null>((resolve) => child.once("close", (c, signal) => resolve(c ?? (signal === "SIGINT" ? 130 : null))));
  try {
    await vi.waitFor(() => expect(out).toMatch(/^\$ ims images list/m), { timeout: 30_000 });
    expect(readdirSync(tmp).filter((name) => name.startsWith("imsjs-"))).toHaveLength(1);
    process.kill(-child.pid!, "SIGINT");
    expect(await code).toBe(130);
    expect(out).toMatch(/interrupted; the local mock is stopped\.\n$/);
    expect(readdirSync(tmp).filter((name) => name.startsWith("imsjs-"))).toEqual([]);
  } finally {
    child.kill("SIGKILL");
  }
});

// The root README says which commands `pnpm start` runs; the demo must run exactly those, in that order.
it("pnpm start runs the ims commands the root README names, in order, and exits 0", async () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const sentence = /^`pnpm start` never talks to Huawei Cloud:[\s\S]*?\n\n/m.exec(readme)?.[0] ?? "";
  // `…` in the README stands for arguments left out; the demo may add `-o` after them.
  const named = [...sentence.matchAll(/`(ims [^`]+)`/g)].map((m) => new RegExp(`^\\$ ${m[1]!.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}(?: -o \\w+)? {4}# against `));
  expect(named.length).toBeGreaterThan(1);
  const home = tempHome();
  const env = { ...process.env, TMPDIR: tempHome(), HOME: home, XDG_CACHE_HOME: join(home, "cache"), XDG_CONFIG_HOME: join(home, "config") };
  const child = spawn(process.execPath, [demo], { stdio: ["ignore", "pipe", "pipe"], env });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  expect(code).toBe(0);
  const steps = out.split("\n").filter((line) => line.startsWith("$ ims "));
  expect(steps.length).toBe(named.length);
  steps.forEach((step, i) => expect(step).toMatch(named[i]!));
});
