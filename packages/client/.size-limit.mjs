// size-limit's esbuild step builds an IIFE by default. This package ships ES modules only, and what
// browsers get from Vite, Rollup or esbuild is an ES-module bundle, so that is what is measured. (An
// IIFE also carries esbuild's CommonJS-interop helpers for the external `import("@imsjs/contract")`,
// which no ES-module bundle has.) @imsjs/contract is an optional peer, which size-limit leaves out.
const esm = (config) => ({ ...config, format: "esm", platform: "browser" });

export default [
  {
    name: "createImsClient + signer + openapi-fetch (browser bundle)",
    path: "dist/index.js",
    import: "{ createImsClient }",
    limit: "10.00 kB",
    gzip: true,
    modifyEsbuildConfig: esm,
  },
  {
    name: "every export (paginate, waiters, IAM token provider too)",
    path: "dist/index.js",
    limit: "13.15 kB",
    gzip: true,
    modifyEsbuildConfig: esm,
  },
];
