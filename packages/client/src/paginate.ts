import type { FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { ImsClient } from "./client.js";
import { dataOf } from "./data-of.js";
import { operationIdOf } from "./operations.js";
import type { ImsPaths } from "./paths.js";

/** How each list operation pages; each is a different style in the real API. */
const STYLES = {
  // marker = ID of the last image of the previous page; a page shorter than `limit` is the last one.
  "/v2/cloudimages": { method: "GET", style: "marker", items: "images", defaultLimit: 500 },
  // page = 1, 2, …; without `limit` IMS returns every tag on one page.
  "/v1/cloudimages/tags": { method: "GET", style: "page", items: "tags" },
  // offset/limit as strings in the body; `total_count` says when to stop.
  "/v2/{project_id}/images/resource_instances/action": { method: "POST", style: "offset", items: "resources", defaultLimit: 10 },
  // marker in the query, the next one in `page_info.next_marker`.
  "/v1/{project_id}/cloudimages/{image_id}/members": { method: "GET", style: "next-marker", items: "members" },
  // OpenStack Glance: follow the `next` link until there is none.
  "/v2/images": { method: "GET", style: "next-link", items: "images" },
} as const;

type Styles = typeof STYLES;

/** The list operations `paginate` knows (those the contract in use has). */
export type PaginatedPath = Extract<keyof Styles, keyof ImsPaths>;
type MethodOf<P extends PaginatedPath> = Lowercase<Styles[P]["method"]>;
type OperationOf<P extends PaginatedPath> = ImsPaths[P][MethodOf<P> & keyof ImsPaths[P]];
type DataOf<P extends PaginatedPath> = NonNullable<
  FetchResponse<OperationOf<P> & Record<string | number, unknown>, object, `${string}/${string}`>["data"]
>;
/** The item type `paginate` yields for a path, e.g. `Image` for `/v2/cloudimages`. */
export type PageItem<P extends PaginatedPath> =
  DataOf<P> extends { [K in Styles[P]["items"]]?: ReadonlyArray<infer Item> } ? Item : never;
export type PaginateInit<P extends PaginatedPath> = MaybeOptionalInit<ImsPaths[P], MethodOf<P>>;
type InitArgs<I> = undefined extends I ? [init?: I & PaginateOptions] : [init: I & PaginateOptions];

export interface PaginateOptions {
  /** Stop after this many pages (a guard for exploratory scripts). Default: no limit. */
  maxPages?: number | undefined;
}

type Init = {
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown> };
  body?: Record<string, unknown>;
  maxPages?: number | undefined;
};
type AnyCall = (method: string, path: string, init: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function itemsOf(data: unknown, key: string): unknown[] {
  const list = (data as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? list : [];
}

function nextMarkerOf(data: unknown): string | undefined {
  const info = (data as { page_info?: unknown } | undefined)?.page_info;
  const last = Array.isArray(info) ? info[info.length - 1] : info;
  const marker = (last as { next_marker?: unknown } | undefined)?.next_marker;
  return (typeof marker === "string" && marker) || undefined;
}

/**
 * Every item of a list operation, page after page, following that operation's own paging style;
 * stops after the last page. Pages are fetched as the loop asks for items.
 *
 * @example for await (const image of paginate(ims, "/v2/cloudimages", { params: { query: { __imagetype: "private" } } })) …
 */
export function paginate<P extends PaginatedPath>(client: ImsClient<boolean>, path: P, ...init: InitArgs<PaginateInit<P>>): AsyncIterable<PageItem<P>> {
  const spec = STYLES[path as keyof Styles];
  const method = spec.method;
  const call = client.request as unknown as AnyCall;
  const { maxPages = Infinity, ...first } = (init[0] ?? {}) as Init;

  async function* pages(): AsyncGenerator<unknown[]> {
    const query = { ...first.params?.query };
    const body = { ...first.body };
    const seen = new Set<string>();
    let offset = Number(body["offset"] ?? 0);
    let page = Number(query["page"] ?? 1);
    // No defaultLimit: IMS's own (every item on one page), as Number(undefined) || 0 reads it.
    const limit = Number((spec.style === "offset" ? body["limit"] : query["limit"]) ?? (spec as { defaultLimit?: number }).defaultLimit) || 0;
    if (spec.style === "marker" && query["limit"] === undefined) query["limit"] = limit;
    for (let n = 0; n < maxPages; n++) {
      if (spec.style === "offset") Object.assign(body, { offset: String(offset), limit: String(limit) });
      if (spec.style === "page") query["page"] = page;
      const request: Init = { ...first, params: { ...first.params, query } };
      if (spec.style === "offset") request.body = body;
      // An empty body is no page: read as an empty one, it would end the list early without a word.
      const data = dataOf(await call(method, path, request), { operationId: operationIdOf(method, path), method, path });
      const items = itemsOf(data, spec.items);
      const next = nextPage(data, items);
      // A server (or a stateless mock) that ignores the marker, page or offset hands out the same
      // page again: stop before yielding duplicates instead of looping forever. Page numbers and
      // offsets are the client's own count, always new, so such a page is known by its first and
      // last items: as sure as the whole page (two pages of one list share no item) and cheaper.
      const key = spec.style === "page" || spec.style === "offset" ? JSON.stringify([items[0], items.at(-1)]) : next;
      if (key !== undefined && seen.has(key)) return;
      if (items.length > 0) yield items;
      if (next === undefined) return;
      seen.add(key!);
    }

    /** Moves `query`/`body` on to the next page and returns its key, or undefined after the last page. */
    function nextPage(data: unknown, items: unknown[]): string | undefined {
      switch (spec.style) {
        case "marker": {
          const lastId = (items[items.length - 1] as { id?: unknown } | undefined)?.id;
          if (items.length < limit || typeof lastId !== "string") return undefined;
          query["marker"] = lastId;
          return lastId;
        }
        case "page":
          if (!limit || items.length < limit) return undefined;
          page += 1;
          return String(page);
        case "offset": {
          offset += items.length;
          const total = Number((data as { total_count?: unknown } | undefined)?.total_count);
          // Without a total_count, `total` is NaN, which no offset reaches.
          if (!items.length || items.length < limit || offset >= total) return undefined;
          return String(offset);
        }
        case "next-marker": {
          const marker = nextMarkerOf(data);
          if (!marker || !items.length) return undefined;
          query["marker"] = marker;
          return marker;
        }
        case "next-link": {
          const link = (data as { next?: unknown } | undefined)?.next;
          if (typeof link !== "string" || !link || !items.length) return undefined;
          const url = new URL(link, "http://next.invalid");
          // Over the first request's query, not instead of it: Glance's links repeat every filter
          // (the reference's does), and one that left a filter out would list unfiltered images.
          url.searchParams.forEach((value, key) => {
            query[key] = value;
          });
          return url.search;
        }
      }
    }
  }

  return {
    async *[Symbol.asyncIterator]() {
      for await (const items of pages()) yield* items as PageItem<P>[];
    },
  };
}
