import type { Authenticator } from "./auth.js";
import type { CallRequest } from "./call-request.js";
import { requestIdOf } from "./error-body.js";
import { ImsError, ImsInvalidResponseError, ImsNetworkError, ImsTimeoutError, type ImsCallContext } from "./errors.js";
import { redactHeaders, type Log } from "./logger.js";
import { backoffDelay, isIdempotent, parseRetryAfter, type RetryPolicy } from "./retry.js";
import { sleep } from "./signals.js";

export type FetchFunction = (request: Request) => Promise<Response>;

/**
 * One call's state, shared by the client's method wrapper and the transport: the attempt count and
 * deadline hold across every attempt, including the wrapper's re-sends after a body cut short.
 */
export interface CallState {
  context: ImsCallContext;
  deadline: number;
  /** The number of the latest attempt (0 before the first). */
  attempt: number;
  /** The operation's traits in the generated route table ("job", "300"), if the contract has it. */
  traits?: string | undefined;
  /** The call's own fetch, used instead of the transport's. */
  fetch?: FetchFunction | undefined;
  /** While a 2xx body streams to the parser: ends its attempt's timeout once it is read. */
  release?: (() => void) | undefined;
  /**
   * For an error openapi-fetch threw after the transport answered: throws the error to report, or
   * waits and resolves when the call should be sent again. The client's method wrapper sets it
   * to rethrow before each send.
   */
  recover?: (error: unknown) => Promise<void>;
  /**
   * The Request the latest attempt gave a custom fetch, held until the call ends: Node 20's fetch
   * follows the signal of a Request it is given only while that Request lives, and a custom fetch
   * such as `(r) => fetch(r)` drops it, so after a garbage collection no timeout or abort reached it.
   */
  request?: Request | undefined;
}

// Errors that prove the request never left this machine, so even a POST may be sent again.
// (Tested against undefined too: reads "undefined", which matches none.)
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(NET|HOST)UNREACH)$/;
const utf8 = new TextEncoder();

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 5; e && typeof e === "object" && depth--; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

function describe(error: unknown, code: string | undefined): string {
  // Node's fetch says "fetch failed" and puts what happened in its cause.
  const e = error as { message?: unknown; cause?: { message?: unknown } } | undefined;
  const message = String(e?.cause?.message || e?.message || error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * The fetch that openapi-fetch calls: per-attempt auth (fresh signature or token), per-attempt and
 * total timeouts, retries with backoff, logging. openapi-fetch cannot re-send a request from a
 * middleware, which is why this lives here.
 */
export function createTransport(
  fetch: FetchFunction | undefined,
  auth: Authenticator | undefined,
  retry: RetryPolicy,
  /** Per attempt and for the whole call, in ms. */
  timeouts: { attempt: number; total: number },
  log: Log | undefined,
  /** Starts the state of a call whose request does not carry one (e.g. one a middleware sent through `options.fetch` itself). */
  newState: (method: string, path: string) => CallState,
): FetchFunction {
  // Controllers of attempts that ended unaborted with their answer read in full, for later attempts.
  // Node's fetch ties each new signal to its Request with a WeakRef and a finalizer: a controller
  // per attempt cost ~5 µs of CPU and GC per call. Each use leaves fetch's listener on the signal
  // until that finalizer runs (after a full GC), hence the cap on uses. Aborting a reused one later
  // reaches only finished requests whose bodies were read, where fetch and its socket ignore it.
  type Reusable = AbortController & { uses?: number };
  const idle: Reusable[] = [];

  return async function transport(request: Request | CallRequest): Promise<Response> {
    // The client's method wrapper hands each call's state over on the request.
    const handed = (request as { imsjsCall?: CallState }).imsjsCall;
    const state = handed ?? newState(request.method, new URL(request.url).pathname);
    const { context, deadline } = state;
    // The call's own fetch, else the client's.
    const custom = state.fetch ?? fetch;
    const { url } = request;
    const method = request.method.toUpperCase();
    const body =
      typeof request.body === "string" ? utf8.encode(request.body) : request.body && new Uint8Array(await (request as Request).arrayBuffer());
    // A CallRequest carries the caller's signal, if any; a Request always has one.
    const userSignal: AbortSignal | null | undefined = request.signal;
    // One Headers for every attempt: auth only ever sets, and AK/SK signatures go in a record of their own.
    // A CallRequest's came fresh from openapi-fetch for this call; a Request's belongs to its caller.
    const headers = request instanceof Request ? new Headers(request.headers) : request.headers;
    const started = Date.now();
    // An operation that starts a job is no more idempotent than a POST, whatever its method: sent
    // twice, it may start two jobs.
    const mayRepeat = (isIdempotent(method) && !state.traits?.includes("job")) || retry.retryNonIdempotent;
    // Waits before the next attempt; false when there is none to make (not retryable, attempts
    // used up, or the wait would end past the deadline).
    const pause = async (retryable: boolean, reason: string, delay = backoffDelay(retry, state.attempt)): Promise<boolean> => {
      if (!retryable || state.attempt >= retry.maxAttempts || Date.now() + delay >= deadline) return false;
      log?.("warn", "ims retry", { method, url, attempt: state.attempt, delayMs: delay, reason });
      await sleep(delay, userSignal);
      return true;
    };
    // After a failed attempt, or a 2xx body that broke off while streaming (`cutShort`): waits for
    // the next attempt, or throws what to report. Only timeouts and network failures may go again;
    // anything else (a contract violation from validateResponses, a middleware's error) stands.
    // `unsent`: the attempt ended before sending (a login timed out), so even a POST may go again.
    const again = async (error: unknown, signal: AbortSignal | undefined, cutShort: boolean, unsent?: boolean): Promise<void> => {
      userSignal?.throwIfAborted();
      const timedOut = signal?.aborted;
      const code = causeCode(error);
      if (!(error instanceof TypeError || (cutShort ? (error as Error)?.name === "AbortError" || error === signal?.reason : timedOut || code))) throw error;
      const failure: Error = timedOut
        ? (signal?.reason as ImsTimeoutError)
        : new ImsNetworkError(`${method} ${context.path}: ${cutShort ? "the answer's body was cut short: " : ""}${describe(error, code)}`, context, { cause: error });
      // Only a timeout has a kind (a caller's abort was thrown above).
      if (!(await pause((failure as ImsTimeoutError).kind !== "total" && (mayRepeat || unsent || (!cutShort && !timedOut && NOT_SENT.test(code as string))), failure.message))) throw failure;
    };
    let answer: Response | undefined;
    let bodySignal: AbortSignal | undefined;
    state.recover = async (error) => {
      if (!answer || answer.status >= 300) throw error;
      if (error instanceof SyntaxError) {
        // openapi-fetch parses 2xx bodies itself; a body that is not the JSON it claims surfaces here.
        throw new ImsInvalidResponseError(`${method} ${context.path}: the ${answer.status} answer is not valid JSON (${error.message})`, answer.status, requestIdOf(answer), context, {
          cause: error,
        });
      }
      await again(error, bodySignal, true);
    };
    let refreshAuth = false;
    let renewed = false;
    for (;;) {
      const attempt = ++state.attempt;
      userSignal?.throwIfAborted();
      // One controller per attempt (new, or one an earlier attempt left unaborted), fed by the
      // caller's signal and both timeouts: AbortSignal.any() chains per request cost more.
      const attemptCtl: Reusable = idle.pop() ?? new AbortController();
      const signal = attemptCtl.signal;
      const left = deadline - Date.now();
      // The limit that ends first.
      const kind = left < timeouts.attempt ? "total" : "attempt";
      const attemptTimer = setTimeout(
        () => attemptCtl.abort(new ImsTimeoutError(kind, timeouts[kind], context)),
        // Below 1 (past the deadline) fires at once, as 0 would.
        Math.min(left, timeouts.attempt),
      );
      const onUserAbort = (): void => attemptCtl.abort(userSignal?.reason);
      // Taken off again by release(), which every attempt reaches.
      userSignal?.addEventListener("abort", onUserAbort);
      let response: Response | undefined;
      let failed: unknown;
      let streaming = false;
      let sending = false;
      try {
        const signed = (await auth?.apply({ method, url, headers, body, signal }, refreshAuth)) ?? headers;
        refreshAuth = false;
        log?.("debug", "ims request", { method, url, attempt, headers: redactHeaders(new Headers(signed)) });
        sending = true;
        // IMS documents no redirect, and a followed one would carry X-Auth-Token or X-Security-Token
        // to the Location's host (fetch drops only Authorization across origins): the 3xx is the
        // answer, an ImsError. (In browsers "manual" gives an opaque answer of status 0 instead.)
        const init: RequestInit = { method, headers: signed, body: body as BodyInit | null, signal, redirect: "manual" };
        // Without a custom fetch, the global one gets URL and init directly: building a Request first
        // only for fetch to build another was a measurable share of the per-call overhead.
        const sent = await (custom ? custom((state.request = new Request(url, init))) : globalThis.fetch(url, init));
        // A 2xx body streams straight to the parser (buffering it cost ~100 µs per 100-image page);
        // its timeout stays armed until the client has read it. Other answers are read here, and
        // so is every answer of a call whose state no one else holds: none would end its timer.
        streaming = !!handed && sent.status < 300 && !!sent.body;
        // Read here: a copy of the answer with the whole body (an empty one stays null: a 304 or
        // 1xx answer may not carry one).
        const bytes = !streaming && sent.body && (await sent.arrayBuffer());
        response = answer = bytes ? Object.defineProperty(new Response(bytes.byteLength ? bytes : null, sent), "url", { value: sent.url }) : sent;
      } catch (error) {
        failed = error;
      } finally {
        const release = (): void => {
          clearTimeout(attemptTimer);
          userSignal?.removeEventListener("abort", onUserAbort);
          state.release = undefined;
          // Not after a body left unread (parseAs "stream", 204) or read here into a copy: aborting
          // could still cut the former off. (-~n is n + 1, with undefined counting as 0.)
          if (response?.bodyUsed && !signal.aborted && (attemptCtl.uses = -~attemptCtl.uses!) < 16 && idle.length < 64) idle.push(attemptCtl);
        };
        if (streaming) {
          state.release = release;
          bodySignal = signal;
        } else {
          release();
        }
      }
      if (!response) {
        // Nothing was sent: a refused IAM login or a signing failure stands as it is (retrying a
        // refused password only counts towards locking the user); a login that failed on the
        // network, or that IAM answered with a retryable status (503, 429), may go again, whatever
        // the method, as IMS saw nothing. This attempt's own signal (a timeout, the caller's abort)
        // ending it takes the usual path.
        if (!sending && !signal.aborted) {
          if ((failed instanceof ImsNetworkError || (failed instanceof ImsError && retry.statuses.has(failed.status))) && (await pause(true, failed.message))) continue;
          throw failed;
        }
        // After `finally`: this attempt's timer and listener are released before any wait.
        await again(failed, signal, false, !sending);
        continue;
      }

      const status = response.status;
      log?.(status >= 400 ? "info" : "debug", "ims response", {
        method,
        url,
        status,
        attempt,
        ms: Date.now() - started,
        requestId: requestIdOf(response),
      });
      const why = status === 401 && !renewed ? await auth?.renew(response) : undefined;
      if (why) {
        renewed = refreshAuth = true;
        log?.("warn", why, { method, url });
        continue;
      }
      // 429 is the gateway's throttle: the call was refused, not run, so a POST may go again too.
      if (!retry.statuses.has(status) || !(mayRepeat || status === 429)) return response;
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      if (!(await pause(!(retryAfter! > retry.maxRetryAfterMs), `HTTP ${status}`, retryAfter))) return response;
      await response.body?.cancel();
    }
  };
}
