/** The parts of a Request that openapi-fetch and the transport read. */
export interface CallRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  signal: AbortSignal | null | undefined;
  redirect: RequestRedirect | undefined;
}

/**
 * The `Request` handed to openapi-fetch when no middleware will look at the request. openapi-fetch
 * builds a Request only to give it to its fetch, which is our transport; the transport then calls
 * the global fetch, which builds another. A WHATWG Request is not cheap (in Node each one creates
 * an AbortSignal), so on this path openapi-fetch gets a plain record. Anything this record could
 * get wrong (a body other than text, a body on GET, a URL that does not parse, a text body without
 * its Content-Type) takes a real Request, so its errors and defaults stay exactly the platform's.
 */
export function CallRequest(url: string, init: RequestInit): CallRequest | Request {
  const { body, headers } = init as { body?: unknown; headers: Headers };
  // openapi-fetch's request() always sets the method.
  const method = init.method!.toUpperCase();
  const plain =
    body == null || (typeof body === "string" && !/^(GET|HEAD)$/.test(method) && headers.has("content-type"));
  if (!plain || !URL.canParse(url)) return new Request(url, init);
  // The rest as openapi-fetch gives it: headers, signal, redirect, and the init keys it copies anyway.
  return { ...init, url, method, body: (body as string | undefined) ?? null } as CallRequest;
}
