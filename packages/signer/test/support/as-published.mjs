// The package as a browser bundler resolves it: by name, through package.json `exports`, where the
// `browser` condition picks dist/browser/index.js.
export * from "@imsjs/signer";
