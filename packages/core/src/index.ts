// @beeper-kit/core: the generated, runtime-agnostic transport for the Beeper Desktop API.

export { createBeeperClient, createBeeperHttpClient, defaultBaseUrl, type BeeperClientOptions } from "./client.ts"
export { BeeperDesktop, type Options } from "./generated/http/sdk.gen.ts"
export type * from "./generated/http/types.gen.ts"
export type {
  Client,
  Config,
  RequestOptions,
  RequestResult,
  ResolvedRequestOptions,
} from "./generated/http/client/index.ts"
export * from "./ws/index.ts"
