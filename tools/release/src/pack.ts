// Packs a package with pnpm (which rewrites `workspace:` and `catalog:` ranges, like a publish)
// and unpacks the tarball, so every check reads the published files themselves.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { CommandError, run } from "./exec.js";

export async function packTarball(pkgDir: string, destination: string): Promise<string> {
  const before = new Set(await readdir(destination));
  const result = await run("pnpm", ["pack", "--pack-destination", destination], { cwd: pkgDir });
  if (result.code !== 0) throw new CommandError(`pnpm pack in ${pkgDir}`, result);
  const created = (await readdir(destination)).filter((f) => f.endsWith(".tgz") && !before.has(f));
  if (created.length !== 1) throw new Error(`pnpm pack in ${pkgDir} made ${created.length} tarballs`);
  return path.join(destination, created[0]!);
}

/** Extracts a tarball next to itself and returns the package directory inside it. */
export async function unpack(tarball: string): Promise<string> {
  const dir = path.dirname(tarball);
  const result = await run("tar", ["-xzf", tarball, "-C", dir], { cwd: dir });
  if (result.code !== 0) throw new CommandError(`tar -xzf ${tarball}`, result);
  return path.join(dir, "package");
}
