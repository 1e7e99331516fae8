import { ImsConfigError } from "./errors.js";

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

// Regions served from a domain other than myhuaweicloud.com.
const DOMAIN_EXCEPTIONS: Record<string, string> = {
  "eu-west-101": "myhuaweicloud.eu",
};

const KNOWN = new Set<string>(IMS_REGIONS);

function checkRegion(region: string): void {
  if (!KNOWN.has(region)) {
    const shown = /^[a-z0-9-]{1,40}$/.test(region) ? `"${region}"` : "the value given";
    throw new ImsConfigError(
      "region",
      `${shown} is not an IMS region (known: ${IMS_REGIONS.join(", ")}); pass \`endpoint\` for any other deployment`,
    );
  }
}

/** The IMS endpoint of a region, e.g. `https://ims.ap-southeast-1.myhuaweicloud.com`. */
export function endpointForRegion(region: string): string {
  checkRegion(region);
  return `https://ims.${region}.${DOMAIN_EXCEPTIONS[region] ?? "myhuaweicloud.com"}`;
}

/** The IAM endpoint of a region, where project-scoped tokens are issued. */
export function iamEndpointForRegion(region: string): string {
  checkRegion(region);
  return `https://iam.${region}.${DOMAIN_EXCEPTIONS[region] ?? "myhuaweicloud.com"}`;
}

export function normalizeEndpoint(endpoint: string, field = "endpoint"): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ImsConfigError(field, "is not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ImsConfigError(field, `must be an http(s) URL, got "${url.protocol}"`);
  }
  if (url.username || url.password) throw new ImsConfigError(field, "must not carry user info");
  if (url.search || url.hash) throw new ImsConfigError(field, "must not have a query or fragment");
  return url.href.replace(/\/+$/, "");
}
