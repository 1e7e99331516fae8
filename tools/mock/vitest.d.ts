// What tools/mock/test/global-setup.ts provides to the tests of the projects that use it.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}
