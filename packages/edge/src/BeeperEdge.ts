/**
 * Edge layers for the Beeper Desktop services.
 *
 * - **Cloudflare Workers (workerd):** `fetch` for HTTP; live events over a WebSocket opened through a `fetch` with
 *   `Upgrade: websocket` (the only way a Worker can send the `Authorization` header on an outbound upgrade).
 *   Use {@link layer} / {@link layerConfig}.
 * - **Vercel Edge:** `fetch` only. The Edge runtime has no outbound WebSocket client, so there are no live events:
 *   use {@link layerDesktop} / {@link layerDesktopConfig} (`sendAndConfirm` then confirms by polling).
 *
 * Build the layer inside the request handler (`Effect.provide` per request): Workers do not let one request
 * use I/O objects (connections, sockets) created by another.
 *
 * @module
 */
import {
  BeeperDesktop,
  type BeeperConfig,
  type BeeperEvents,
  BeeperServices,
  type ClientOptions,
  type InsecureTransport,
  type Options as DesktopOptions,
} from "@beeper-kit/effect"
import { type Config, Layer } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import * as Socket from "effect/socket/Socket"
import { dial, type UpgradeFetch } from "./FetchWebSocket.ts"

/** Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour. */
export type Options = BeeperServices.Options

/** Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`. */
export type ConfigOptions = BeeperServices.ConfigOptions

/** Options of {@link layerDesktopConfig}: HTTP behaviour; the connection comes from `Config`. */
export interface DesktopConfigOptions extends ClientOptions {
  /** Where to read the connection from (default: `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). */
  readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined
}

/** The HTTP client: the runtime's `fetch`. */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer

/**
 * The WebSocket of Cloudflare Workers: `fetch(url, { headers: { Upgrade: "websocket", ...headers } })`, then
 * `response.webSocket.accept()`. On a runtime whose `fetch` cannot upgrade (Vercel Edge), every dial fails.
 */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(
  Socket.WebSocketConstructor,
)((url, options) => dial(globalThis.fetch as unknown as UpgradeFetch, url, options))

/**
 * Both transports of Cloudflare Workers, for providing `BeeperServices`, `BeeperDesktop` or `BeeperEvents` layers
 * yourself.
 */
export const layerTransport: Layer.Layer<BeeperServices.Transport> = Layer.mergeAll(
  layerHttpClient,
  layerWebSocketConstructor,
)

/**
 * Cloudflare Workers: `BeeperDesktop` and `BeeperEvents` from explicit options. Fails with `InsecureTransport`
 * when the token would travel in clear text to a non-loopback host.
 */
export const layer = (options: Options): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport> =>
  BeeperServices.layer(options).pipe(Layer.provide(layerTransport))

/**
 * Cloudflare Workers: `BeeperDesktop` and `BeeperEvents` from Effect `Config` (`BEEPER_ACCESS_TOKEN`,
 * `BEEPER_DESKTOP_URL`, `BEEPER_ALLOW_INSECURE_TOKEN`, `BEEPER_STRICT`). A Worker's variables and secrets arrive in `env`, not
 * `process.env`: provide them with `ConfigProvider.layer(ConfigProvider.fromUnknown(env))`.
 */
export const layerConfig = (
  options: ConfigOptions = {},
): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport | Config.ConfigError> =>
  BeeperServices.layerConfig(options).pipe(Layer.provide(layerTransport))

/** Vercel Edge (or any runtime without outbound WebSockets): `BeeperDesktop` alone, from explicit options. */
export const layerDesktop = (options: DesktopOptions): Layer.Layer<BeeperDesktop, InsecureTransport> =>
  BeeperDesktop.layer(options).pipe(Layer.provide(layerHttpClient))

/** Vercel Edge (or any runtime without outbound WebSockets): `BeeperDesktop` alone, from Effect `Config`. */
export const layerDesktopConfig = (
  options: DesktopConfigOptions = {},
): Layer.Layer<BeeperDesktop, InsecureTransport | Config.ConfigError> =>
  BeeperDesktop.layerConfig(options).pipe(Layer.provide(layerHttpClient))
