// Copies the base fixture spec to a temporary directory and applies one edit to a parsed file.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

export const BASE_DIR = fileURLToPath(new URL("../fixtures/base", import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into arbitrary spec shapes
export type Doc = any;
export type Edit = { file?: string; edit: (doc: Doc) => void };

export async function copyBase(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "imsjs-spec-diff-case-"));
  await cp(BASE_DIR, dir, { recursive: true });
  return dir;
}

export async function applyEdit(dir: string, { file = "openapi.yaml", edit }: Edit): Promise<void> {
  const target = path.join(dir, file);
  const doc = parse(await readFile(target, "utf8")) as Doc;
  edit(doc);
  await writeFile(target, stringify(doc));
}
