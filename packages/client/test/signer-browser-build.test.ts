import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signSync } from "../../signer/src/index.js";
import { createImsClient } from "../src/index.js";
import { json, startFaultServer } from "./support/fault-server.js";
import { signatureVerifies } from "./support/signature.js";

// The client as a Worker bundle with nodejs_compat gets it: the signer's browser build (whose
// signSync always throws UNSUPPORTED_RUNTIME, and whose signFastest is sign) in a runtime that has
// process.getBuiltinModule.
const browserBuild = vi.hoisted(() => ({ calls: { signSync: 0, signFastest: 0 } }));
vi.mock("@imsjs/signer", async () => {
  const real = await import("../../signer/src/browser/index.js");
  return {
    ...real,
    signSync: (...args: Parameters<typeof real.signSync>) => (browserBuild.calls.signSync++, real.signSync(...args)),
    signFastest: (...args: Parameters<typeof real.signFastest>) => (browserBuild.calls.signFastest++, real.signFastest(...args)),
  };
});

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(async () => {
  await server.close();
});

describe("with the signer's browser build where process.getBuiltinModule exists", () => {
  it("signs every request correctly with the build's signFastest (Web Crypto), never trying signSync", async () => {
    expect(typeof process.getBuiltinModule).toBe("function");
    const credentials = { ak: "HPUAEXAMPLEAK0000001", sk: "SKsecretsecretsecretsecret0123456789ABCD" };
    const client = createImsClient({ endpoint: server.url, projectId: "0b1e494e2660441a957313163095fe5c", credentials, retry: false });
    for (let i = 0; i < 3; i++) {
      server.script(json(200, { images: [] }));
      const { response } = await client.GET("/v2/cloudimages", { params: { query: { limit: i + 1 } } });
      expect(response.status).toBe(200);
      expect(await signatureVerifies(signSync, server.url, server.requests[0]!, credentials)).toBe(true);
    }
    expect(browserBuild.calls).toEqual({ signSync: 0, signFastest: 3 });
  });
});
