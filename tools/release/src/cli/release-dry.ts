#!/usr/bin/env node
// `pnpm release:dry [--files] [--registry URL]`: prints what each public package would publish
// after `changeset version` and a build; exit 1 when versioning, building or packing fails, a build
// is stale, or the packed code reports another version than its package.json.
import { parseArgs } from "node:util";
import { releaseDry, type PlannedPackage } from "../dry-run.js";
import { rootDir } from "./root.js";

const { values } = parseArgs({
  options: {
    files: { type: "boolean", default: false },
    registry: { type: "string" },
    root: { type: "string" },
  },
});

function row(p: PlannedPackage): string {
  const bump = p.from === p.to ? `${p.to} (unchanged)` : `${p.from} → ${p.to}`;
  const t = p.tarball;
  const size = t ? `${t.packageSize ?? "?"} packed, ${t.unpackedSize ?? "?"} unpacked, ${t.totalFiles ?? t.files.length} files` : "not packed";
  return `  ${p.name.padEnd(22)} ${bump.padEnd(24)} ${size}`;
}

try {
  const started = performance.now();
  const result = await releaseDry({ root: values.root ?? rootDir(), ...(values.registry ? { registry: values.registry } : {}) });
  console.log("release:dry: `changeset version`, build, then `pnpm -r publish --dry-run` on a copy of the repository");
  for (const p of result.packages) {
    console.log(row(p));
    if (values.files) for (const f of p.tarball?.files ?? []) console.log(`      ${f.size.padStart(8)}  ${f.path}`);
  }
  const stale = result.packages.filter((p) => p.stale.length > 0);
  for (const p of stale) console.error(`FAIL ${p.name} would publish leftovers of an older build: ${p.stale.join(", ")} (rebuild from clean: rm -rf dist && pnpm build)`);
  const unpacked = result.packages.filter((p) => !p.tarball);
  for (const p of unpacked) console.error(`FAIL ${p.name} was not packed by pnpm publish`);
  const misversioned = result.packages.filter((p) => p.versions.length > 0);
  for (const p of misversioned) console.error(`FAIL ${p.name} ${p.to} would publish code that reports another version: ${p.versions.join("; ")}`);
  console.log(`release:dry took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = stale.length + unpacked.length + misversioned.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`release:dry: ${(error as Error).message}`);
  process.exitCode = 1;
}
