// Reads a value at a JSON pointer in a multi-file spec, following $refs across files, so a change
// that redocly reports by pointer can be named (`limit` query parameter, operationId listImages).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";

type Json = unknown;

export function decodePointer(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export class SpecReader {
  private readonly files = new Map<string, Promise<Json>>();

  constructor(private readonly root: string) {}

  private load(file: string): Promise<Json> {
    let doc = this.files.get(file);
    if (!doc) {
      doc = readFile(file, "utf8").then((text) => parse(text) as Json);
      this.files.set(file, doc);
    }
    return doc;
  }

  private async deref(node: Json, file: string): Promise<{ node: Json; file: string }> {
    const seen = new Set<string>();
    while (isObject(node) && typeof node.$ref === "string") {
      const [target = "", fragment = ""] = node.$ref.split("#");
      const nextFile = target ? path.resolve(path.dirname(file), target) : file;
      const key = `${nextFile}#${fragment}`;
      if (seen.has(key)) break;
      seen.add(key);
      let next = await this.load(nextFile);
      for (const segment of decodePointer(fragment)) next = isObject(next) ? next[segment] : undefined;
      node = next;
      file = nextFile;
    }
    return { node, file };
  }

  /** The value at `pointer`, or undefined when the path does not exist in this spec. */
  async at(pointer: string): Promise<Json> {
    let cursor = await this.deref(await this.load(this.root), this.root);
    for (const segment of decodePointer(pointer)) {
      const { node, file } = cursor;
      if (!isObject(node) && !Array.isArray(node)) return undefined;
      const child = (node as Record<string, Json>)[segment];
      cursor = await this.deref(child, file);
    }
    return cursor.node;
  }
}

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
