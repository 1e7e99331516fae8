import { createImsClient, type ImsClientOptions } from "../../src/index.js";

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** A client whose fetch is `handler`, with the requests it saw (bodies already read as text). */
export function fakeClient(handler: (req: Request, body: string) => Response | Promise<Response>, extra: Partial<ImsClientOptions> = {}) {
  const seen: { method: string; url: URL; body: string }[] = [];
  const client = createImsClient({
    endpoint: "http://127.0.0.1:1",
    projectId: "p1",
    credentials: { token: "t0ken" },
    retry: false,
    fetch: async (req) => {
      const body = req.body ? await req.text() : "";
      seen.push({ method: req.method, url: new URL(req.url), body });
      return handler(req, body);
    },
    ...extra,
  });
  return { client, seen };
}
