import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  /** Parsed when the request says it is JSON. */
  body: unknown;
  raw: Buffer;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeIms {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/**
 * A scripted stand-in for IMS on 127.0.0.1, for what a static mock cannot do: jobs that progress,
 * pages that follow their marker, chosen errors. `reply` sees every request in order.
 */
export async function fakeIms(reply: (req: Recorded, index: number) => Reply | Promise<Reply>): Promise<FakeIms> {
  const requests: Recorded[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const text = /json/.test(req.headers["content-type"] ?? "application/json") ? raw.toString("utf8") : "";
      const recorded: Recorded = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", "http://127.0.0.1"),
        headers: req.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        raw,
      };
      requests.push(recorded);
      void Promise.resolve(reply(recorded, requests.length - 1)).then((r) => {
        const status = r.status ?? 200;
        res.writeHead(status, { "content-type": "application/json", ...r.headers });
        res.end(r.body === undefined ? "" : JSON.stringify(r.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const JOB_ID = "ff8080814dbd65d7014dbe0d84db0013";
export const IMAGE_ID = "431df7fd-a898-4dc0-86b1-22cfefb8a517";

export function job(status: string, percent?: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    job_id: JOB_ID,
    job_type: "imsCreateImageByInstance",
    status,
    begin_time: "2026-11-27T09:00:00Z",
    ...extra,
    entities: { ...(percent === undefined ? {} : { process_percent: percent }), ...(status === "SUCCESS" ? { image_id: IMAGE_ID, image_name: "web" } : {}) },
  };
}
