import { describe, expect, it } from "vitest";
import { imsErrorFrom, parseErrorBody } from "../src/error-body.js";

describe("parseErrorBody reads every error shape Huawei Cloud sends", () => {
  it.each([
    ["API Gateway", { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information", request_id: "r" }, "APIGW.0301", "Incorrect IAM authentication information"],
    ["IMS", { error: { code: "IMG.0024", message: "The imagetype is invalid." } }, "IMG.0024", "The imagetype is invalid."],
    ["IAM (Keystone), numeric code", { error: { code: 401, message: "The username or password is wrong.", title: "Unauthorized" } }, "401", "The username or password is wrong."],
    ["Keystone, title only", { error: { code: 403, title: "Forbidden" } }, "403", "Forbidden"],
    ["error as text", { error: "quota exceeded", code: "Q.1" }, "Q.1", "quota exceeded"],
    ["OpenStack wrapper (its code only repeats the status)", { badRequest: { message: "Invalid image", code: 400 } }, undefined, "Invalid image"],
    ["flat message", { message: "no such image", code: "IMG.0404" }, "IMG.0404", "no such image"],
    ["nothing readable", { images: [] }, undefined, undefined],
    ["empty object", {}, undefined, undefined],
  ])("%s", (_, body, code, message) => {
    expect(parseErrorBody(body)).toMatchObject({ code, message });
  });

  it("HTML pages give their title, else their h1, else their text without markup", () => {
    expect(parseErrorBody("<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>").message).toBe("502 Bad Gateway");
    expect(parseErrorBody("<html><body><h1>Service Unavailable</h1><p>later</p></body></html>").message).toBe("Service Unavailable");
    expect(parseErrorBody("<p>Request   <b>blocked</b></p>\n").message).toBe("Request blocked");
  });

  it("long text is cut at 300 characters; empty or blank bodies and non-objects have no message", () => {
    expect(parseErrorBody("x".repeat(500)).message).toBe(`${"x".repeat(300)}…`);
    for (const body of ["", "  \n ", "<html></html>", null, undefined, 42, true]) expect(parseErrorBody(body).message, String(body)).toBeUndefined();
  });

  it("a JSON error's message is cut at 300 characters too: a server's 5 MB message is no error message", () => {
    const long = "y".repeat(5_000_000);
    for (const body of [{ error: { code: "IMG.0001", message: long } }, { error_code: "APIGW.0101", error_msg: long }, { badRequest: { message: long } }]) {
      expect(parseErrorBody(body).message).toBe(`${"y".repeat(300)}…`);
    }
    expect(parseErrorBody({ error: { code: "IMG.0001", message: "y".repeat(300) } }).message).toBe("y".repeat(300));
  });

  it("an empty error body's status text is cut at 300 characters as well", () => {
    const context = { operationId: "listImages", method: "GET", path: "/v2/cloudimages" };
    const error = imsErrorFrom(undefined, new Response(null, { status: 503, statusText: "S".repeat(40_000) }), context);
    expect(error.message).toBe(`IMS answered 503: ${"S".repeat(300)}…`);
    expect(imsErrorFrom(undefined, new Response(null, { status: 503, statusText: "" }), context).message).toBe("IMS answered 503: HTTP 503");
  });
});
