/**
 * The live events' WebSocket on Node: the `ws` package, which sends the upgrade headers (the token's
 * `Authorization`) and can pause reading, so `Socket.fromWebSocket` holds reads once its buffer is full instead of
 * buffering without bound. The same constructor as `@effect/platform-node`'s `NodeWS.layerWebSocketConstructor`.
 *
 * @module
 */
import { Layer } from "effect"
import * as Socket from "effect/socket/Socket"
import WebSocket from "ws"

/** `new WebSocket(url, protocols, { headers })` of `ws`, given Effect's `(url, options)`. */
const construct = (url: string, options?: Socket.WebSocketConstructorOptions): Socket.WebSocketLike =>
  options === undefined || typeof options === "string" || Array.isArray(options)
    ? new WebSocket(url, options)
    : new WebSocket(url, options.protocols, { headers: options.headers })

/** The `Socket.WebSocketConstructor` of `ws`. */
export const layer: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(Socket.WebSocketConstructor)(construct)
