import type { Credentials, SignOptions, SignRequest } from "@imsjs/signer";
import type { SeenRequest } from "./fault-server.js";

type Signer = (request: SignRequest, credentials: Credentials, options: SignOptions) => Record<string, string> | Promise<Record<string, string>>;

const sdkDate = (d: string) => new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);

/**
 * Signs what a server received, as the gateway would (the headers it names as signed, its
 * X-Sdk-Date), with `signer`, and says whether that gives the Authorization it was sent.
 */
export async function signatureVerifies(signer: Signer, origin: string, req: SeenRequest, credentials: Credentials): Promise<boolean> {
  const auth = String(req.headers["authorization"]);
  const names = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(";") ?? [];
  const headers: Record<string, string> = {};
  for (const n of names) if (n !== "host") headers[n] = String(req.headers[n]);
  const expected = await signer({ method: req.method, url: `${origin}${req.url}`, headers, body: req.body || null }, credentials, {
    date: sdkDate(String(req.headers["x-sdk-date"])),
    signedHeaders: names,
  });
  return expected["Authorization"] === auth;
}
