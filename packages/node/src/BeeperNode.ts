/**
 * Node.js layers for the Beeper Desktop services: `node:http` for HTTP (`NodeHttpClient`), `ws` for the live events
 * WebSocket (`NodeWebSocket`), `node:fs/promises` for checkpoint files (`NodeFiles`).
 *
 * @module
 */
import { BeeperServices, Checkpoints } from "@beeper-kit/effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import type * as Socket from "effect/socket/Socket"
import { layerFileSystem } from "./NodeFiles.ts"
import * as NodeWebSocket from "./NodeWebSocket.ts"
import * as NodeHttpClient from "./NodeHttpClient.ts"

const adapter = BeeperServices.adapter({
  httpClient: NodeHttpClient.layer,
  webSocketConstructor: NodeWebSocket.layer,
})

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
 * The HTTP client: `node:http` / `node:https` with keep-alive `Agent`s of its own, closed with the layer.
 * @since 1.0.0
 * @category Layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = adapter.layerHttpClient

/**
 * The WebSocket: the `ws` package, which sends the `Authorization` header on the upgrade and pauses reads.
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
 * `BeeperDesktop` and `BeeperEvents` from Effect `Config` (`BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`, ...).
 * @since 1.0.0
 * @category Layers
 */
export const layerConfig: BeeperServices.Adapter["layerConfig"] = adapter.layerConfig

/**
 * Durable delivery checkpoints (`handleIncoming`, `incomingMessages`) in one JSON file at `path`, replaced
 * atomically on every write (see `KeyValueFile`), over `node:fs/promises`. A file that is not a checkpoint file
 * fails delivery with `CheckpointCorrupt`. One process per file.
 * @since 1.0.0
 * @category Layers
 */
export const layerCheckpointFile = (path: string): Layer.Layer<Checkpoints> => Checkpoints.layerFile(path, layerFileSystem)
