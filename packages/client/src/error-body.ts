import { ImsError, type ImsCallContext } from "./errors.js";

export function requestIdOf(response: Response): string | undefined {
  return response.headers.get("x-request-id") ?? response.headers.get("x-openstack-request-id") ?? undefined;
}

type Fields = Partial<Record<string, unknown>>;

// A text or number as text, "" as none, at most 300 characters: a server's message (or code or
// request ID), however long, is no error message.
function str(v: unknown): string | undefined {
  const text = (typeof v === "string" && v) || typeof v === "number" ? String(v) : undefined;
  // (A 301st character is there exactly when the text is longer.)
  return text?.[300] ? `${text.slice(0, 300)}…` : text;
}

/**
 * The code and message of an error body in any of the shapes Huawei Cloud sends:
 * API Gateway `{"error_code":"APIGW.0301","error_msg":"…"}`, IMS `{"error":{"code":"IMG.0024","message":"…"}}`,
 * IAM (Keystone) `{"error":{"code":401,"message":"…","title":"…"}}`, `{"error":"…","code":"…"}`,
 * OpenStack `{"badRequest":{"message":"…","code":400}}` (the code there only repeats the status) or
 * a flat `{"message":"…"}`; HTML or text pages become their title or text.
 */
export function parseErrorBody(body: unknown): { code?: string | undefined; message?: string | undefined } {
  if (typeof body === "string") {
    // Gateways answer with HTML pages: keep what a person would read, not the markup. No pattern
    // scans past a "<" (nor needs one after the title): with `[^>]*`, a page of unclosed tags was
    // rescanned to its end from each "<", minutes of blocked event loop for one megabyte.
    const title = /<(title|h1)[^<>]*>([^<]*)/i.exec(body)?.[2];
    return { message: str((title ?? body.replace(/<[^<>]*>/g, " ")).replace(/\s+/g, " ").trim()) };
  }
  if (!body) return {};
  const b = body as Fields;
  // `only`: the one value of a body like OpenStack's {"badRequest":{…}} (JSON has no undefined values).
  const [only, other] = Object.values(b) as (Fields | undefined)[];
  const e = (b["error"] instanceof Object ? b["error"] : b) as Fields;
  return {
    code: str(b["error_code"]) ?? str(e["code"]),
    message: str(b["error_msg"]) ?? str(e["message"]) ?? str(e["title"]) ?? str(b["error"]) ?? str(other === undefined && only?.["message"]),
  };
}

/** The typed error for a non-2xx answer, whatever its body looked like (JSON, HTML, empty). */
export function imsErrorFrom(body: unknown, response: Response, context: ImsCallContext): ImsError {
  const { status } = response;
  const { code, message } = parseErrorBody(body);
  return new ImsError(`IMS answered ${status}${code ? ` ${code}` : ""}: ${message ?? str(response.statusText) ?? `HTTP ${status}`}`, {
    status,
    code,
    // API Gateway's body carries the ID too: a proxy or CDN may have dropped the header.
    requestId: requestIdOf(response) ?? str((body as Fields | undefined)?.["request_id"]),
    ...context,
    body: body === "" ? undefined : body,
  });
}
