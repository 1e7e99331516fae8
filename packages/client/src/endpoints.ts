import { check } from "./option-checks.js";

/** Regions where IMS is offered (the official SDKs' region table). */
export const IMS_REGIONS = [
  "af-south-1",
  "ae-ad-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "cn-east-2",
  "cn-east-3",
  "cn-east-5",
  "cn-north-1",
  "cn-north-2",
  "cn-north-4",
  "cn-north-9",
  "cn-south-1",
  "cn-south-2",
  "cn-south-4",
  "cn-southwest-2",
  "eu-west-0",
  "eu-west-101",
  "la-north-2",
  "la-south-2",
  "me-east-1",
  "my-kualalumpur-1",
  "na-mexico-1",
  "sa-brazil-1",
  "tr-west-1",
] as const;

export type ImsRegion = (typeof IMS_REGIONS)[number];

/** `https://{service}.{region}.{domain}` for a known region; anything else is an error naming `region`. */
export function regionEndpoint(service: string, region: string): string {
  check(
    (IMS_REGIONS as readonly string[]).includes(region),
    "region",
    `${/^[a-z0-9-]{1,40}$/.test(region) ? `"${region}"` : "the value given"} is not an IMS region (known: ${IMS_REGIONS.join(", ")}); pass \`endpoint\` for any other deployment`,
  );
  // The one region served from a domain other than myhuaweicloud.com.
  return `https://${service}.${region}.myhuaweicloud.${region === "eu-west-101" ? "eu" : "com"}`;
}

/** The IMS endpoint of a region, e.g. `https://ims.ap-southeast-1.myhuaweicloud.com`. */
export function endpointForRegion(region: string): string {
  return regionEndpoint("ims", region);
}

/** The IAM endpoint of a region, where project-scoped tokens are issued. */
export function iamEndpointForRegion(region: string): string {
  return regionEndpoint("iam", region);
}

/** An absolute http(s) base URL without user info, query or fragment, and without a trailing slash. */
export function normalizeEndpoint(endpoint: string, field = "endpoint"): string {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
  check(
    url && /^https?:$/.test(url.protocol) && !(url.username || url.password || url.search || url.hash),
    field,
    "must be an absolute http(s) URL without user info, query or fragment",
  );
  return url.href.replace(/\/+$/, "");
}
