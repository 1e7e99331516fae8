// Changes redocly reports that change nothing for clients because the spec was only reorganised.
import { METHODS } from "./pointer.js";
import type { RedoclyChange } from "./redocly.js";
import type { Specs } from "./rules.js";
import { shape } from "./shape.js";
import { decodePointer, encodeSegment, isObject, type SpecReader } from "./spec-reader.js";

/**
 * True when `c` adds, removes or changes parameters of a path item or operation, but every
 * operation it touches ends up with the same effective parameters (path-level ones merged under
 * the operation's own, as OpenAPI defines them). Moving `image_id` from the path item into its
 * operations is then reported by redocly as a removed parameter plus a new required one, though
 * no call changes.
 */
export async function isParameterMove(c: RedoclyChange, specs: Specs): Promise<boolean> {
  const segments = decodePointer(c.path);
  if (segments[0] !== "paths" || segments[1] === undefined) return false;
  const onOperation = METHODS.has(segments[2] ?? "");
  const listAt = onOperation ? 3 : 2;
  if (segments[listAt] !== "parameters") return false;
  const item = `#/paths/${encodeSegment(segments[1])}`;
  const list = `${item}${onOperation ? `/${segments[2]}` : ""}/parameters`;
  const index = segments[listAt + 1];

  const sides = c.kind === "removed" ? [specs.base] : c.kind === "added" ? [specs.revision] : [specs.base, specs.revision];
  const keys = new Set<string>();
  for (const reader of sides) {
    const touched = index === undefined ? await reader.resolved(list) : [await reader.resolved(`${list}/${index}`)];
    if (!Array.isArray(touched)) continue;
    for (const p of touched) if (isObject(p)) keys.add(`${String(p.in)}:${String(p.name)}`);
  }
  if (keys.size === 0) return false;

  const methods = onOperation ? [segments[2]!] : await operationsOf(specs, item);
  let compared = 0;
  for (const method of methods) {
    const [before, after] = await Promise.all([effective(specs.base, item, method), effective(specs.revision, item, method)]);
    // An operation that exists on one side only is reported as added or removed on its own.
    if (!before || !after) continue;
    for (const key of keys) if (before.get(key) !== after.get(key)) return false;
    compared++;
  }
  return compared > 0;
}

async function operationsOf(specs: Specs, item: string): Promise<string[]> {
  const found = new Set<string>();
  for (const reader of [specs.base, specs.revision]) {
    const node = await reader.at(item);
    if (isObject(node)) for (const m of METHODS) if (node[m] !== undefined) found.add(m);
  }
  return [...found];
}

/** `in:name` → shape of each parameter the operation takes, or undefined when it does not exist. */
async function effective(reader: SpecReader, item: string, method: string): Promise<Map<string, string> | undefined> {
  if ((await reader.at(`${item}/${method}`)) === undefined) return undefined;
  const out = new Map<string, string>();
  for (const list of [`${item}/parameters`, `${item}/${method}/parameters`]) {
    const params = await reader.resolved(list);
    if (!Array.isArray(params)) continue;
    for (const p of params) if (isObject(p)) out.set(`${String(p.in)}:${String(p.name)}`, shape(p));
  }
  return out;
}
