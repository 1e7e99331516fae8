// Compares two spec files (each the root of a multi-file spec) and classifies every change.
import path from "node:path";
import { classify, type SpecChange } from "./classify.js";
import { redoclyDiff } from "./redocly.js";
import { SpecReader } from "./spec-reader.js";

export interface DiffOptions {
  /** Directory the printed file names are relative to. */
  cwd: string;
  /** How to show files of the base copy, e.g. the directory it was extracted to and its ref. */
  baseRoot?: { dir: string; ref: string };
}

export async function diffSpecs(baseFile: string, revisionFile: string, options: DiffOptions): Promise<SpecChange[]> {
  const label = (file: string) => {
    const absolute = path.resolve(options.cwd, file);
    const root = options.baseRoot;
    if (root && absolute.startsWith(root.dir + path.sep)) return `${root.ref}:${path.relative(root.dir, absolute)}`;
    return path.relative(options.cwd, absolute);
  };
  const report = await redoclyDiff(baseFile, revisionFile, options.cwd, { label });
  return classify(report, { base: new SpecReader(baseFile), revision: new SpecReader(revisionFile), label });
}
