import type { Credentials, SignOptions, SignRequest } from "../../src/index.js";

export interface ImsCase {
  id: number;
  method: string;
  endpoint: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  json: unknown;
  body: Uint8Array | undefined;
  securityToken: string | undefined;
  unsignedPayload: boolean;
}
export interface OfficialRequest {
  endpoint: string;
  method: string;
  headers: Record<string, string>;
  queryParams: Record<string, string | string[]>;
  data: unknown;
}
export declare const FIXED_DATE: Date;
export declare const FIXED_SDK_DATE: string;
export declare function imsRequests(count: number, seed?: number): Generator<ImsCase>;
export declare function toSignRequest(c: ImsCase): { request: SignRequest; credentials: Credentials; options: SignOptions };
export declare function toOfficialRequest(c: ImsCase): OfficialRequest;
