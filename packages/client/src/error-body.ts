import { ImsError, type ImsCallContext } from "./errors.js";

const MAX_TEXT = 300;

export function requestIdOf(response: Response): string | undefined {
  return response.headers.get("x-request-id") ?? response.headers.get("x-openstack-request-id") ?? undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined;
}

function plainText(text: string): string {
  // Gateways answer with HTML pages: keep what a person would read, not the markup.
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1];
  const raw = title ?? text.replace(/<[^>]*>/g, " ");
  const flat = raw.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat;
}

/** The code and message of an error body in any of the shapes Huawei Cloud sends. */
export function parseErrorBody(body: unknown): { code: string | undefined; message: string | undefined } {
  if (typeof body === "string") return { code: undefined, message: body.trim() ? plainText(body) : undefined };
  if (!body || typeof body !== "object") return { code: undefined, message: undefined };
  const b = body as Record<string, unknown>;
  // API Gateway: {"error_code":"APIGW.0301","error_msg":"…","request_id":"…"}
  if (str(b["error_code"]) || str(b["error_msg"])) return { code: str(b["error_code"]), message: str(b["error_msg"]) };
  // IMS: {"error":{"code":"IMG.0024","message":"…"}}; IAM (Keystone): {"error":{"code":401,"message":"…","title":"…"}}
  const inner = b["error"];
  if (inner && typeof inner === "object") {
    const e = inner as Record<string, unknown>;
    return { code: str(e["code"]), message: str(e["message"]) ?? str(e["title"]) };
  }
  if (typeof inner === "string") return { code: str(b["code"]), message: inner };
  // OpenStack: {"badRequest":{"message":"…","code":400}} or a flat {"message":"…"}
  if (str(b["message"])) return { code: str(b["code"]), message: str(b["message"]) };
  const values = Object.values(b);
  if (values.length === 1 && values[0] && typeof values[0] === "object") {
    const e = values[0] as Record<string, unknown>;
    if (str(e["message"])) return { code: undefined, message: str(e["message"]) };
  }
  return { code: undefined, message: undefined };
}

/** The typed error for a non-2xx answer, whatever its body looked like (JSON, HTML, empty). */
export function imsErrorFrom(body: unknown, response: Response, context: ImsCallContext): ImsError {
  const { code, message } = parseErrorBody(body);
  const text = message ?? (response.statusText || `HTTP ${response.status}`);
  const requestId = requestIdOf(response);
  return new ImsError(`IMS answered ${response.status}${code ? ` ${code}` : ""}: ${text}`, {
    ...context,
    status: response.status,
    code,
    requestId,
    body: body === "" ? undefined : body,
  });
}
