/**
 * Edge layers for the Beeper Desktop services.
 *
 * - **Cloudflare Workers (workerd):** `fetch` for HTTP; live events over a WebSocket opened through a `fetch` with
 *   `Upgrade: websocket` (the only way a Worker can send the `Authorization` header on an outbound upgrade:
 *   `FetchWebSocket.ts`). Use {@link layer} / {@link layerConfig}.
 * - **Vercel Edge:** `fetch` only. The Edge runtime has no outbound WebSocket client, so there are no live events:
 *   use {@link layerDesktop} / {@link layerDesktopConfig} (`sendAndConfirm` then confirms by polling).
 *
 * Build the layer inside the request handler (`Effect.provide` per request): Workers do not let one request
 * use I/O objects (connections, sockets) created by another.
 *
 * @module
 */
import { BeeperServices, Checkpoints, WebHttpClient } from "@beeper-kit/effect"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as KeyValueStore from "effect/persistence/KeyValueStore"
import { type KVNamespaceLike, type KVStoreOptions, make as makeKVStore, namespaceProblem, optionsProblem } from "./CloudflareKV.ts"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Socket from "effect/socket/Socket"
import * as FetchWebSocket from "./FetchWebSocket.ts"

// Each export stands alone (no adapter built at load), so a bundle that takes only the transport (`layerTransport`
// for `BeeperClient` + `BeeperEvents`) leaves `BeeperDesktop` and its endpoint table out.
let built: BeeperServices.Adapter | undefined
const adapter = (): BeeperServices.Adapter =>
  built ??= BeeperServices.adapter({ httpClient: layerHttpClient, webSocketConstructor: layerWebSocketConstructor })

/**
 * Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour.
 * @since 1.0.0
 * @category Options
 */
export type Options = BeeperServices.Options

/**
 * Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`.
 * @since 1.0.0
 * @category Options
 */
export type ConfigOptions = BeeperServices.ConfigOptions

/**
 * Options of {@link layerDesktopConfig}: HTTP behaviour; the connection comes from `Config`.
 * @since 1.0.0
 * @category Options
 */
export type DesktopConfigOptions = BeeperServices.DesktopConfigOptions

/**
 * The HTTP client: the runtime's `fetch` through `WebHttpClient` (as on Deno and Bun): each attempt's timeout aborts
 * its own request, and a JSON call waits once for the response and its body.
 * @since 1.0.0
 * @category Layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = WebHttpClient.layer

/**
 * The WebSocket of Cloudflare Workers, dialled through a `fetch` upgrade (every dial fails on Vercel Edge).
 * @since 1.0.0
 * @category Layers
 */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = FetchWebSocket.layerWebSocketConstructor

/**
 * Both transports of Cloudflare Workers, for providing `BeeperServices`, `BeeperDesktop` or `BeeperEvents` yourself.
 * @since 1.0.0
 * @category Layers
 */
export const layerTransport: Layer.Layer<BeeperServices.Transport> = /*#__PURE__*/ Layer.mergeAll(
  layerHttpClient,
  layerWebSocketConstructor,
)

/**
 * Cloudflare Workers: `BeeperDesktop` and `BeeperEvents` from explicit options.
 * @since 1.0.0
 * @category Layers
 */
export const layer: BeeperServices.Adapter["layer"] = (options) =>
  adapter().layer(options)

/**
 * Cloudflare Workers: `BeeperDesktop` and `BeeperEvents` from Effect `Config`. A Worker's variables and secrets
 * arrive in `env`, not `process.env`: provide them with `ConfigProvider.layer(ConfigProvider.fromUnknown(env))`.
 * @since 1.0.0
 * @category Layers
 */
export const layerConfig: BeeperServices.Adapter["layerConfig"] = (options) =>
  adapter().layerConfig(options)

/**
 * Vercel Edge (or any runtime without outbound WebSockets): `BeeperDesktop` alone, from explicit options.
 * @since 1.0.0
 * @category Layers
 */
export const layerDesktop: BeeperServices.Adapter["layerDesktop"] = (options) =>
  adapter().layerDesktop(options)

/**
 * Vercel Edge (or any runtime without outbound WebSockets): `BeeperDesktop` alone, from Effect `Config`.
 * @since 1.0.0
 * @category Layers
 */
export const layerDesktopConfig: BeeperServices.Adapter["layerDesktopConfig"] = (options) =>
  adapter().layerDesktopConfig(options)

/**
 * Cloudflare Workers: the delivery checkpoints of `handleIncoming` / `incomingMessages` in a KV namespace binding
 * (`BeeperEdge.layerCheckpointKV(env.BOT_CHECKPOINTS)`). KV is eventually consistent: one delivery per namespace
 * at a time, and an idempotent handler (see `CloudflareKV.ts`). A binding that is missing (`undefined`: not in the
 * Worker's configuration, or misspelled) or not a KV namespace is a `TypeError` when the layer is built. Give the
 * Worker's `waitUntil` (`{ waitUntil: (promise) => ctx.waitUntil(promise) }`) to keep it alive until a write that
 * `handleIncoming` stopped waiting for has landed.
 * @since 1.0.0
 * @category Layers
 */
export const layerCheckpointKV = (namespace: KVNamespaceLike, options?: KVStoreOptions): Layer.Layer<Checkpoints> => {
  // refused when the layer is built, as other options that cannot be meant are (a defect: a TypeError naming it)
  const problem = namespaceProblem(namespace) ?? optionsProblem(options)
  if (problem !== undefined) return Layer.effect(Checkpoints, Effect.die(new TypeError(`BeeperEdge.layerCheckpointKV: ${problem}`)))
  return Checkpoints.layer.pipe(Layer.provide(Layer.succeed(KeyValueStore.KeyValueStore, makeKVStore(namespace, options))))
}

export type { KVNamespaceLike, KVStoreOptions } from "./CloudflareKV.ts"
