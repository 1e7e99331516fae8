import { afterAll } from "vitest";
import { removeTempHomes } from "./run.js";

// Each test file makes dozens of config homes under the system's temp directory; none may outlive it.
afterAll(removeTempHomes);
