import { ROUTES } from "./generated/routes.js";

/**
 * `[operationId, traits?, replacement?]` of the contract's operation at `METHOD /path/{template}`
 * (method in capitals), if it is one (traits as in ROUTES); a replacement (possibly "") marks the
 * operation deprecated. Every key holds a space, so no key of Object.prototype can match.
 */
export const routeOf = (method: string, pathTemplate: string): string[] | undefined => ROUTES[`${method} ${pathTemplate}`]?.split("|");

/** `operationId` of a route, for error contexts. */
export const operationIdOf = (method: string, pathTemplate: string): string | undefined => routeOf(method, pathTemplate)?.[0];
