import { ImsConfigError } from "./errors.js";

// Regions served from a domain other than myhuaweicloud.com.
const DOMAIN_EXCEPTIONS: Record<string, string> = {
  "eu-west-101": "myhuaweicloud.eu",
};

const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)*-\d+$/;

/** The IMS endpoint of a region, e.g. `https://ims.ap-southeast-1.myhuaweicloud.com`. */
export function endpointForRegion(region: string): string {
  if (!REGION_ID.test(region)) {
    throw new ImsConfigError("region", `"${region}" is not a region ID such as "cn-north-4" or "ap-southeast-1"`);
  }
  return `https://ims.${region}.${DOMAIN_EXCEPTIONS[region] ?? "myhuaweicloud.com"}`;
}

export function normalizeEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ImsConfigError("endpoint", `"${endpoint}" is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ImsConfigError("endpoint", `must be an http(s) URL, got "${url.protocol}"`);
  }
  if (url.search || url.hash) throw new ImsConfigError("endpoint", "must not have a query or fragment");
  return url.href.replace(/\/+$/, "");
}
