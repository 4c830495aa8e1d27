// The transports the suites run the clients over: Effect's fetch HttpClient, and a `WebSocketConstructor` over
// the `ws` package (what the Node adapter supplies: the token in the upgrade's Authorization header).
import { Layer } from "effect"
import { Socket } from "effect/socket"
import { WebSocket } from "ws"

/** A `WebSocketConstructor` over `ws`; `onDial` sees every dial (to prove nothing was dialled). */
export const wsConstructor = (onDial: (url: string) => void = () => {}): Layer.Layer<Socket.WebSocketConstructor> =>
  Layer.succeed(Socket.WebSocketConstructor)((url, options) => {
    onDial(url)
    const headers = options !== undefined && typeof options === "object" && !Array.isArray(options) ? { ...options.headers } : {}
    return new WebSocket(url, { headers }) as unknown as Socket.WebSocketLike
  })
