// Pending changesets (`.changeset/*.md`) read with changesets' own parser, folded to the biggest
// bump each package will get at the next `changeset version`.
import readChangesets from "@changesets/read";

export type Bump = "none" | "patch" | "minor" | "major";

const ORDER: Bump[] = ["none", "patch", "minor", "major"];

export async function pendingBumps(cwd: string): Promise<Map<string, Bump>> {
  const bumps = new Map<string, Bump>();
  for (const changeset of await readChangesets(cwd)) {
    for (const release of changeset.releases) {
      const current = bumps.get(release.name) ?? "none";
      if (ORDER.indexOf(release.type) > ORDER.indexOf(current)) bumps.set(release.name, release.type);
      else if (!bumps.has(release.name)) bumps.set(release.name, release.type);
    }
  }
  return bumps;
}
