// Compares generated files with what is on disk and, unless checking, makes the disk match:
// writes the stale files and removes files in the generated directory that no output names
// (left behind by a renamed or dropped output, or added by hand). The openapi and contract
// generators both write through it.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * `outputs`: file contents keyed by their path from `root`. `generatedDir`: the directory, from
 * `root`, that holds nothing but outputs (null to leave other files alone, e.g. for `--only`).
 * Returns the stale and the extra paths, from `root`.
 */
export async function syncOutputs(root, outputs, { generatedDir, check }) {
  const stale = [];
  for (const [name, content] of Object.entries(outputs)) {
    const file = path.join(root, name);
    if ((await readFile(file, "utf8").catch(() => null)) === content) continue;
    stale.push(name);
    if (!check) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  const extra = generatedDir
    ? (await readdir(path.join(root, generatedDir)).catch(() => []))
        .map((entry) => path.posix.join(generatedDir, entry))
        .filter((name) => !(name in outputs))
    : [];
  if (!check) for (const name of extra) await rm(path.join(root, name), { recursive: true, force: true });
  return { stale, extra };
}
