import { createRequire } from "node:module";
import type { OfficialRequest } from "./ims-requests.mjs";

// The official signer is reached by its file path: the package has no exports map and its index
// pulls in axios, log4js and friends that these tests do not need.
const require = createRequire(import.meta.url);
type Signer = { sign(request: OfficialRequest, credential: object): Record<string, string> };
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js") as { AKSKSigner: Signer };
const { DerivedAKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/DerivedAKSKSigner.js") as { DerivedAKSKSigner: Signer };

export function officialAuthorization(request: OfficialRequest, ak: string, sk: string, derived?: { region: string; service: string }): string {
  const credential = { getAk: () => ak, getSk: () => sk, getRegionId: () => derived?.region, getDerivedAuthServiceName: () => derived?.service };
  const signed = (derived ? DerivedAKSKSigner : AKSKSigner).sign(request, credential);
  return signed.Authorization as string;
}
