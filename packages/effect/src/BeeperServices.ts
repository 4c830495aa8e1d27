/**
 * Both Beeper Desktop services in one layer: `BeeperDesktop` (HTTP, with the `BeeperClient` it runs on) and
 * `BeeperEvents` (live events), built from the same connection. The layers require the two transports, `HttpClient` and `Socket.WebSocketConstructor`; a
 * runtime adapter (`@beeper-kit/node`, `deno`, `bun`, `edge`) provides them, or provide your own:
 *
 * ```ts
 * BeeperServices.layerConfig().pipe(
 *   Layer.provide(Layer.mergeAll(WebHttpClient.layer, BeeperEvents.layerWebSocketConstructor)),
 * )
 * ```
 *
 * A runtime adapter is its transport and {@link adapter}: `BeeperServices.adapter({ webSocketConstructor })` gives
 * the ready `layer`, `layerConfig` and `layerTransport` every adapter package exports.
 *
 * @module
 */
import type * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Socket from "effect/socket/Socket"
import * as BeeperConfig from "./BeeperConfig.ts"
import type { BeeperClient } from "./BeeperClient.ts"
import { BeeperDesktop, type ClientOptions, type Options as DesktopOptions } from "./BeeperDesktop.ts"
import type { ConfigurationError, InsecureTransport } from "./BeeperError.ts"
import { BeeperEvents, type LiveOptions } from "./BeeperEvents.ts"
import * as WebHttpClient from "./WebHttpClient.ts"

/**
 * Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour (`strict`
 * applies to both).
 * @since 1.0.0
 * @category Options
 */
export interface Options extends DesktopOptions, LiveOptions {}

/**
 * Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`.
 * @since 1.0.0
 * @category Options
 */
export interface ConfigOptions extends ClientOptions, LiveOptions {
  /** Where to read the connection from (default: `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). */
  readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined
}

/**
 * Options of the `BeeperDesktop`-only `layerDesktopConfig`: HTTP behaviour; the connection comes from `Config`.
 * @since 1.0.0
 * @category Options
 */
export interface DesktopConfigOptions extends ClientOptions {
  /** Where to read the connection from (default: `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). */
  readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined
}

/**
 * The transports both services run on: an HTTP client and a WebSocket constructor.
 * @since 1.0.0
 * @category Layers
 */
export type Transport = HttpClient.HttpClient | Socket.WebSocketConstructor

/**
 * `BeeperDesktop` and `BeeperEvents` from explicit options, over the {@link Transport} in context. Fails with
 * `InsecureTransport` when the token would travel in clear text to a non-loopback host.
 * @since 1.0.0
 * @category Layers
 */
export const layer = (options: Options): Layer.Layer<BeeperDesktop | BeeperClient | BeeperEvents, InsecureTransport, Transport> =>
  Layer.mergeAll(BeeperDesktop.layer(options), BeeperEvents.layer(options))

/**
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config`, over the {@link Transport} in context:
 * `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL` (default `http://localhost:23373`),
 * `BEEPER_ALLOW_INSECURE_TOKEN` (default false) — or the `config` given — and `BEEPER_STRICT` (default false) unless
 * `strict` is given. The configuration is read once for both.
 * @since 1.0.0
 * @category Layers
 */
export const layerConfig = (
  options: ConfigOptions = {},
): Layer.Layer<BeeperDesktop | BeeperClient | BeeperEvents, InsecureTransport | ConfigurationError, Transport> =>
  Layer.unwrap(
    Effect.map(
      BeeperConfig.loadAll(options),
      (settings) => layer({ ...options, ...settings }),
    ),
  )

/**
 * The transport of a runtime: its HTTP client and its WebSocket. Each defaults to the web-standard one.
 * @since 1.0.0
 * @category Layers
 */
export interface AdapterTransport {
  /**
   * Default: the global `fetch` through {@link WebHttpClient.layer} (lean: spans only under a tracer, the timeout
   * through the request's AbortController, redirects never followed).
   */
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
  /** Default: the global `WebSocket`, given the upgrade headers (`BeeperEvents.layerWebSocketConstructor`). */
  readonly webSocketConstructor?: Layer.Layer<Socket.WebSocketConstructor> | undefined
}

/**
 * What a runtime adapter exports: its transport, and {@link layer} / {@link layerConfig} over it.
 * @since 1.0.0
 * @category Layers
 */
export interface Adapter {
  /** The HTTP client. */
  readonly layerHttpClient: Layer.Layer<HttpClient.HttpClient>
  /** The WebSocket. */
  readonly layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor>
  /** Both transports, for providing `BeeperServices`, `BeeperDesktop` or `BeeperEvents` layers yourself. */
  readonly layerTransport: Layer.Layer<Transport>
  /**
   * `BeeperDesktop` and `BeeperEvents` from explicit options. Fails with `InsecureTransport` when the token would
   * travel in clear text to a non-loopback host.
   */
  readonly layer: (options: Options) => Layer.Layer<BeeperDesktop | BeeperClient | BeeperEvents, InsecureTransport>
  /**
   * `BeeperDesktop` and `BeeperEvents` from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL`
   * (default `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` — or the `config` given — and `BEEPER_STRICT`.
   */
  readonly layerConfig: (
    options?: ConfigOptions,
  ) => Layer.Layer<BeeperDesktop | BeeperClient | BeeperEvents, InsecureTransport | ConfigurationError>
  /** `BeeperDesktop` alone over the HTTP client (a runtime without outbound WebSockets), from explicit options. */
  readonly layerDesktop: (options: DesktopOptions) => Layer.Layer<BeeperDesktop | BeeperClient, InsecureTransport>
  /** `BeeperDesktop` alone over the HTTP client, from Effect `Config`. */
  readonly layerDesktopConfig: (
    options?: DesktopConfigOptions,
  ) => Layer.Layer<BeeperDesktop | BeeperClient, InsecureTransport | ConfigurationError>
}

/**
 * The layers of a runtime adapter over its transport (what `@beeper-kit/node`, `deno`, `bun` and `edge` are made
 * of): `BeeperServices.adapter({ httpClient: NodeHttpClient.layer, webSocketConstructor: NodeWebSocket.layer })`.
 * @since 1.0.0
 * @category Layers
 */
export const adapter = (transport: AdapterTransport = {}): Adapter => {
  const layerHttpClient = transport.httpClient ?? WebHttpClient.layer
  const layerWebSocketConstructor = transport.webSocketConstructor ?? BeeperEvents.layerWebSocketConstructor
  const layerTransport = Layer.mergeAll(layerHttpClient, layerWebSocketConstructor)
  return {
    layerHttpClient,
    layerWebSocketConstructor,
    layerTransport,
    layer: (options) => layer(options).pipe(Layer.provide(layerTransport)),
    layerConfig: (options = {}) => layerConfig(options).pipe(Layer.provide(layerTransport)),
    layerDesktop: (options) => BeeperDesktop.layer(options).pipe(Layer.provide(layerHttpClient)),
    layerDesktopConfig: (options = {}) => BeeperDesktop.layerConfig(options).pipe(Layer.provide(layerHttpClient)),
  }
}
