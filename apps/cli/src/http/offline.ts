import { OfflineHeaders } from "./offline-headers.js";
import { OfflineRequest } from "./offline-request.js";

// Node 20 loads undici, its fetch, the first time `Request`, `Headers`, `fetch` or `FormData` is
// touched, which costs `--dry-run` about as long again as node's own start-up. A dry run sends
// nothing, so in the `ims` process the client builds its request with Fetch-standard stand-ins
// instead; the library entry (`run()` in someone else's process) never swaps their globals.

let allowed = false;

/** Called by the `ims` binary only: the process is ours, so a dry run may replace fetch's globals. */
export function allowOfflineGlobals(): void {
  allowed = true;
}

class OfflineFormData {
  constructor() {
    throw new TypeError("FormData is not available in a dry run");
  }
}

async function neverSend(): Promise<never> {
  throw new TypeError("dry run: nothing is sent");
}

/**
 * Before the client is made for `--dry-run`: replaces `Request`, `Headers`, `FormData` and `fetch`
 * for the rest of the process, if the binary allowed it. Returns whether it did.
 */
export function useOfflineGlobals(): boolean {
  if (!allowed) return false;
  const define = (name: string, value: unknown): void => void Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  define("Headers", OfflineHeaders);
  define("Request", OfflineRequest);
  define("FormData", OfflineFormData);
  define("fetch", neverSend);
  return true;
}
