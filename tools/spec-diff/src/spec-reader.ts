// Reads a value at a JSON pointer in a multi-file spec, following $refs across files, so a change
// that redocly reports by pointer can be named (`limit` query parameter, operationId listImages).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";

type Json = unknown;

/** Where a node lives in the source: the file and the pointer inside that file. */
interface Cursor {
  node: Json;
  file: string;
  pointer: string;
}

export function decodePointer(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function encodeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export class SpecReader {
  private readonly files = new Map<string, Promise<Json>>();
  private usesIndex: Promise<Map<string, string[]>> | undefined;

  constructor(private readonly root: string) {}

  private load(file: string): Promise<Json> {
    let doc = this.files.get(file);
    if (!doc) {
      doc = readFile(file, "utf8").then((text) => parse(text) as Json);
      this.files.set(file, doc);
    }
    return doc;
  }

  private async deref(cursor: Cursor): Promise<Cursor> {
    let { node, file, pointer } = cursor;
    const seen = new Set<string>();
    while (isObject(node) && typeof node.$ref === "string") {
      const [target = "", fragment = ""] = node.$ref.split("#");
      const nextFile = target ? path.resolve(path.dirname(file), target) : file;
      const key = `${nextFile}#${fragment}`;
      if (seen.has(key)) break;
      seen.add(key);
      let next = await this.load(nextFile);
      const segments = decodePointer(fragment);
      for (const segment of segments) next = isObject(next) ? next[segment] : undefined;
      node = next;
      file = nextFile;
      pointer = "#" + segments.map((s) => "/" + encodeSegment(s)).join("");
    }
    return { node, file, pointer };
  }

  private async child(cursor: Cursor, segment: string): Promise<Cursor | undefined> {
    const { node } = cursor;
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    const value = (node as Record<string, Json>)[segment];
    return this.deref({ node: value, file: cursor.file, pointer: `${cursor.pointer}/${encodeSegment(segment)}` });
  }

  private async locate(pointer: string): Promise<Cursor | undefined> {
    let cursor: Cursor | undefined = await this.deref({ node: await this.load(this.root), file: this.root, pointer: "#" });
    for (const segment of decodePointer(pointer)) {
      cursor = await this.child(cursor, segment);
      if (!cursor) return undefined;
    }
    return cursor;
  }

  /** The value at `pointer`, or undefined when the path does not exist in this spec. */
  async at(pointer: string): Promise<Json> {
    return (await this.locate(pointer))?.node;
  }

  /**
   * Every pointer under `paths` that reaches the same source node as `pointer` (itself included):
   * the other operations and directions a shared schema is used in.
   */
  async uses(pointer: string): Promise<string[]> {
    const target = await this.locate(pointer);
    if (!target || (!isObject(target.node) && !Array.isArray(target.node))) return [pointer];
    this.usesIndex ??= this.indexUses();
    return (await this.usesIndex).get(target.file + target.pointer) ?? [pointer];
  }

  private async indexUses(): Promise<Map<string, string[]>> {
    const index = new Map<string, string[]>();
    const onPath = new Set<string>();
    const walk = async (cursor: Cursor, logical: string, last: string): Promise<void> => {
      const { node } = cursor;
      if (!isObject(node) && !Array.isArray(node)) return;
      const key = cursor.file + cursor.pointer;
      // A recursive schema would otherwise be walked forever.
      if (onPath.has(key)) return;
      const seen = index.get(key);
      if (seen) seen.push(logical);
      else index.set(key, [logical]);
      onPath.add(key);
      const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
      for (const k of keys) {
        // Example values can be large and never hold a schema; a field named `example` still counts.
        if (k === "$ref" || ((k === "example" || k === "examples") && last !== "properties")) continue;
        const child = await this.child(cursor, k);
        if (child) await walk(child, `${logical}/${encodeSegment(k)}`, k);
      }
      onPath.delete(key);
    };
    const paths = await this.locate("#/paths");
    if (paths) await walk(paths, "#/paths", "paths");
    return index;
  }

  /** The value at `pointer` with every nested $ref replaced by its target (a cycle stays a $ref). */
  async resolved(pointer: string): Promise<Json> {
    const start = await this.locate(pointer);
    if (!start) return undefined;
    const inline = async (cursor: Cursor, ancestors: Set<string>): Promise<Json> => {
      const { node } = cursor;
      if (!isObject(node) && !Array.isArray(node)) return node;
      const key = cursor.file + cursor.pointer;
      if (ancestors.has(key)) return { $ref: key };
      const inner = new Set(ancestors).add(key);
      if (Array.isArray(node)) {
        return Promise.all(node.map(async (_, i) => inline((await this.child(cursor, String(i)))!, inner)));
      }
      const out: Record<string, Json> = {};
      for (const k of Object.keys(node)) {
        if (k === "$ref") continue;
        out[k] = await inline((await this.child(cursor, k))!, inner);
      }
      return out;
    };
    return inline(start, new Set());
  }
}

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
