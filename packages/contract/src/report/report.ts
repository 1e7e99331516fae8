import { ContractInputError } from "../errors.js";
import { contractServers } from "../generated/operations.js";
import { pathOf } from "../router.js";
import { normalizeHeaders } from "../http.js";
import type { Exchange } from "../traffic/exchange.js";
import { validateRequest, validateResponse, type ValidationResult } from "../validate.js";
import { contractOperations } from "../validate.js";
import type { ContractViolation } from "../violations.js";

/** Violations of one kind at one place, counted; array indexes in the pointer become `*`. */
export interface ViolationSummary {
  direction: "request" | "response";
  /** The status of the answers concerned (responses only). */
  status?: number;
  location: ContractViolation["location"];
  /** Pointer of the first occurrence, e.g. `/images/0/status`. */
  pointer: string;
  /** Pointer with array indexes as `*`, e.g. `/images/* /status` without the space. */
  pattern: string;
  keyword: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
  count: number;
  /** Where it was first seen (`file.har#3`, `file.ndjson:12`). */
  firstSeen: string;
}

export interface OperationReport {
  operationId: string;
  method: string;
  path: string;
  checked: number;
  valid: number;
  invalid: number;
  violations: ViolationSummary[];
}

export interface UnmatchedExchange {
  method: string;
  path: string;
  /** Set when the host put the exchange outside the contract (`console.huaweicloud.com`). */
  host?: string;
  /** Why: no path of the contract, or a path that takes other methods. */
  reason: string;
  count: number;
  firstSeen: string;
}

/** An entry or line that is not an exchange (a status of -1, no method, bad base64): not checked. */
export interface UnreadableExchange {
  /** `file.har#3` (entry) or `file.ndjson:12` (line). */
  source: string;
  /** What is wrong; never quotes the recording. */
  reason: string;
}

export interface TrafficReport {
  files: string[];
  totals: {
    exchanges: number;
    checked: number;
    valid: number;
    invalid: number;
    unknownRoutes: number;
    unanswered: number;
    /**
     * CORS preflights to IMS (`OPTIONS` with `Access-Control-Request-Method`): a browser sends them
     * before a cross-origin call, the application never does, so they are counted, not checked.
     */
    preflights: number;
    /** Entries or lines that could not be read as exchanges. */
    unreadable: number;
    operationsSeen: number;
    operationsInContract: number;
  };
  operations: OperationReport[];
  /** Traffic the contract does not describe: always listed, never dropped. */
  unknownRoutes: UnmatchedExchange[];
  /** Recorded requests that got no answer (HAR status 0). */
  unanswered: UnmatchedExchange[];
  /** The first 500 (`MAX_DISTINCT`) entries or lines that are not exchanges; `totals.unreadable` counts all. */
  unreadable: UnreadableExchange[];
  /** Exchanges to unknown paths beyond the first 500 (`MAX_DISTINCT`) distinct ones: in the totals, not listed. */
  moreUnknownRoutes: number;
}

/** How many distinct unknown paths are listed one by one; memory must not grow with traffic. */
export const MAX_DISTINCT = 500;

const indexPattern = (pointer: string): string => pointer.replace(/\/\d+(?=\/|$)/g, "/*");

/** What `new ReportBuilder()` counts as IMS traffic. */
export interface ReportOptions {
  /**
   * More hosts whose traffic is IMS traffic, beside the contract's servers: `127.0.0.1`,
   * `localhost:4010` (that port only), `::1`, `example.com:443` (`https://example.com/` too), a
   * private endpoint. Loopback is not IMS unless named here.
   */
  hosts?: readonly string[] | undefined;
}

// Each `{variable}` of a server URL stands for one DNS label. Huawei Cloud Europe serves the same
// API under `myhuaweicloud.eu` (`ims.eu-west-101.myhuaweicloud.eu`), which the spec does not list.
const serverHosts = contractServers.flatMap((url) => {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1];
  if (!host) return [];
  const source = host
    .split(/\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
    .join("[a-z0-9-]+")
    .replace(/\\\.myhuaweicloud\\\.com$/i, "\\.myhuaweicloud\\.(?:com|eu)");
  return [new RegExp(`^${source}$`, "i")];
});

// People and recorders spell one host several ways (`::1` where a URL has `[::1]`, a fully qualified
// `name.`, any case); `hosts` and URLs both go through this so that they compare equal.
const normalHost = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^[^[]*:.*:.*$/, "[$&]")
    .replace(/\.(?=(?::\d*)?$)/, "");

/**
 * An absolute URL's host as shown, its hostname, and `hostname:port` with the scheme's default port
 * filled in, so `example.com:443` names `https://example.com/`; undefined for a bare path.
 */
function hostOf(url: string): [string, string, string] | undefined {
  const [, scheme, authority] = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url) ?? [];
  if (authority === undefined) return undefined;
  const shown = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  const [, name = "", port] = /^(.*?)(?::(\d*))?$/.exec(normalHost(shown))!;
  return [shown, name, `${name}:${port || ({ http: "80", https: "443" }[scheme!.toLowerCase()] ?? "")}`];
}

/** Accumulates exchanges into a report; memory grows with distinct problems, not with traffic. */
export class ReportBuilder {
  private readonly operations = new Map<string, OperationReport>();
  /** Each operation's violations by operation, kind and place, to count them. */
  private readonly summaries = new Map<string, ViolationSummary>();
  private readonly unknown = new Map<string, UnmatchedExchange>();
  private readonly noAnswer = new Map<string, UnmatchedExchange>();
  private readonly files: string[] = [];
  private readonly unreadable: UnreadableExchange[] = [];
  private unreadableTotal = 0;
  private exchanges = 0;
  private moreUnknown = 0;
  private unknownTotal = 0;
  private unansweredTotal = 0;
  private preflightTotal = 0;
  private readonly hosts: ReadonlySet<string>;

  constructor(options: ReportOptions = {}) {
    const hosts = options.hosts ?? [];
    if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === "string" && h !== "")) {
      throw new ContractInputError("hosts", "must be a list of host names such as 127.0.0.1 or localhost:4010");
    }
    this.hosts = new Set(hosts.map(normalHost));
  }

  /** The host that puts this URL outside the contract; undefined for IMS traffic, bare paths included (nothing says otherwise). */
  private foreignHost(url: string): string | undefined {
    const host = hostOf(url);
    if (!host) return undefined;
    const [shown, name, withPort] = host;
    if (this.hosts.has(withPort) || this.hosts.has(name) || serverHosts.some((p) => p.test(name))) return undefined;
    return shown;
  }

  addFile(file: string): void {
    this.files.push(file);
  }

  /** Counts an entry or line that is not an exchange, e.g. from readers' TrafficInputError `source` and `detail`. */
  addUnreadable(source: string, reason: string): void {
    this.exchanges++;
    this.skip(source, reason);
  }

  private skip(source: string, reason: string): void {
    this.unreadableTotal++;
    if (this.unreadable.length < MAX_DISTINCT) this.unreadable.push({ source, reason });
  }

  /** Checks one exchange; one the contract's functions refuse as an argument is counted as unreadable. */
  add(exchange: Exchange): void {
    this.exchanges++;
    try {
      this.check(exchange);
    } catch (error) {
      // Bad traffic never throws: a status of -1 or an empty method is reported where it was seen.
      if (!(error instanceof ContractInputError)) throw error;
      this.skip(exchange.source, error.message);
    }
  }

  private check(exchange: Exchange): void {
    // The readers check these in a recording; an exchange built by hand may lack them.
    if (typeof exchange.method !== "string" || exchange.method === "") throw new ContractInputError("method", "must be an HTTP method such as GET");
    if (typeof exchange.url !== "string" || exchange.url === "") throw new ContractInputError("url", "must be a non-empty string");
    const method = exchange.method.toUpperCase();
    const foreign = this.foreignHost(exchange.url);
    if (foreign !== undefined) {
      // A browser HAR holds the console page, its assets and IAM calls: not IMS, so not checked.
      this.unknownTotal++;
      if (!this.count(this.unknown, method, pathOf(exchange.url), "not an IMS host (see --host)", exchange.source, foreign)) this.moreUnknown++;
      return;
    }
    // A browser HAR of a page calling IMS from another origin has one before many calls; the
    // contract has no OPTIONS, and --fail-on-unknown failed every such recording.
    if (method == "OPTIONS" && normalizeHeaders(exchange.requestHeaders)["access-control-request-method"]) {
      this.preflightTotal++;
      return;
    }
    if (exchange.status === 0) {
      this.unansweredTotal++;
      this.count(this.noAnswer, method, pathOf(exchange.url), "no answer was recorded", exchange.source);
      return;
    }
    const ref = { method, path: exchange.url };
    const response = validateResponse(ref, {
      status: exchange.status,
      ...(exchange.responseHeaders ? { headers: exchange.responseHeaders } : {}),
      ...(exchange.responseBody !== undefined ? { body: exchange.responseBody } : {}),
      ...(exchange.responseText !== undefined ? { text: exchange.responseText } : {}),
    });
    if (response.operationId === undefined) {
      this.unknownTotal++;
      if (!this.count(this.unknown, method, pathOf(exchange.url), response.errors[0]?.message ?? "unknown route", exchange.source)) {
        this.moreUnknown++;
      }
      return;
    }
    const request = validateRequest(ref, {
      ...(exchange.requestHeaders ? { headers: exchange.requestHeaders } : {}),
      ...(exchange.requestText !== undefined ? { text: exchange.requestText } : {}),
      checkBody: exchange.requestBodyRecorded,
    });
    this.record(response.operationId, response, request, exchange);
  }

  private record(operationId: string, response: ValidationResult, request: ValidationResult, exchange: Exchange): void {
    let op = this.operations.get(operationId);
    if (!op) {
      const info = contractOperations.find((o) => o.operationId === operationId)!;
      op = { operationId, method: info.method, path: info.path, checked: 0, valid: 0, invalid: 0, violations: [] };
      this.operations.set(operationId, op);
    }
    op.checked++;
    const found = [
      ...request.errors.map((v) => ["request", v] as const),
      ...response.errors.map((v) => ["response", v] as const),
    ];
    if (found.length === 0) op.valid++;
    else op.invalid++;
    for (const [direction, v] of found) {
      const pattern = indexPattern(v.pointer);
      const key = `${operationId} ${direction} ${direction === "response" ? exchange.status : ""} ${v.location} ${pattern} ${v.keyword}`;
      const seen = this.summaries.get(key);
      if (seen) {
        seen.count++;
        continue;
      }
      const summary: ViolationSummary = {
        direction,
        ...(direction === "response" ? { status: exchange.status } : {}),
        location: v.location,
        pointer: v.pointer,
        pattern,
        keyword: v.keyword,
        message: v.message,
        ...(v.expected !== undefined ? { expected: v.expected } : {}),
        ...(v.actual !== undefined ? { actual: v.actual } : {}),
        count: 1,
        firstSeen: exchange.source,
      };
      this.summaries.set(key, summary);
      op.violations.push(summary);
    }
  }

  /** False when the exchange was only counted: the list is full. */
  private count(map: Map<string, UnmatchedExchange>, method: string, path: string, reason: string, source: string, host?: string): boolean {
    const key = `${method} ${host ?? ""}${path}`;
    const seen = map.get(key);
    if (seen) seen.count++;
    else if (map.size >= MAX_DISTINCT) return false;
    else map.set(key, { method, path, ...(host !== undefined ? { host } : {}), reason, count: 1, firstSeen: source });
    return true;
  }

  build(): TrafficReport {
    const operations = [...this.operations.values()]
      .map((op) => ({ ...op }))
      .sort((a, b) => a.operationId.localeCompare(b.operationId));
    const sum = (f: (o: OperationReport) => number): number => operations.reduce((n, o) => n + f(o), 0);
    const unknownRoutes = [...this.unknown.values()];
    const unanswered = [...this.noAnswer.values()];
    return {
      files: [...this.files],
      totals: {
        exchanges: this.exchanges,
        checked: sum((o) => o.checked),
        valid: sum((o) => o.valid),
        invalid: sum((o) => o.invalid),
        unknownRoutes: this.unknownTotal,
        unanswered: this.unansweredTotal,
        preflights: this.preflightTotal,
        unreadable: this.unreadableTotal,
        operationsSeen: operations.length,
        operationsInContract: contractOperations.length,
      },
      operations,
      unknownRoutes,
      unanswered,
      unreadable: [...this.unreadable],
      moreUnknownRoutes: this.moreUnknown,
    };
  }
}
