// A consumer compiled with `exactOptionalPropertyTypes` (test/exact-optional.test.ts): parameters
// that may be undefined, which openapi-fetch, the client and the contract read as absent, compile;
// an unknown parameter or a value outside an enum still does not.
import type { operations } from "../../src/index.js";

type ListImagesQuery = NonNullable<operations["listImages"]["parameters"]["query"]>;
type GlanceListHeader = NonNullable<operations["glanceListImages"]["parameters"]["header"]>;

declare const lastId: string | undefined;
declare const imageType: "gold" | "private" | undefined;
declare const apiVersion: string | undefined;

export const nextPage: ListImagesQuery = { limit: 100, marker: lastId, __imagetype: imageType, name: undefined };
export const header: GlanceListHeader = { "X-Api-Version": apiVersion };
// @ts-expect-error an unknown query parameter is still refused
export const misspelt: ListImagesQuery = { markr: lastId };
// @ts-expect-error a value outside the enum is still refused
export const outsideEnum: ListImagesQuery = { __imagetype: "golden" };
