import { fileURLToPath } from "node:url";

/** The repository root: pnpm sets INIT_CWD to where the command was typed. */
export function rootDir(): string {
  return process.env.INIT_CWD ?? fileURLToPath(new URL("../../../..", import.meta.url));
}
