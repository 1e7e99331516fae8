export { sign } from "./sign.js";
export { signSync } from "./sign-sync.js";
export { signFastest } from "./fastest.js";
export { createSignerMiddleware, type SignerMiddleware } from "./middleware.js";
export { SignerError, type SignerErrorCode } from "./errors.js";
export type { Algorithm, Credentials, SignOptions, SignRequest, SignedHeaders } from "./types.js";
