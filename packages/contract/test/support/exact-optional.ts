// A consumer compiled with `exactOptionalPropertyTypes` (test/exact-optional.test.ts): options and
// inputs that may be undefined, which the contract reads as absent, compile; an unknown option or a
// mode that does not exist still does not.
import { createContractMiddleware, ReportBuilder, validateRequest, validateResponse, type Exchange } from "../../src/index.js";

declare const debug: boolean;
declare const headers: Record<string, string> | undefined;
declare const text: string | undefined;
declare const mode: "warn" | "collect" | undefined;
declare const hosts: string[] | undefined;

export const middleware = createContractMiddleware({ mode, requests: debug ? true : undefined, logger: debug ? console : undefined });
export const response = validateResponse({ operationId: "showImageQuota" }, { status: 200, headers, text });
export const request = validateRequest({ operationId: "listImages" }, { headers, query: debug ? { limit: 1 } : undefined, pathParams: undefined, checkBody: undefined, text });
export const report = new ReportBuilder({ hosts });
export const exchange: Exchange = { source: "mem:1", method: "GET", url: "/v2/cloudimages", status: 200, requestBodyRecorded: false, requestHeaders: headers, requestText: text, responseHeaders: headers, responseText: text };
// @ts-expect-error an unknown option is still refused
export const misspelt = createContractMiddleware({ mdoe: "warn" });
// @ts-expect-error a mode that does not exist is still refused
export const badMode = createContractMiddleware({ mode: "log" });
