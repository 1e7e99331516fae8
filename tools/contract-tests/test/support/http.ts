import { inject } from "vitest";
import type { HttpMethod } from "./spec.js";

// A plain-fetch request to the mock: the contract tests speak HTTP directly so that they check
// the spec and the mock, not a client's interpretation of them.
export interface ContractRequest {
  method: HttpMethod;
  /** Path template, e.g. `/v2/cloudimages/{image_id}`. */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** Absent: no body. A string is sent as is; anything else as JSON. */
  body?: unknown;
  contentType?: string;
}

export interface ContractResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Prism's request-validation messages, one a line: it sends them only in `sl-violations`. */
  violations: string;
}

export function url(req: Pick<ContractRequest, "path" | "pathParams" | "query">): string {
  const path = req.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = req.pathParams[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${req.path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) for (const item of [v].flat()) search.append(k, item);
  const qs = search.toString();
  return `${inject("mockUrl")}${path}${qs ? `?${qs}` : ""}`;
}

export async function send(req: ContractRequest): Promise<ContractResponse> {
  const headers: Record<string, string> = { ...req.headers };
  let body: string | undefined;
  if (req.body !== undefined) {
    body = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    headers["Content-Type"] = req.contentType ?? "application/json";
  }
  const res = await fetch(url(req), { method: req.method.toUpperCase(), headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, violations: violationMessages(res.headers.get("sl-violations")) };
}

function violationMessages(header: string | null): string {
  if (!header) return "";
  try {
    return (JSON.parse(header) as { message?: string }[]).map((v) => v.message ?? "").join("\n");
  } catch {
    return header;
  }
}
