import { describe, expectTypeOf, it } from "vitest";
import {
  createIamTokenProvider,
  createImageAndWait,
  createImsClient,
  paginate,
  waitForJob,
  type components,
  type ImsClient,
  type ImsError,
  type ImsCredentials,
  type Job,
  type JobFailedError,
  type PageItem,
  type TokenProvider,
} from "../src/index.js";

// Compile-time checks: `pnpm typecheck` (tsc) fails if a line marked @ts-expect-error compiles, or
// if an expected type is wrong. The calls sit in functions that never run.
const c = createImsClient({ endpoint: "http://127.0.0.1:1" });
const returning = createImsClient({ endpoint: "http://127.0.0.1:1", throwOnError: false });
type Image = components["schemas"]["Image"];
type ImageList = { images: Image[] };

describe("typed calls", () => {
  // The spec's defaults are what IMS assumes when a member is left out: such members are optional.
  it("request members with a default may be left out", () => {
    const minimal = () => {
      void c.POST("/v1/cloudimages/dataimages/action", { body: { name: "logs", image_url: "images:logs.qcow2", min_disk: 100 } });
      void c.POST("/v2/images", { body: { name: "glance-image" } });
    };
    expectTypeOf(minimal).toBeFunction();
  });

  it("wrong parameter names, values and body fields do not compile", () => {
    const wrong = () => {
      // @ts-expect-error `limitt` is not a query parameter of listImages
      void c.GET("/v2/cloudimages", { params: { query: { limitt: 1 } } });
      // @ts-expect-error "everything" is not an image type
      void c.GET("/v2/cloudimages", { params: { query: { __imagetype: "everything" } } });
      // @ts-expect-error limit is a number
      void c.GET("/v2/cloudimages", { params: { query: { limit: "10" } } });
      // @ts-expect-error `nam` is not a field of the create-image body
      void c.POST("/v2/cloudimages/action", { body: { nam: "web", instance_id: "i" } });
      // @ts-expect-error the job ID is required
      void c.GET("/v1/cloudimages/job/{job_id}", { params: { path: {} } });
      // @ts-expect-error `image` is not the path parameter's name
      void c.PATCH("/v2/cloudimages/{image_id}", { params: { path: { image: "x" } }, body: [] });
      // @ts-expect-error no such path
      void c.GET("/v2/cloudimage");
      // @ts-expect-error listImages is a GET, not a DELETE
      void c.DELETE("/v2/cloudimages");
      // @ts-expect-error offset and limit go in the body as strings
      void c.POST("/v2/{project_id}/images/resource_instances/action", { body: { action: "filter", limit: 10 } });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it("right calls compile, with project_id optional and typed answers", () => {
    const right = async () => {
      const { data } = await c.GET("/v2/cloudimages", { params: { query: { __imagetype: "private", limit: 10 } } });
      expectTypeOf(data).toEqualTypeOf<ImageList>();
      await c.GET("/v1/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j" } } });
      await c.GET("/v1/{project_id}/cloudimages/quota");
    };
    expectTypeOf(right).toBeFunction();
  });

  it("a returned error is typed as IMS's error body, API Gateway's, or the ImsError for a body that is neither", () => {
    const returned = async () => {
      const { error } = await createImsClient({ endpoint: "http://127.0.0.1:1", throwOnError: false }).GET("/v2/cloudimages");
      expectTypeOf(error).toEqualTypeOf<components["schemas"]["ImsError"] | ImsError | undefined>();
      expectTypeOf<{ error_code: string; error_msg: string; request_id?: string }>().toExtend<NonNullable<typeof error>>();
      expectTypeOf<{ error: { code: string; message: string } }>().toExtend<NonNullable<typeof error>>();
      if (!error) return;
      if ("error_code" in error) {
        expectTypeOf(error.error_msg).toEqualTypeOf<string>();
        return;
      }
      // @ts-expect-error an HTML page or an empty body came back as the ImsError, which has no `error`
      void error.error.code;
      if ("error" in error) expectTypeOf(error.error.code).toEqualTypeOf<string>();
      else expectTypeOf(error).toEqualTypeOf<ImsError>();
    };
    expectTypeOf(returned).toBeFunction();
  });

  it("a Glance operation's returned error is its JSON body or the ImsError, never the text/plain body its spec also documents", () => {
    const returned = async () => {
      const { data, error } = await returning.GET("/v2/images");
      expectTypeOf(error).toEqualTypeOf<components["schemas"]["OpenStackError"] | ImsError | undefined>();
      if (error) {
        if ("error_code" in error) expectTypeOf(error.error_code).toEqualTypeOf<string | undefined>();
        return;
      }
      expectTypeOf(data.images).toBeArray();
    };
    expectTypeOf(returned).toBeFunction();
  });

  it("the versions, which IMS answers with 300 Multiple Choices, are typed as data", () => {
    const versions = async () => {
      const list = await c.GET("/");
      expectTypeOf(list.data).toEqualTypeOf<components["schemas"]["ApiVersionList"]>();
      const one = await c.GET("/{version}", { params: { path: { version: "v2.0" } } });
      expectTypeOf(one.data).toEqualTypeOf<components["schemas"]["ApiVersionList"]>();
    };
    expectTypeOf(versions).toBeFunction();
  });
});

describe("request bodies that are not JSON", () => {
  // openapi-fetch sends application/json unless the call names another type: IMS answered 415.
  it("need the call to name their Content-Type, one the operation takes", () => {
    const image = { params: { path: { image_id: "img" } } };
    const patch = [{ op: "replace" as const, path: "/name", value: "web" }];
    const bytes = new Uint8Array(4);
    const calls = () => {
      void c.PATCH("/v2/images/{image_id}", { ...image, headers: { "Content-Type": "application/openstack-images-v2.1-json-patch" }, body: patch });
      void c.PATCH("/v2/images/{image_id}", { ...image, headers: { "content-type": "application/openstack-images-v2.0-json-patch" }, body: [{ replace: "name", value: "web" }] });
      void c.PUT("/v2/images/{image_id}/file", { ...image, headers: { "Content-Type": "application/octet-stream", "X-Extra": "1" }, body: bytes });
      void c.request("patch", "/v2/images/{image_id}", { ...image, headers: { "Content-Type": "application/openstack-images-v2.1-json-patch" }, body: patch });
      // A Headers object, as openapi-fetch takes it, whose content the types cannot see.
      void c.PATCH("/v2/images/{image_id}", { ...image, headers: new Headers({ "Content-Type": "application/openstack-images-v2.1-json-patch" }), body: patch });
      // @ts-expect-error Glance's PATCH takes a JSON patch media type, which the call must name
      void c.PATCH("/v2/images/{image_id}", { ...image, body: patch });
      // @ts-expect-error application/json is not one of its media types
      void c.PATCH("/v2/images/{image_id}", { ...image, headers: { "Content-Type": "application/json" }, body: patch });
      // @ts-expect-error the same through request()
      void c.request("patch", "/v2/images/{image_id}", { ...image, body: patch });
      // @ts-expect-error the file upload is application/octet-stream
      void c.PUT("/v2/images/{image_id}/file", { ...image, body: bytes });
      // JSON bodies need no header, and may still name one.
      void c.PATCH("/v2/cloudimages/{image_id}", { params: { path: { image_id: "img" } }, body: [] });
      void c.POST("/v2/cloudimages/action", { headers: { "X-Client-Token": "t" }, body: { name: "web", instance_id: "i" } });
      void c.GET("/v2/cloudimages");
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe("throwOnError", () => {
  it("a client that throws (the default, or true) always resolves to data", () => {
    const throwing = createImsClient({ endpoint: "http://127.0.0.1:1", throwOnError: true });
    const calls = async () => {
      for (const answer of [await c.GET("/v2/cloudimages"), await throwing.GET("/v2/cloudimages"), await c.request("get", "/v2/cloudimages")]) {
        expectTypeOf(answer.data).toEqualTypeOf<ImageList>();
        expectTypeOf(answer.error).toEqualTypeOf<undefined>();
      }
      const { data } = await c.POST("/v2/cloudimages/action", { body: { name: "web", instance_id: "i" } });
      expectTypeOf(data.job_id).toEqualTypeOf<string>();
    };
    expectTypeOf(calls).toBeFunction();
    expectTypeOf(c).toEqualTypeOf<ImsClient>();
    expectTypeOf(throwing).toEqualTypeOf<ImsClient<true>>();
  });

  it("throwOnError: false keeps openapi-fetch's data-or-error answer", () => {
    const calls = async () => {
      for (const answer of [await returning.GET("/v2/cloudimages"), await returning.request("get", "/v2/cloudimages")]) {
        expectTypeOf(answer.data).toEqualTypeOf<ImageList | undefined>();
        if (answer.error) {
          expectTypeOf(answer.error).toEqualTypeOf<components["schemas"]["ImsError"] | ImsError>();
          return;
        }
        expectTypeOf(answer.data).toEqualTypeOf<ImageList>();
      }
    };
    expectTypeOf(calls).toBeFunction();
    expectTypeOf(returning).toEqualTypeOf<ImsClient<false>>();
  });

  it("a throwOnError known only at run time gives the data-or-error answer", () => {
    const flag = Math.random() > 0.5;
    const either = createImsClient({ endpoint: "http://127.0.0.1:1", throwOnError: flag, middleware: [{ onRequest: () => undefined }] });
    const calls = async () => {
      expectTypeOf((await either.GET("/v2/cloudimages")).data).toEqualTypeOf<ImageList | undefined>();
    };
    expectTypeOf(calls).toBeFunction();
  });

  it("a client that returns errors is not taken for one that throws them", () => {
    expectTypeOf<ImsClient<false>>().not.toExtend<ImsClient>();
    expectTypeOf<ImsClient>().toExtend<ImsClient<boolean>>();
    expectTypeOf<ImsClient<false>>().toExtend<ImsClient<boolean>>();
  });

  it("paginate, waitForJob and the …AndWait helpers take either client", () => {
    const helpers = async () => {
      for (const client of [c, returning]) {
        expectTypeOf(paginate(client, "/v2/cloudimages")).toEqualTypeOf<AsyncIterable<Image>>();
        expectTypeOf(await waitForJob(client, "j")).toEqualTypeOf<Job>();
        expectTypeOf(await createImageAndWait(client, { body: { name: "web", instance_id: "i" } })).toEqualTypeOf<Job>();
      }
    };
    expectTypeOf(helpers).toBeFunction();
  });
});

describe("helpers", () => {
  it("paginate yields each operation's item type and only accepts list operations", () => {
    expectTypeOf<PageItem<"/v2/cloudimages">>().toEqualTypeOf<Image>();
    expectTypeOf<PageItem<"/v1/cloudimages/tags">>().toEqualTypeOf<string>();
    expectTypeOf(paginate(c, "/v2/cloudimages")).toEqualTypeOf<AsyncIterable<Image>>();
    const wrong = () => {
      // @ts-expect-error createImage is not a list operation
      paginate(c, "/v2/cloudimages/action");
      // @ts-expect-error the members list needs its image_id
      paginate(c, "/v1/{project_id}/cloudimages/{image_id}/members");
      // @ts-expect-error `limitt` is not a query parameter
      paginate(c, "/v2/cloudimages", { params: { query: { limitt: 5 } } });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it("waiters resolve to the job, and a failed one's error carries it typed", () => {
    expectTypeOf(waitForJob).returns.resolves.toEqualTypeOf<Job>();
    // `job` was `unknown`: reading a failed job's sub-jobs took a cast.
    expectTypeOf<JobFailedError["job"]>().toEqualTypeOf<Job>();
    expectTypeOf(createImageAndWait).returns.resolves.toEqualTypeOf<Job>();
    const wrong = () => {
      // @ts-expect-error createImageAndWait takes the createImage body
      void createImageAndWait(c, { body: { nam: "x" } });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it("credentials are AK/SK, a token or a token provider, and nothing else", () => {
    expectTypeOf<{ ak: string; sk: string }>().toExtend<ImsCredentials>();
    expectTypeOf<{ ak: string; sk: string; securityToken: string }>().toExtend<ImsCredentials>();
    expectTypeOf<{ token: string }>().toExtend<ImsCredentials>();
    expectTypeOf<{ getToken: () => Promise<string> }>().toExtend<ImsCredentials>();
    expectTypeOf<{ password: string }>().not.toExtend<ImsCredentials>();
  });

  // The client always passes getToken its options: the README's provider destructures them.
  it("a token provider may destructure getToken's options; the IAM provider's getToken needs none", () => {
    const destructuring: TokenProvider = { getToken: async ({ forceRefresh, refusedToken, signal }) => (forceRefresh && refusedToken && signal ? "new" : "old") };
    const optional: TokenProvider = { getToken: async (options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? "new" : "old") };
    expectTypeOf([destructuring, optional]).toExtend<ImsCredentials[]>();
    const iam = createIamTokenProvider({ region: "ap-southeast-1", credentials: { ak: "a", sk: "b" } });
    expectTypeOf(iam.getToken).toBeCallableWith();
    expectTypeOf(iam).toExtend<TokenProvider>();
  });
});
