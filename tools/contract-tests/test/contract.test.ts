import { describe, expect, it } from "vitest";
import { operationIndex } from "@imsjs/openapi";
import { cases, type ContractCase } from "./cases.js";
import { send, type ContractResponse } from "./support/http.js";
import { baseRequest, requestFor, variants } from "./support/requests.js";
import { violations } from "./support/schemas.js";
import { examplesOf, response, specOperations, successStatus, type SpecOperation } from "./support/spec.js";

// Every operation of the bundled spec against Prism (`--errors`: an example that breaks its own
// schema comes back as a 500): each named request example must get the documented success
// answer, each named success example must validate, and each row of `cases.ts` must be refused.
const operations = specOperations();

function expectBody(o: SpecOperation, status: number, res: ContractResponse): void {
  const documented = response(o.op, status);
  if (o.method === "head" || !documented.content) {
    expect(res.text, `${o.id} ${status} has no body`).toBe("");
  } else {
    const [media, body] = Object.entries(documented.content)[0]!;
    expect(res.headers.get("content-type") ?? "").toContain(media);
    if (media.endsWith("json")) {
      const problems = violations(body.schema!, JSON.parse(res.text));
      expect(problems, `${o.id} ${status} body breaks its schema`).toBeNull();
    }
  }
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const raw = res.headers.get(name);
    if (header.required) expect(raw, `${o.id} ${status} sends ${name}`).not.toBeNull();
    if (raw === null) continue;
    const type = header.schema?.["type"];
    const value = type === "integer" ? Number(raw) : type === "boolean" ? raw === "true" ? true : raw === "false" ? false : raw : raw;
    expect(violations(header.schema!, value), `${name} breaks its schema`).toBeNull();
  }
}

describe("the contract table", () => {
  it("has a case for every operation of the spec, and nothing else", () => {
    const inSpec: string[] = operations.map((o) => o.id).sort();
    // Named differences: on a whole-list mismatch vitest prints `[ 'addImageTag', …(55) ]`.
    const rows: string[] = Object.keys(cases);
    expect(inSpec.filter((id) => !rows.includes(id)), "operations of the spec without a row in cases.ts").toEqual([]);
    expect(rows.filter((id) => !inSpec.includes(id)), "rows of cases.ts for no operation of the spec").toEqual([]);
    const indexed: string[] = Object.keys(operationIndex);
    expect(inSpec.filter((id) => !indexed.includes(id)), "operations missing from operationIndex: run `pnpm generate`").toEqual([]);
    expect(indexed.filter((id) => !inSpec.includes(id)), "operationIndex entries for no operation of the spec: run `pnpm generate`").toEqual([]);
    // A tripwire: the READMEs and the first-release changeset say how many operations there are.
    expect(inSpec, "update the operation count in the READMEs (CONTRIBUTING lists where) and here").toHaveLength(56);
  });
});

describe.each(operations.map((o) => [`${o.id} (${o.method.toUpperCase()} ${o.path})`, o] as const))("%s", (_, o) => {
  const c = cases[o.id] as ContractCase | undefined;
  if (!c) {
    it("has a row in cases.ts", () => expect.fail(`add ${o.id} to tools/contract-tests/test/cases.ts`));
    return;
  }
  const status = successStatus(o.op);

  it.each(variants(o).map((v) => [v.name, v] as const))(`the %s gets ${status} and a body that matches the contract`, async (__, v) => {
    if (v.schema) expect(violations(v.schema, v.body), "the example itself is valid").toBeNull();
    const res = await send(requestFor(o, c, v));
    expect(res.status, res.violations || res.text).toBe(status);
    expectBody(o, status, res);
  });

  const answers = Object.keys(o.op.responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 400)
    .flatMap((s) => {
      const media = Object.values(response(o.op, s).content ?? {})[0];
      return examplesOf(media).map(([name]) => [`${s} ${name}`, s, name] as const);
    });
  if (answers.length > 0) {
    it.each(answers)("the %s answer matches the contract", async (__, s, name) => {
      const req = requestFor(o, c, variants(o)[0]!);
      const res = await send({ ...req, headers: { ...req.headers, Prefer: `code=${s}, example=${name}` } });
      expect(res.status, res.violations || res.text).toBe(s);
      expectBody(o, s, res);
    });
  }

  it.each(c.invalid.map((inv) => [inv.why, inv] as const))("a request %s is refused", async (__, inv) => {
    const valid = requestFor(o, c, variants(o)[0]!);
    const res = await send(inv.change(structuredClone(valid)));
    const expected = inv.status ?? 400;
    expect(res.status, res.text).toBe(expected);
    expect(res.violations).toMatch(inv.names);
    if (o.method !== "head" && res.text) expectBody(o, expected, res);
  });
});

// `POST /v2/cloudimages/action` sits next to `PATCH /v2/cloudimages/{image_id}`: a literal route
// called with a method it does not have must not be served as its templated sibling.
const WRONG_METHODS = ["get", "put", "post", "delete", "patch"] as const;
const actionRoutes = [...new Set(operations.map((o) => o.path).filter((p) => p.endsWith("/action")))];

function templatedSibling(path: string, method: string): { o: SpecOperation; param: string; value: string } | undefined {
  const segs = path.split("/");
  for (const o of operations) {
    if (o.method !== method || o.path === path) continue;
    const other = o.path.split("/");
    if (other.length !== segs.length) continue;
    let hit: { param: string; value: string } | undefined;
    const matches = other.every((s, i) => {
      if (s === segs[i]) return true;
      if (/^\{.+\}$/.test(s) && !/^\{.+\}$/.test(segs[i]!)) {
        hit ??= { param: s.slice(1, -1), value: segs[i]! };
        return true;
      }
      return /^\{.+\}$/.test(s) && /^\{.+\}$/.test(segs[i]!);
    });
    if (matches && hit) return { o, ...hit };
  }
  return undefined;
}

const wrongMethodCases = actionRoutes.flatMap((path) => {
  const owner = operations.find((o) => o.path === path)!;
  return WRONG_METHODS.filter((m) => !operations.some((o) => o.path === path && o.method === m)).map((m) => {
    const sibling = templatedSibling(path, m);
    const paramSchema = sibling?.o.parameters.find((p) => p.name === sibling.param)?.schema;
    const legit = sibling && paramSchema ? violations(paramSchema, sibling.value) === null : false;
    const label = !sibling
      ? "is 405: no route has the method"
      : legit
        ? `is ${sibling.o.id} for ${sibling.param} "${sibling.value}", a valid call of that operation`
        : `is refused by ${sibling.o.id}: "${sibling.value}" is not a valid ${sibling.param}`;
    return [`${m.toUpperCase()} ${path} ${label}`, { path, method: m, owner, sibling, legit }] as const;
  });
});

describe("literal …/action routes called with another method", () => {
  it("cover every …/action route", () => {
    expect(actionRoutes).toEqual(expect.arrayContaining(["/v2/cloudimages/action", "/v2/cloudimages/quickimport/action"]));
    expect(actionRoutes.length).toBeGreaterThanOrEqual(9);
    expect(wrongMethodCases.length).toBeGreaterThanOrEqual(actionRoutes.length * 4);
  });

  it.each(wrongMethodCases)("%s", async (__, w) => {
    const req = baseRequest(w.owner, cases[w.owner.id]);
    const body = w.method === "get" || w.method === "delete" ? {} : { body: {} };
    const res = await send({ ...req, method: w.method, ...body });
    if (!w.sibling) {
      expect(res.status).toBe(405);
    } else if (w.legit) {
      expect(res.status).toBe(successStatus(w.sibling.o.op));
    } else {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.violations).toContain(w.sibling.param);
    }
  });
});
