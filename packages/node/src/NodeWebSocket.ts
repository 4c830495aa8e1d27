/**
 * The live events' WebSocket on Node: the `ws` package, which sends the upgrade headers (the token's
 * `Authorization`) and can pause reading, so `Socket.fromWebSocket` holds reads once its buffer is full instead of
 * buffering without bound. The same constructor as `@effect/platform-node`'s `NodeWS.layerWebSocketConstructor`.
 *
 * @module
 */
import * as Layer from "effect/Layer"
import * as Socket from "effect/socket/Socket"
import { createRequire } from "node:module"
import type WebSocketClass from "ws"

// `ws` is loaded when the first WebSocket is made, not with the adapter: ~30 ms of wall time (~50 ms of CPU) of a
// process start that a program making HTTP calls only never needs (tooling/bench/README.md, "Cold start"). Through
// the module's own `require` where there is one — a bundle (esbuild, webpack) sees `require("ws")` and bundles `ws` —
// else (an ES module, as published) through `createRequire`.
let WebSocket: typeof WebSocketClass | undefined
const load = (): typeof WebSocketClass =>
  (WebSocket ??= (typeof require === "function" ? require("ws") : createRequire(import.meta.url)("ws")) as typeof WebSocketClass)

/**
 * `new WebSocket(url, protocols, { headers, maxPayload })` of `ws`, given Effect's `(url, options)`: `maxPayload` is the
 * live events' `maxFrameBytes` (default 16 MiB) when the events engine gives it — a larger frame is refused from its
 * header, before it is read (`ws`'s own default is 100 MiB).
 */
const construct = (url: string, options?: Socket.WebSocketConstructorOptions): Socket.WebSocketLike => {
  const WebSocket = load()
  if (options === undefined || typeof options === "string" || Array.isArray(options)) return new WebSocket(url, options)
  const maxFrameBytes = (options as { readonly maxFrameBytes?: unknown }).maxFrameBytes
  return new WebSocket(url, options.protocols, {
    headers: options.headers,
    ...(typeof maxFrameBytes === "number" ? { maxPayload: maxFrameBytes } : {}),
  })
}

/** The `Socket.WebSocketConstructor` of `ws`. */
export const layer: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(Socket.WebSocketConstructor)(construct)
