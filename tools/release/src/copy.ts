// A throwaway copy of the repository to run `changeset version` in, so a dry run never touches
// the working tree. Source files come from git (tracked and untracked, not ignored); build
// outputs that a package publishes (its `files`, e.g. dist/) are copied from the working tree, and
// each package's installed dependencies are linked as in the working tree.
import { execFile } from "node:child_process";
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { listPackages, workspaceDependencies } from "./workspace.js";

const exec = promisify(execFile);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The rest of a package's node_modules, so that the copy can be built: pnpm's links are relative
 * (into the root's node_modules/.pnpm, which the copy links to) and are copied as they are.
 */
async function copyInstalled(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true }).catch(() => [])) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (await lstat(target).then(() => true, () => false)) continue; // a workspace link made above
    if (entry.isSymbolicLink()) {
      await mkdir(to, { recursive: true });
      await symlink(await readlink(source), target);
    } else if (entry.name === ".bin") await cp(source, target, { recursive: true, verbatimSymlinks: true });
    else if (entry.name.startsWith("@") && entry.isDirectory()) await copyInstalled(source, target);
  }
}

export async function copyRepo(root: string): Promise<string> {
  const dest = await mkdtemp(path.join(tmpdir(), "imsjs-release-"));
  const { stdout } = await exec("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of stdout.split("\0").filter(Boolean)) {
    const from = path.join(root, file);
    if (!(await exists(from))) continue; // deleted in the working tree but still in the index
    await mkdir(path.dirname(path.join(dest, file)), { recursive: true });
    await cp(from, path.join(dest, file), { verbatimSymlinks: true });
  }

  const packages = await listPackages(root);
  const byName = new Map(packages.map((p) => [p.name, p]));
  for (const pkg of packages) {
    for (const entry of pkg.manifest.files ?? []) {
      const from = path.join(pkg.dir, entry);
      const to = path.join(dest, pkg.relDir, entry);
      if ((await exists(from)) && !(await exists(to))) await cp(from, to, { recursive: true });
    }
    // pnpm resolves `workspace:` ranges through node_modules; link them to the copy, so the
    // published manifests carry the versions `changeset version` wrote there.
    for (const dep of workspaceDependencies(pkg.manifest)) {
      const target = byName.get(dep);
      if (!target) continue;
      const link = path.join(dest, pkg.relDir, "node_modules", dep);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(path.relative(path.dirname(link), path.join(dest, target.relDir)), link);
    }
    await copyInstalled(path.join(pkg.dir, "node_modules"), path.join(dest, pkg.relDir, "node_modules"));
  }
  // `changeset version` loads the changelog generator named in .changeset/config.json from here.
  if (await exists(path.join(root, "node_modules"))) await symlink(path.join(root, "node_modules"), path.join(dest, "node_modules"));
  return dest;
}
