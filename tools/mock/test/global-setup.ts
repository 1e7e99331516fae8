import type { TestProject } from "vitest/node";
import { startMock } from "../src/index.js";


// One Prism per test project, on a free port; the returned teardown stops it, and the mock's
// own safeguards stop it if the runner dies first.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock();
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
