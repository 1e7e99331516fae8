// Prism in proxy mode on the bundled contract: forwards every call to the upstream, and turns
// the violations Prism logs into records. Binds loopback only, never outlives its parent.
import { MockStartError, startProxy } from "@imsjs/mock";

export { MockStartError as ProxyStartError };

/** `response.body.images.0` → `{ direction: "response", location: "body", pointer: "/images/0" }`. */
export function parseLocation(dotted) {
  const [direction, location = "", ...rest] = dotted.split(".");
  return { direction, location, pointer: rest.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("") };
}

const REQUEST = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/;
const VIOLATION = /\[VALIDATOR\].*Violation: (\S+) (.*)$/;

/**
 * Starts Prism in proxy mode (through `@imsjs/mock`, which keeps it on loopback and never lets it
 * outlive us). `violations` fills as calls go through; each names the call (`GET /v2/cloudimages`)
 * it was logged under, in log order.
 */
export async function startContractProxy(options) {
  const violations = [];
  let current = "(unknown call)";
  const proxy = await startProxy({
    ...options,
    onLog(line) {
      options.onLog?.(line);
      const request = REQUEST.exec(line);
      if (request) current = `${request[1].toUpperCase()} ${request[2]}`;
      const found = VIOLATION.exec(line);
      if (found) {
        const violation = { call: current, ...parseLocation(found[1]), message: found[2].trim() };
        violations.push(violation);
        options.onViolation?.(violation);
      }
    },
  });
  return { ...proxy, violations };
}
