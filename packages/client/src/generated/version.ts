/* Generated from package.json by `pnpm generate` (tools/release/scripts/version-module.mjs). Do not edit: `pnpm release:version` rewrites it. */

/** The version of @imsjs/client, as published. */
export const VERSION: string = "0.0.0";
