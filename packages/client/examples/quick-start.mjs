// Runnable as is against the local mock: `pnpm mock` in one terminal, then
// `node packages/client/examples/quick-start.mjs` (after `pnpm build`).
import { createImsClient, ImsError, paginate } from "@imsjs/client";

const ims = createImsClient({
  endpoint: process.env.IMS_ENDPOINT ?? "http://127.0.0.1:4010", // or region: "ap-southeast-1"
  projectId: "0b1e494e2660441a957313163095fe5c",
  credentials: { token: "any-token-the-mock-accepts" }, // or { ak, sk } — see Credentials
});

// One typed call: query parameters, answer and errors all follow the contract.
const { data } = await ims.GET("/v2/cloudimages", { params: { query: { __imagetype: "gold", limit: 5 } } });
console.log("first page:", data.images.map((image) => image.name));

// Every image, page after page (stops on the last page).
const ids = [];
for await (const image of paginate(ims, "/v2/cloudimages", { params: { query: { __imagetype: "private" } } })) ids.push(image.id);
console.log("private images:", ids.length);

// Refusals are thrown as ImsError, with the IMS code and the request ID.
try {
  await ims.GET("/v2/cloudimages", { params: { query: { limit: 0 } } });
} catch (error) {
  if (!(error instanceof ImsError)) throw error;
  console.log("refused:", error.status, error.code, error.operationId);
}
