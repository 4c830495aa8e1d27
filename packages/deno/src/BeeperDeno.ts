/**
 * Deno layers for the Beeper Desktop services: Deno's `fetch` for HTTP and Deno's `WebSocket`, which sends the
 * `Authorization` header on the upgrade (`new WebSocket(url, { headers })`, Deno 2) — the web-standard transport of
 * `BeeperServices.adapter()`.
 *
 * @module
 */
import { BeeperServices, Checkpoints } from "@beeper-kit/effect"
import type { Layer } from "effect"
import { layerFileSystem } from "./DenoFiles.ts"
import type { HttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"

const adapter = BeeperServices.adapter()

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
 * The HTTP client: Deno's `fetch` (connections are kept alive and pooled by Deno).
 * @since 1.0.0
 * @category Layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = adapter.layerHttpClient

/**
 * The WebSocket: Deno's global `WebSocket`, given the upgrade headers as `{ headers, protocols }`. It cannot pause
 * reading; the events session bounds what it buffers (`socketHighWaterMark`, then a reconnect with a `gap`).
 * @since 1.0.0
 * @category Layers
 */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = adapter.layerWebSocketConstructor

/**
 * Both transports, for providing `BeeperServices`, `BeeperDesktop` or `BeeperEvents` layers yourself.
 * @since 1.0.0
 * @category Layers
 */
export const layerTransport: Layer.Layer<BeeperServices.Transport> = adapter.layerTransport

/**
 * `BeeperDesktop` and `BeeperEvents` from explicit options (fails with `InsecureTransport` on a clear-text token).
 * @since 1.0.0
 * @category Layers
 */
export const layer: BeeperServices.Adapter["layer"] = adapter.layer

/**
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config` (`BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...). Needs
 * a plain `--allow-env`: Effect's default `ConfigProvider` reads the whole environment, so a list of names is not enough.
 * @since 1.0.0
 * @category Layers
 */
export const layerConfig: BeeperServices.Adapter["layerConfig"] = adapter.layerConfig

/**
 * Durable delivery checkpoints (`handleIncoming`, `incomingMessages`) in one JSON file at `path`, replaced
 * atomically on every write (see `KeyValueFile`); needs `--allow-read` and `--allow-write` for its folder. A file
 * that is not a checkpoint file fails delivery with `CheckpointCorrupt`. One process per file.
 * @since 1.0.0
 * @category Layers
 */
export const layerCheckpointFile = (path: string): Layer.Layer<Checkpoints> =>
  Checkpoints.layerFile(path, layerFileSystem)
