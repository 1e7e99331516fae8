// Parses what `npm publish --dry-run` (run by `pnpm publish`) prints to stderr: one block per
// package with its tarball contents and details.

export interface TarballFile {
  size: string;
  path: string;
}

export interface Tarball {
  name: string;
  version: string;
  files: TarballFile[];
  packageSize?: string;
  unpackedSize?: string;
  totalFiles?: number;
}

export function parseNpmNotice(stderr: string): Tarball[] {
  const out: Tarball[] = [];
  let current: Tarball | undefined;
  let section: "contents" | "details" | undefined;
  for (const raw of stderr.split("\n")) {
    const line = raw.replace(/^npm notice ?/, "");
    if (line === raw) continue;
    const start = /^📦\s+(@?[^@\s]+)@(\S+)$/.exec(line.trim());
    if (start) {
      current = { name: start[1]!, version: start[2]!, files: [] };
      out.push(current);
      section = undefined;
      continue;
    }
    if (!current) continue;
    if (line === "Tarball Contents") section = "contents";
    else if (line === "Tarball Details") section = "details";
    else if (section === "contents") {
      const file = /^(\S+)\s+(.+)$/.exec(line);
      if (file) current.files.push({ size: file[1]!, path: file[2]! });
    } else if (section === "details") {
      const [key, ...rest] = line.split(":");
      const value = rest.join(":").trim();
      if (key === "package size") current.packageSize = value;
      else if (key === "unpacked size") current.unpackedSize = value;
      else if (key === "total files") current.totalFiles = Number(value);
    }
  }
  return out;
}
