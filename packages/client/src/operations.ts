import { ROUTES } from "./generated/routes.js";

/** A route of the contract: `[method, path template, operationId, replacement?]` (see generated/routes.ts). */
export type Route = (typeof ROUTES)[number];

let table: Map<string, Route> | undefined;

/**
 * The contract's route for `METHOD /path/{template}` (method in capitals), if it is one of its
 * operations. The table is built on first need, not at import; it is imported statically: bundlers
 * without code splitting (size-limit's esbuild run, IIFE builds) would inline a dynamic import anyway.
 */
export function routeOf(method: string, pathTemplate: string): Route | undefined {
  table ??= new Map(ROUTES.map((route) => [`${route[0]} ${route[1]}`, route]));
  return table.get(`${method} ${pathTemplate}`);
}

/** `operationId` of a route, for error contexts. */
export const operationIdOf = (method: string, pathTemplate: string): string | undefined => routeOf(method, pathTemplate)?.[2];
