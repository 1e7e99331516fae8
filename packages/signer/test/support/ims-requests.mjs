// Deterministic generator of realistic IMS requests, shared by the differential test and the
// benchmark (plain JS so that `node bench/…` can load it without a build step).
//
// Each case is neutral; `toSignRequest` renders it as it goes on the wire (path and query
// percent-encoded the way openapi-fetch does, JSON sent compact), and `toOfficialRequest` renders it
// the way the official @huaweicloud/huaweicloud-sdk-core signer expects: unescaped path, decoded
// query object, body as the object it JSON.stringify-es itself.
//
// Left out, because the official Node signer is wrong there (see the README): already-escaped
// path segments, raw path characters that Node's url.parse escapes (space ' " < > \ ^ ` { | }),
// header values with leading/trailing whitespace, duplicate header names, header names whose locale
// collation differs from their code-unit order ("x_b" vs "x-b"), binary bodies hashed
// (those are sent UNSIGNED-PAYLOAD, as the SDK does), explicit default ports, and repeated query
// values mixing U+E000–U+FFFF with astral characters (UTF-16 vs UTF-8 order); dot segments
// (".", "..") are not data: URL parsing removes them. A Host other than the URL's is left out too:
// fetch sends the URL's instead, so it is refused (the official signer signs it as given).

/** The fixed signing time of every generated case. */
export const FIXED_DATE = new Date(Date.UTC(2026, 10, 27, 9, 15, 0));
export const FIXED_SDK_DATE = "20261127T091500Z";

/** mulberry32: tiny, seedable, good enough to spread test inputs. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ["ap-southeast-1", "ap-southeast-3", "cn-north-4", "cn-east-3", "af-south-1", "la-south-2", "tr-west-1"];
const UNICODE = ["镜像", "テスト", "Ünïcødé", "образ", "صورة", "🚀", "café", "naïve", "日本語", "한국어", "𝔘𝔫𝔦", "ø", "ß"];
const ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// Raw path characters both WHATWG URL and Node's url.parse keep as they are.
const PATH_EXTRA = "-._~!$&()*+,;=:@[]%";
const QUERY_EXTRA = " -._~!$&'()*+,;=:@/?#%\"<>[]{}|^`\\";

const ENUMS = {
  __imagetype: ["gold", "private", "shared", "market"],
  __isregistered: ["true", "false"],
  __os_bit: ["32", "64"],
  __os_type: ["Linux", "Windows", "Other"],
  __platform: ["Windows", "Ubuntu", "RedHat", "SUSE", "CentOS", "Debian", "OpenSUSE", "Oracle Linux", "Fedora", "Other", "CoreOS", "EulerOS", "Huawei Cloud EulerOS"],
  disk_format: ["vhd", "zvhd", "raw", "qcow2", "zvhd2"],
  member_status: ["accepted", "rejected", "pending"],
  sort_dir: ["asc", "desc"],
  sort_key: ["created_at", "name", "container_format", "disk_format", "status", "id", "size"],
  status: ["queued", "saving", "deleted", "killed", "active"],
  virtual_env_type: ["FusionCompute", "Ironic", "DataImage"],
  visibility: ["public", "private", "shared"],
  architecture: ["x86", "arm"],
  protected: ["true", "false"],
  __whole_image: ["true", "false"],
  __support_kvm: ["true", "false"],
  __support_xen: ["true", "false"],
  __support_largememory: ["true"],
  __support_diskintensive: ["true"],
  __support_highperformance: ["true"],
  __support_xen_gpu_type: ["M60_vGPU"],
  __support_kvm_gpu_type: ["V100_vGPU"],
  __support_xen_hana: ["true"],
  __support_kvm_infiniband: ["true"],
  container_format: ["bare"],
  tag: ["bms", "uefi", "arm", "x86"],
};
const LIST_IMAGES = [...Object.keys(ENUMS), "enterprise_project_id", "id", "limit", "marker", "min_disk", "min_ram", "name", "owner", "flavor_id", "created_at", "updated_at", "__system__cmkid"];
const LIST_TAGS = ["limit", "page", "__imagetype", "id", "status", "name", "min_disk", "__platform", "__os_type", "member_status", "virtual_env_type", "enterprise_project_id", "architecture", "created_at", "updated_at"];
const LIST_V1 = ["name", "container_format", "disk_format", "status", "size_min", "size_max", "changes-since"];

export function* imsRequests(count, seed = 20261127) {
  const r = rng(seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => r() < p;
  const hex = (n) => Array.from({ length: n }, () => "0123456789abcdef"[int(16)]).join("");
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick("89ab")}${hex(3)}-${hex(12)}`;
  const word = (alphabet, min, max) => Array.from({ length: min + int(max - min + 1) }, () => alphabet[int(alphabet.length)]).join("");
  const name = () =>
    chance(0.35)
      ? `${pick(UNICODE)}-${word(ASCII, 1, 8)}${chance(0.3) ? " " + pick(UNICODE) : ""}`
      : chance(0.2)
        ? word(ASCII + QUERY_EXTRA, 1, 16)
        : `image-${word(ASCII, 3, 12)}`;
  const timeFilter = () => `${pick(["gt", "gte", "lt", "lte", "eq", "neq"])}:2026-${String(1 + int(12)).padStart(2, "0")}-0${1 + int(9)}T0${int(10)}:00:00Z`;
  const value = (key) => {
    if (ENUMS[key] && chance(0.9)) return pick(ENUMS[key]);
    if (key === "limit" || key === "page") return String(1 + int(500));
    if (key === "min_disk" || key === "min_ram" || key === "size_min" || key === "size_max") return String(int(4096));
    if (key === "created_at" || key === "updated_at") return timeFilter();
    if (key === "changes-since") return "2026-11-01T00:00:00Z";
    if (key === "id" || key === "marker") return uuid();
    if (key === "owner" || key === "enterprise_project_id") return chance(0.5) ? hex(32) : "0";
    if (key === "name") return name();
    if (chance(0.05)) return "";
    return word(ASCII, 1, 10);
  };
  const query = (keys) => {
    const q = [];
    const n = int(Math.min(keys.length, 7));
    for (let i = 0; i < n; i++) q.push([pick(keys), ""]);
    for (const pair of q) pair[1] = chance(0.04) ? "" : value(pair[0]);
    if (keys.includes("name") && chance(0.4)) q.push(["name", name()]);
    // Repeated keys: tag filters are sent as tag=a&tag=b.
    if (chance(0.1)) q.push(["tag", `${word(ASCII, 1, 5)}.${name()}`], ["tag", `${word(ASCII, 1, 5)}=${word(ASCII, 0, 5)}`]);
    return q;
  };
  const projectId = () => hex(32);
  // "." and ".." would be dot segments, which URL parsing removes before anything is signed.
  const tagKey = () => (chance(0.3) ? pick(UNICODE) : "") + word(ASCII + PATH_EXTRA, 1, 12).replace(/^\.{1,2}$/, "k$&");
  const tags = () => Array.from({ length: 1 + int(4) }, () => ({ key: tagKey(), value: chance(0.2) ? "" : name() }));

  const listImages = () => ({ method: "GET", path: "/v2/cloudimages", query: query(LIST_IMAGES) });
  const glanceListImages = () => ({ method: "GET", path: "/v2/images", query: query(LIST_IMAGES) });
  // Listing is most of real IMS traffic (with job polling), so the list calls weigh more.
  const operations = [
    listImages,
    listImages,
    listImages,
    listImages,
    glanceListImages,
    glanceListImages,
    () => ({ method: "GET", path: "/v1/cloudimages/tags", query: query(LIST_TAGS) }),
    () => ({ method: "GET", path: "/v1.1/images/detail", query: query(LIST_V1) }),
    () => ({ method: "GET", path: "/v1/cloudimages/os_version", query: chance(0.5) ? [["tag", pick(ENUMS.tag)]] : [] }),
    () => ({ method: "GET", path: `/v2/images/${uuid()}` }),
    () => ({ method: "GET", path: `/v1/${projectId()}/jobs/${hex(32)}` }),
    () => ({ method: "GET", path: `/v1/cloudimages/job/${hex(32)}` }),
    () => ({ method: "GET", path: `/v1/${projectId()}/cloudimages/${uuid()}/members`, query: query(["limit", "marker"]) }),
    () => ({ method: "GET", path: `/v2/${projectId()}/images/${uuid()}/tags` }),
    () => ({ method: "GET", path: `/v1/${projectId()}/cloudimages/quota` }),
    () => ({ method: "GET", path: pick(["/", "/v1", "/v2"]) }),
    () => ({ method: "HEAD", path: `/v1/images/${uuid()}` }),
    () => ({ method: "DELETE", path: `/v2/images/${uuid()}` }),
    () => ({ method: "DELETE", path: `/v2/${projectId()}/images/${uuid()}/tags/${tagKey()}` }),
    () => ({ method: "PUT", path: `/v2/images/${uuid()}/tags/${tagKey()}` }),
    () => ({ method: "DELETE", path: `/v2/images/${uuid()}/members/${projectId()}` }),
    () => ({ method: "POST", path: pick(["/v2/cloudimages/action", "/v2.1/cloudimages/action"]), json: { name: name(), instance_id: uuid(), description: name(), ...(chance(0.5) ? { image_tags: tags() } : {}), ...(chance(0.3) ? { max_ram: 1024 * int(64), min_ram: 1024 } : {}) } }),
    () => ({ method: "POST", path: pick(["/v2/cloudimages/quickimport/action", "/v1/cloudimages/dataimages/action"]), json: { name: name(), image_url: `obs-bucket-${word(ASCII, 3, 8)}:${word(ASCII, 1, 8)}.qcow2`, os_version: "Ubuntu 22.04 server 64bit", type: pick(["ECS", "BMS", "DataImage"]), min_disk: 40 } }),
    () => ({ method: "PATCH", path: `/v2/cloudimages/${uuid()}`, json: [{ op: pick(["replace", "add", "remove"]), path: pick(["/name", "/min_ram", "/__support_kvm"]), value: name() }] }),
    () => ({ method: "PATCH", path: `/v2/images/${uuid()}`, contentType: "application/openstack-images-v2.1-json-patch", json: [{ op: "replace", path: "/name", value: name() }] }),
    () => ({ method: "POST", path: `/v2/${projectId()}/images/${uuid()}/tags/action`, json: { action: pick(["create", "delete"]), tags: tags() } }),
    () => ({ method: "POST", path: `/v2/${projectId()}/images/${uuid()}/tags`, json: { tag: tags()[0] } }),
    () => ({ method: "POST", path: `/v2/${projectId()}/images/resource_instances/action`, json: { action: pick(["filter", "count"]), tags: [{ key: tagKey(), values: [name(), name()] }], limit: String(1 + int(100)), offset: "0" } }),
    () => ({ method: "DELETE", path: `/v1/${projectId()}/cloudimages/${uuid()}/tags/delete`, json: { tags: tags().map((t) => t.key) } }),
    () => ({ method: pick(["POST", "PUT", "DELETE"]), path: "/v1/cloudimages/members", json: { images: [uuid(), uuid()], projects: [projectId()], ...(chance(0.5) ? { status: pick(ENUMS.member_status) } : {}) } }),
    () => ({ method: "POST", path: `/v1/cloudimages/${uuid()}/cross_region_copy`, json: { region: pick(REGIONS), project_name: pick(REGIONS), agency_name: word(ASCII, 3, 10), name: name(), description: name() } }),
    () => ({ method: "POST", path: `/v1/cloudimages/${uuid()}/copy`, json: { name: name(), description: name(), cmk_id: chance(0.5) ? uuid() : undefined } }),
    () => ({ method: "POST", path: "/v2/images", json: { name: name(), container_format: "bare", disk_format: pick(ENUMS.disk_format), min_disk: 40, min_ram: 1024, tags: [name(), name()], visibility: "private", protected: chance(0.5) } }),
    () => ({ method: "PUT", path: `/v2/images/${uuid()}/file`, binary: true }),
  ];

  // A client talks to a handful of endpoints: public regions, a private endpoint, a local mock.
  const endpoints = [
    ...REGIONS.map((region) => `https://ims.${region}.myhuaweicloud.com`),
    "https://ims.eu-west-101.myhuaweicloud.eu",
    "http://127.0.0.1:4010",
    "https://10.32.7.15:8443",
    "https://IMS.Example.Internal:9443",
  ];

  for (let id = 0; id < count; id++) {
    const op = pick(operations)();
    const headers = {};
    if (op.json !== undefined) headers["Content-Type"] = op.contentType ?? pick(["application/json;charset=UTF-8", "application/json"]);
    if (op.binary) headers["Content-Type"] = "application/octet-stream";
    if (chance(0.4)) headers["X-Project-Id"] = projectId();
    if (chance(0.3)) headers["X-Language"] = pick(["en-us", "zh-cn"]);
    if (chance(0.3)) headers["User-Agent"] = `imsjs/0.1.0 (node  20;  ${pick(["linux", "darwin"])})`;
    if (chance(0.2)) headers.Accept = "application/json";
    if (chance(0.1)) headers["X-Client-Request-Id"] = uuid();
    // A Host as fetch sends it, the URL's (fetch sends that one whatever is given; a Host that
    // differs is refused). The int() keeps the random sequence, and so every case, as it was.
    const host = chance(0.05) && int(1000) >= 0;
    const body = op.binary ? Uint8Array.from({ length: int(64) }, () => int(256)) : undefined;
    const c = {
      id,
      method: op.method,
      endpoint: pick(endpoints),
      path: op.path,
      query: op.query ?? [],
      headers,
      json: op.json === undefined ? undefined : JSON.parse(JSON.stringify(op.json)),
      body,
      securityToken: chance(0.2) ? word(ASCII + "+/=", 40, 120) : undefined,
      unsignedPayload: Boolean(op.binary),
    };
    if (host) headers.host = new URL(c.endpoint).host;
    yield c;
  }
}

const wirePath = (path) => path.split("/").map(encodeURIComponent).join("/");
const wireQuery = (query) => (query.length ? "?" + query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&") : "");

/** The case as our signer sees it: the URL and bytes that go on the wire. */
export function toSignRequest(c) {
  return {
    request: {
      method: c.method,
      url: c.endpoint + wirePath(c.path) + wireQuery(c.query),
      headers: c.headers,
      body: c.body ?? (c.json === undefined ? null : JSON.stringify(c.json)),
    },
    credentials: { ak: "HPUAEXAMPLEAK0000001", sk: "sk-example-0123456789abcdefghijklmnopqrstuv", securityToken: c.securityToken },
    options: { date: FIXED_DATE, unsignedPayload: c.unsignedPayload },
  };
}

/** The case as the official SDK hands it to AKSKSigner.sign (after its own header additions). */
export function toOfficialRequest(c) {
  const queryParams = {};
  for (const [k, v] of c.query) {
    const prev = queryParams[k];
    queryParams[k] = prev === undefined ? v : [].concat(prev, v);
  }
  const headers = { ...c.headers, "X-Sdk-Date": FIXED_SDK_DATE };
  if (c.securityToken) headers["X-Security-Token"] = c.securityToken;
  if (c.unsignedPayload) headers["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD";
  return { endpoint: c.endpoint + c.path, method: c.method, headers, queryParams, data: c.json };
}
