/**
 * Both Beeper Desktop services in one layer: `BeeperDesktop` (HTTP) and `BeeperEvents` (live events), built from
 * the same connection. The layers require the two transports, `HttpClient` and `Socket.WebSocketConstructor`; a
 * runtime adapter (`@beeper-kit/node`, `deno`, `bun`, `edge`) provides them, or provide your own:
 *
 * ```ts
 * BeeperServices.layerConfig().pipe(
 *   Layer.provide(Layer.mergeAll(FetchHttpClient.layer, BeeperEvents.layerWebSocketConstructor)),
 * )
 * ```
 *
 * @module
 */
import { type Config, Effect, Layer } from "effect"
import type { HttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"
import * as BeeperConfig from "./BeeperConfig.ts"
import { BeeperDesktop, type ClientOptions, type Options as DesktopOptions } from "./BeeperDesktop.ts"
import type { InsecureTransport } from "./BeeperError.ts"
import { BeeperEvents, type LiveOptions } from "./BeeperEvents.ts"

/**
 * Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour (`strict`
 * applies to both).
 */
export interface Options extends DesktopOptions, LiveOptions {}

/** Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`. */
export interface ConfigOptions extends ClientOptions, LiveOptions {
  /** Where to read the connection from (default: `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). */
  readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined
}

/** The transports both services run on: an HTTP client and a WebSocket constructor. */
export type Transport = HttpClient.HttpClient | Socket.WebSocketConstructor

/**
 * `BeeperDesktop` and `BeeperEvents` from explicit options, over the {@link Transport} in context. Fails with
 * `InsecureTransport` when the token would travel in clear text to a non-loopback host.
 */
export const layer = (options: Options): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport, Transport> =>
  Layer.mergeAll(BeeperDesktop.layer(options), BeeperEvents.layer(options))

/**
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config`, over the {@link Transport} in context:
 * `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL` (default `http://localhost:23373`),
 * `BEEPER_ALLOW_INSECURE_TOKEN` (default false) — or the `config` given — and `BEEPER_STRICT` (default false) unless
 * `strict` is given. The configuration is read once for both.
 */
export const layerConfig = (
  options: ConfigOptions = {},
): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport | Config.ConfigError, Transport> =>
  Layer.unwrap(
    Effect.map(
      Effect.all([options.config ?? BeeperConfig.config, BeeperConfig.strictOf(options)]),
      ([connection, strict]) => layer({ ...options, ...connection, strict }),
    ),
  )
