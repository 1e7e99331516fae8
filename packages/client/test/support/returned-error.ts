// Compiled by published-types.test.ts against the built declarations, as a strict project sees them:
// a client made with `throwOnError: false` returns as `error` either a JSON object body or the
// ImsError it would have thrown (text, HTML, an empty body), so `error` is an object everywhere,
// the Glance operations' `text/plain` answers included.
import { createImsClient, ImsError } from "@imsjs/client";

const ims = createImsClient({ endpoint: "http://127.0.0.1:1", throwOnError: false });
const image_id = "4a5c4e3e-f8f4-4d6b-8d2b-2f1a7a3b1c9d";

// Never called: only compiled.
export async function glanceListImages(): Promise<number> {
  // The client README's way, on an operation whose spec also documents text/plain error bodies.
  const { data, error } = await ims.GET("/v2/images");
  if (error) {
    if (error instanceof ImsError) console.log(error.status, error.message);
    else if ("error_code" in error) console.log(error.error_code, error.error_msg);
    else console.log(error.message);
    return 0;
  }
  return data.images.length;
}

export async function everyMethod(): Promise<object[]> {
  const answers = [
    await ims.GET("/v2/images/{image_id}", { params: { path: { image_id } } }),
    await ims.PATCH("/v2/images/{image_id}", { params: { path: { image_id } }, body: [], headers: { "Content-Type": "application/openstack-images-v2.1-json-patch" } }),
    await ims.DELETE("/v2/images/{image_id}/tags/{tag}", { params: { path: { image_id, tag: "t" } } }),
    await ims.PUT("/v2/images/{image_id}/tags/{tag}", { params: { path: { image_id, tag: "t" } } }),
    await ims.POST("/v2/images", { body: {} }),
    await ims.HEAD("/v1/images/{image_id}", { params: { path: { image_id } } }),
    await ims.GET("/"),
    await ims.request("get", "/v2/schemas/image"),
    await ims.GET("/v2/cloudimages"),
  ];
  // A returned error is no string, no undefined: `if (error)` catches every one.
  return answers.flatMap(({ error }) => (error ? [error satisfies object] : []));
}
