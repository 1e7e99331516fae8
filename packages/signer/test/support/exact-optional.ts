// A consumer compiled with `exactOptionalPropertyTypes`, passing values that may be undefined where
// the signer reads undefined as absent (test/types.test.ts type-checks it against the published types).
import { createSignerMiddleware, sign, signFastest, signSync, type Credentials, type SignOptions, type SignRequest } from "@imsjs/signer";

declare const env: Record<string, string | undefined>;
declare const maybeDate: Date | undefined;
declare const maybeHeaders: Record<string, string> | undefined;
declare const maybeBody: string | undefined;

const credentials: Credentials = { ak: "ak", sk: "sk", securityToken: env["HUAWEICLOUD_SDK_SECURITY_TOKEN"] };
const request: SignRequest = { method: "POST", url: "https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages/action", headers: maybeHeaders, body: maybeBody };
const options: SignOptions = {
  date: maybeDate,
  algorithm: undefined,
  unsignedPayload: undefined,
  signedHeaders: undefined,
  region: env["HUAWEICLOUD_SDK_REGION"],
  service: env["SERVICE"],
};

export const headers = [signSync(request, credentials, options), sign(request, credentials, options), signFastest(request, credentials, options)];
export const middleware = createSignerMiddleware(credentials, options);
