// @beeper-kit/core: the generated, runtime-agnostic transport for the Beeper Desktop API — the fetch SDK
// (`createBeeperClient`), the HTTP wire rules every client follows (./wire) and the /v1/ws protocol codec (./ws).

export { createBeeperClient, createBeeperHttpClient, type BeeperClientOptions, type BeeperHttpClient } from "./client.ts"
export { BeeperClient, type Options } from "./generated/http/sdk.gen.ts"
export type * from "./generated/http/types.gen.ts"
export type {
  RequestOptions,
  RequestResult,
  ResolvedRequestOptions,
} from "./generated/http/client/index.ts"
export * from "./wire/index.ts"
export * from "./ws/index.ts"

import { BeeperClient } from "./generated/http/sdk.gen.ts"

/**
 * The fetch SDK's class under its old name.
 *
 * @deprecated Renamed {@link BeeperClient}: `BeeperDesktop` is @beeper-kit/effect's HTTP service.
 */
export const BeeperDesktop = BeeperClient
/** @deprecated Renamed {@link BeeperClient}: `BeeperDesktop` is @beeper-kit/effect's HTTP service. */
export type BeeperDesktop = BeeperClient
