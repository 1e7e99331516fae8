import { fileURLToPath } from "node:url";

/** The repository this tool lives in (dist/cli/x.js → ../../../..), wherever it is started from. */
export function rootDir(): string {
  return fileURLToPath(new URL("../../../..", import.meta.url));
}
