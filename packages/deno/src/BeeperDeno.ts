/**
 * Deno layers for the Beeper Desktop services: Deno's `fetch` for HTTP and Deno's `WebSocket`, which sends the
 * `Authorization` header on the upgrade (`new WebSocket(url, { headers })`, Deno 2).
 *
 * @module
 */
import {
  BeeperDesktop,
  BeeperEvents,
  type BeeperConfig,
  type ClientOptions,
  type InsecureTransport,
  type LiveOptions,
  type Options as DesktopOptions,
} from "@beeper-kit/effect"
import { type Config, Layer } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"

/** Options of {@link layer}: where Beeper Desktop is and the token, plus HTTP and live events behaviour. */
export interface Options extends DesktopOptions, LiveOptions {}

/** Options of {@link layerConfig}: HTTP and live events behaviour; the connection comes from `Config`. */
export interface ConfigOptions extends ClientOptions, LiveOptions {
  /** Where to read the connection from (default: `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). */
  readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined
}

/** The HTTP client: Deno's `fetch` (connections are kept alive and pooled by Deno). */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer

/** The WebSocket: Deno's global `WebSocket`, given the upgrade headers as `{ headers, protocols }`. */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> =
  BeeperEvents.layerWebSocketConstructor

/** Both transports, for composing `BeeperDesktop` / `BeeperEvents` layers yourself. */
export const layerTransport: Layer.Layer<HttpClient.HttpClient | Socket.WebSocketConstructor> = Layer.mergeAll(
  layerHttpClient,
  layerWebSocketConstructor,
)

/**
 * `BeeperDesktop` and `BeeperEvents` from explicit options. Fails with `InsecureTransport` when the token would
 * travel in clear text to a non-loopback host.
 */
export const layer = (options: Options): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport> =>
  Layer.mergeAll(BeeperDesktop.layer(options), BeeperEvents.layer(options)).pipe(Layer.provide(layerTransport))

/**
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL`
 * (default `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` — or the `config` given. Needs a plain
 * `--allow-env`: Effect's default `ConfigProvider` reads the whole environment, so a list of names is not enough.
 */
export const layerConfig = (
  options: ConfigOptions = {},
): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport | Config.ConfigError> =>
  Layer.mergeAll(BeeperDesktop.layerConfig(options), BeeperEvents.layerConfig(options)).pipe(
    Layer.provide(layerTransport),
  )
