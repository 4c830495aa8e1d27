/**
 * Bun layers for the Beeper Desktop services: Bun's `fetch` for HTTP and Bun's `WebSocket`, which sends the
 * `Authorization` header on the upgrade (`new WebSocket(url, { headers })`).
 *
 * @module
 */
import { type BeeperDesktop, BeeperEvents, BeeperServices, type InsecureTransport } from "@beeper-kit/effect"
import { type Config, Layer } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"

/** Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour. */
export type Options = BeeperServices.Options

/** Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`. */
export type ConfigOptions = BeeperServices.ConfigOptions

/** The HTTP client: Bun's `fetch` (connections are kept alive and pooled by Bun). */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer

/** The WebSocket: Bun's global `WebSocket`, given the upgrade headers as `{ headers, protocols }`. */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> =
  BeeperEvents.layerWebSocketConstructor

/** Both transports, for providing `BeeperServices`, `BeeperDesktop` or `BeeperEvents` layers yourself. */
export const layerTransport: Layer.Layer<BeeperServices.Transport> = Layer.mergeAll(
  layerHttpClient,
  layerWebSocketConstructor,
)

/**
 * `BeeperDesktop` and `BeeperEvents` from explicit options. Fails with `InsecureTransport` when the token would
 * travel in clear text to a non-loopback host.
 */
export const layer = (options: Options): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport> =>
  BeeperServices.layer(options).pipe(Layer.provide(layerTransport))

/**
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL`
 * (default `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` — or the `config` given — and `BEEPER_STRICT`.
 */
export const layerConfig = (
  options: ConfigOptions = {},
): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport | Config.ConfigError> =>
  BeeperServices.layerConfig(options).pipe(Layer.provide(layerTransport))
