// The public TypeScript API of a package as an API Extractor report (`.api.md`): one per export
// subpath that has types, built from the published .d.ts files.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";
import type { Manifest, WorkspacePackage } from "./workspace.js";

export interface ApiEntry {
  pkg: WorkspacePackage;
  /** Export subpath, `.` for the package root. */
  subpath: string;
  /** Absolute path of the entry's .d.ts. */
  typesFile: string;
  /** File name of the report, without `.api.md`: `imsjs-client`, `imsjs-client.errors`. */
  reportName: string;
}

function typesTarget(target: unknown): string | undefined {
  if (typeof target === "string") return /\.d\.(c|m)?ts$/.test(target) ? target : undefined;
  if (typeof target !== "object" || target === null) return undefined;
  const record = target as Record<string, unknown>;
  if (typeof record.types === "string") return record.types;
  for (const value of Object.values(record)) {
    const found = typesTarget(value);
    if (found) return found;
  }
  return undefined;
}

export function reportName(packageName: string, subpath: string): string {
  const base = packageName.replace(/^@/, "").replace(/\//g, "-");
  return subpath === "." ? base : `${base}.${subpath.replace(/^\.\//, "").replace(/[^\w.-]+/g, "-")}`;
}

/** Every export subpath with a `types` target; a package without `exports` falls back to `types`. */
export function apiEntries(pkg: WorkspacePackage): ApiEntry[] {
  const manifest: Manifest = pkg.manifest;
  const exportsField = manifest.exports;
  const pairs: [string, string | undefined][] =
    typeof exportsField === "object" && exportsField !== null && Object.keys(exportsField).some((k) => k.startsWith("."))
      ? Object.entries(exportsField as Record<string, unknown>).map(([subpath, target]) => [subpath, typesTarget(target)])
      : [[".", typesTarget(exportsField) ?? manifest.types]];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([subpath, types]) => ({ pkg, subpath, typesFile: path.join(pkg.dir, types), reportName: reportName(pkg.name, subpath) }));
}

export class ApiReportError extends Error {
  override name = "ApiReportError";
}

export async function generateReport(entry: ApiEntry): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), "imsjs-api-"));
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: entry.pkg.dir,
        mainEntryPointFilePath: entry.typesFile,
        bundledPackages: [],
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: "ES2022",
              module: "NodeNext",
              moduleResolution: "NodeNext",
              lib: ["ES2023", "DOM", "DOM.Iterable"],
              strict: true,
              skipLibCheck: true,
            },
            files: [entry.typesFile],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: entry.reportName,
          reportFolder: work,
          reportTempFolder: work,
          includeForgottenExports: true,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
          extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: path.join(entry.pkg.dir, "package.json"),
    });
    const errors: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: true,
      messageCallback: (message) => {
        if (message.logLevel === ExtractorLogLevel.Error) errors.push(message.formatMessageWithLocation(entry.pkg.dir));
        message.handled = true;
      },
    });
    if (!result.succeeded || errors.length > 0) {
      throw new ApiReportError(`API Extractor failed on ${entry.pkg.name} (${entry.subpath}):\n${errors.join("\n")}`);
    }
    return await readFile(path.join(work, `${entry.reportName}.api.md`), "utf8");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
