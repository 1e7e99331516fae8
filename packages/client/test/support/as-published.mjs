// The package as a consumer imports it: by name, through package.json `exports`, to the built .d.ts.
export * from "@imsjs/client";
