import { describe, expect, it } from "vitest";
import { contractOperations, createRouter, validateResponse, type ContractOperation } from "../src/index.js";
import { concretePath, specOperations } from "./support/contract.js";

const router = createRouter(contractOperations);

describe("routing concrete URLs to operations", () => {
  it("knows every operation of the bundled spec", () => {
    expect(contractOperations.map((o) => o.operationId).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
  });

  it.each(specOperations.map((o) => [`${o.method} ${o.path}`, o] as const))("%s", (_label, op) => {
    const url = `https://ims.ap-southeast-1.myhuaweicloud.com${concretePath(op.path)}?limit=1`;
    const match = router.match(op.method, url);
    expect(match?.operation.operationId).toBe(op.operationId);
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    expect(match?.pathParams).toEqual(Object.fromEntries(names.map((n) => [n, `val-${n}`])));
  });

  it("decodes path parameters", () => {
    const op = specOperations.find((o) => o.path.includes("{"))!;
    const match = router.match(op.method, concretePath(op.path, () => "a b/ü"));
    expect(Object.values(match!.pathParams).every((v) => v === "a b/ü")).toBe(true);
  });

  it("prefers literal segments to templated ones, wherever they are declared", () => {
    const byId = new Map(contractOperations.map((o) => [o.operationId, o]));
    // Pairs where the templated route alone would also take the literal route's URL.
    const pairs = specOperations.flatMap((literal) =>
      specOperations
        .filter((t) => t !== literal && t.method === literal.method)
        .filter((t) => createRouter([byId.get(t.operationId)!]).match(t.method, concretePath(literal.path)) !== undefined)
        .map((t) => [literal, t] as const),
    );
    const reversed = createRouter([...contractOperations].reverse());
    for (const [literal] of pairs) {
      expect(router.match(literal.method, concretePath(literal.path))?.operation.operationId).toBe(literal.operationId);
      expect(reversed.match(literal.method, concretePath(literal.path))?.operation.operationId).toBe(literal.operationId);
    }
    // The IMS cases: action routes beside the image route.
    expect(router.match("POST", "/v2/cloudimages/action")?.operation.operationId).toBe("createImage");
    expect(router.match("POST", "/v1/cloudimages/abc/copy")?.operation.operationId).toBe("copyImageInRegion");
    expect(router.match("PATCH", "/v2/cloudimages/action")?.pathParams).toEqual({ image_id: "action" });
  });

  it("applies the literal-first rule segment by segment, from the left", () => {
    const op = (operationId: string, path: string): ContractOperation => ({
      operationId,
      method: "POST",
      path,
      request: { bodyRequired: false, content: {}, params: {} },
      responses: {},
    });
    // Templated routes declared first, as Prism v4 would have taken them.
    const synthetic = createRouter([
      op("byId", "/v2/cloudimages/{image_id}"),
      op("byProject", "/v2/{project_id}/images/{image_id}"),
      op("action", "/v2/cloudimages/action"),
      op("images", "/v2/images/{image_id}"),
      op("file", "/v1/{id}.json"),
    ]);
    expect(synthetic.match("POST", "/v2/cloudimages/action")?.operation.operationId).toBe("action");
    expect(synthetic.match("POST", "/v2/cloudimages/abc")?.operation.operationId).toBe("byId");
    expect(synthetic.match("POST", "/v2/images/abc")?.operation.operationId).toBe("images");
    expect(synthetic.match("POST", "/v1/abc.json")?.pathParams).toEqual({ id: "abc" });
    expect(synthetic.match("POST", "/v1/abc.yaml")).toBeUndefined();
  });

  it("ignores trailing slashes, query strings and fragments", () => {
    expect(router.match("get", "/v2/cloudimages/?limit=2#top")?.operation.operationId).toBe("listImages");
  });

  it("compares literal segments percent-decoded, as Prism v5 does", () => {
    expect(router.match("POST", "/v2/cloudimages/%61ction")?.operation.operationId).toBe("createImage");
    expect(router.match("POST", "/v2/cloud%69mages/action")?.operation.operationId).toBe("createImage");
    expect(router.match("GET", "/v2/cloud%69mages")?.operation.operationId).toBe("listImages");
    // A bad escape is compared as it stands.
    expect(router.match("GET", "/v2/cloud%zzimages")).toBeUndefined();
  });

  it("strips one leading slash only, as Prism v5 does: an empty segment is a segment", () => {
    expect(router.match("GET", "//v2/cloudimages")).toBeUndefined();
    expect(router.match("GET", "https://ims.example.com//v2/cloudimages")).toBeUndefined();
    expect(validateResponse({ method: "GET", path: "//v2/cloudimages" }, { status: 200, body: { images: [] } }).errors).toEqual([
      expect.objectContaining({ location: "route", keyword: "route" }),
    ]);
    // An empty segment where a parameter goes is an empty parameter, which the path check reports.
    expect(router.match("GET", "/v2/images//members")).toMatchObject({ operation: { operationId: "glanceListImageMembers" }, pathParams: { image_id: "" } });
    // Nothing left once the leading and trailing slashes go: the root, as `/` is.
    expect(router.match("GET", "//")).toMatchObject({ operation: { operationId: "listVersions" } });
  });

  it("reports unknown paths and wrong methods as route violations", () => {
    const unknown = validateResponse({ method: "GET", path: "/v9/nothing/here" }, { status: 200, body: {} });
    expect(unknown).toMatchObject({ valid: false, errors: [{ location: "route", keyword: "route" }] });
    expect(unknown.operationId).toBeUndefined();
    const wrongMethod = validateResponse({ method: "GET", path: "/v2/cloudimages/action" }, { status: 200, body: {} });
    expect(wrongMethod.errors[0]).toMatchObject({ location: "route", keyword: "method", expected: ["POST", "PATCH"] });
  });
});
