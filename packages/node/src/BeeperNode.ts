/**
 * Node.js layers for the Beeper Desktop services: undici for HTTP, `ws` for the live events WebSocket.
 *
 * @module
 */
import { type BeeperDesktop, type BeeperEvents, BeeperServices, type InsecureTransport } from "@beeper-kit/effect"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as NodeWS from "@effect/platform-node/NodeWS"
import { type Config, Layer } from "effect"
import type { HttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"

/** Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour. */
export type Options = BeeperServices.Options

/** Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`. */
export type ConfigOptions = BeeperServices.ConfigOptions

/** The HTTP client: undici with its own keep-alive `Agent`, closed with the layer. */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = NodeHttpClient.layerUndici

/** The WebSocket: the `ws` package, which sends the `Authorization` header on the upgrade and pauses reads. */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = NodeWS.layerWebSocketConstructor

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
