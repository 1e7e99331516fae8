import { describe, expectTypeOf, it } from "vitest";
import type { components, operations } from "../src/index.js";

// Compile-time checks: `pnpm typecheck` (tsc) fails if an expected type is wrong, or if a line
// marked @ts-expect-error compiles. The bodies sit in a function that never runs.
type S = components["schemas"];

describe("generated types", () => {
  it("type free-form objects by what they hold, never as Record<string, never>", () => {
    // The v1 custom attributes are strings, as the docs say.
    expectTypeOf<NonNullable<S["GlanceV1Image"]["properties"]>>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<NonNullable<S["GlanceV1Image"]["properties"]>["__os_version"]>().toEqualTypeOf<string>();
    // Objects whose members the spec does not describe are unknown, to be narrowed by the reader.
    expectTypeOf<NonNullable<S["GlanceImage"]["properties"]>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<NonNullable<S["SchemaDocument"]["properties"]>[string]>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("name API Gateway's members on the OpenStack error body, which the gateway answers for those calls too", () => {
    expectTypeOf<NonNullable<S["OpenStackError"]["error_code"]>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<S["OpenStackError"]["error_msg"]>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<S["OpenStackError"]["request_id"]>>().toEqualTypeOf<string>();
    // The gateway's own statuses too: the typed error of an OpenStack call stays that one body.
    expectTypeOf<operations["glanceListImages"]["responses"][429]["content"]["application/json"]>().toEqualTypeOf<S["OpenStackError"]>();
    expectTypeOf<operations["listVersions"]["responses"][504]["content"]["application/json"]>().toEqualTypeOf<S["OpenStackError"]>();
  });

  it("refuse a body that names none of the members the spec asks for at least one of", () => {
    const bodies = () => {
      // @ts-expect-error createImage needs a source: an ECS, a file, a volume or data disks
      const noSource: S["CreateImageRequest"] = { name: "web" };
      const fromEcs: S["CreateImageRequest"] = { name: "web", instance_id: "i" };
      const dataDisksOnly: S["CreateImageRequest"] = { data_images: [{ name: "d", volume_id: "v" }], instance_id: "i" };
      // @ts-expect-error createWholeImage needs an ECS or a backup
      const noWholeSource: S["CreateWholeImageRequest"] = { name: "whole" };
      const fromBackup: S["CreateWholeImageRequest"] = { name: "whole", backup_id: "b" };
      // @ts-expect-error createOrUpdateTags needs one of the two tag forms
      const noTag: S["CreateOrUpdateTagsRequest"] = { image_id: "x" };
      const stringTag: S["CreateOrUpdateTagsRequest"] = { image_id: "x", tag: "k.v" };
      const objectTag: S["CreateOrUpdateTagsRequest"] = { image_id: "x", image_tag: { key: "k", value: "v" } };
      // @ts-expect-error batchAddMembers needs projects, domains or organizations
      const noOne: S["ImageMembersRequest"] = { images: ["i"] };
      const toProjects: S["ImageMembersRequest"] = { images: ["i"], projects: ["p"] };
      const toOrganizations: S["ImageMembersRequest"] = { images: ["i"], organizations: ["o"] };
      // @ts-expect-error a v2.0 patch item names its operation (replace, add or remove)
      const noOperation: S["GlancePatchV20Operation"] = { value: "n" };
      const replace: S["GlancePatchV20Operation"] = { replace: "/name", value: "n" };
      const remove: S["GlancePatchV20Operation"] = { remove: "/__description" };
      // The members keep their own types inside the alternatives.
      // @ts-expect-error instance_id is a string
      const wrongType: S["CreateImageRequest"] = { name: "web", instance_id: 1 };
      return [noSource, fromEcs, dataDisksOnly, noWholeSource, fromBackup, noTag, stringTag, objectTag, noOne, toProjects, toOrganizations, noOperation, replace, remove, wrongType];
    };
    expectTypeOf(bodies).toBeFunction();
  });
});
