import { expect, it } from "vitest";
import { parseNpmNotice } from "../src/npm-notice.js";

const stderr = `npm notice
npm notice 📦  @imsjs/signer@0.2.0
npm notice Tarball Contents
npm notice 1.1kB LICENSE
npm notice 2.4kB dist/index.js
npm notice Tarball Details
npm notice name: @imsjs/signer
npm notice version: 0.2.0
npm notice package size: 15.4 kB
npm notice unpacked size: 45.8 kB
npm notice total files: 2
npm notice
npm warn publish This command requires you to be logged in (dry-run)
npm notice 📦  plain@1.0.0-beta.1
npm notice Tarball Contents
npm notice 10B index.js
npm notice Tarball Details
npm notice total files: 1
`;

it("reads one tarball per package block, with files and sizes", () => {
  expect(parseNpmNotice(stderr)).toEqual([
    {
      name: "@imsjs/signer",
      version: "0.2.0",
      files: [
        { size: "1.1kB", path: "LICENSE" },
        { size: "2.4kB", path: "dist/index.js" },
      ],
      packageSize: "15.4 kB",
      unpackedSize: "45.8 kB",
      totalFiles: 2,
    },
    { name: "plain", version: "1.0.0-beta.1", files: [{ size: "10B", path: "index.js" }], totalFiles: 1 },
  ]);
});

it("ignores output that is not an npm notice", () => {
  expect(parseNpmNotice("+ @imsjs/signer@0.2.0\nsomething else\n")).toEqual([]);
});
