// @beeper-kit/core: the generated, runtime-agnostic transport for the Beeper Desktop API — the fetch SDK
// (`createBeeperClient`), the HTTP wire rules every client follows (./wire) and the /v1/ws protocol codec (./ws).

export { createBeeperClient, createBeeperHttpClient, type BeeperClientOptions, type BeeperHttpClient } from "./client.ts"
export { type ApiErrorBody, BeeperApiError } from "./api-error.ts"
export { BeeperClient, type Options } from "./generated/http/sdk.gen.ts"
export type * from "./generated/http/types.gen.ts"
export type {
  RequestOptions,
  RequestResult,
  ResolvedRequestOptions,
} from "./generated/http/client/index.ts"
export * from "./wire/index.ts"
export * from "./ws/index.ts"
