// The rules' status lists copy openapi-fetch's (its helpers' OkStatus and ErrorStatus): read here from
// the version the client is built with, so an upgrade that changes them fails this test.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { ERROR_STATUSES, OK_STATUSES } from "../src/rules.js";

async function helperStatuses(type: string): Promise<string[]> {
  const client = fileURLToPath(new URL("../../../packages/client/package.json", import.meta.url));
  const fetchEntry = createRequire(client).resolve("openapi-fetch");
  const helpers = createRequire(fetchEntry).resolve("openapi-typescript-helpers");
  const dts = await readFile(path.join(path.dirname(helpers), "index.d.ts"), "utf8");
  const line = dts.split("\n").find((l) => l.startsWith(`type ${type} =`));
  expect(line, `type ${type} in openapi-typescript-helpers`).toBeDefined();
  return [...line!.slice(line!.indexOf("=")).matchAll(/\d{3}|[1-5]XX|default/g)].map((m) => m[0]).sort();
}

it("types as data the statuses openapi-fetch types as data", async () => {
  expect([...OK_STATUSES].sort()).toEqual(await helperStatuses("OkStatus"));
});

it("types as error the statuses openapi-fetch types as error", async () => {
  expect([...ERROR_STATUSES].sort()).toEqual(await helperStatuses("ErrorStatus"));
});
