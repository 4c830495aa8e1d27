/**
 * What the events engine uses of Effect's `Socket` module (`effect/socket/Socket`): the `WebSocketConstructor`
 * service it dials with, and — as an Effect, so the module can be imported when the first connection opens rather
 * than when `@beeper-kit/effect` is — its socket error classes. This file is the per-module build's (what bundlers
 * take): Effect's own service and a static import. The runtime build (`scripts/runtime-bundle.ts`, what Node, Deno
 * and Bun load) takes `SocketModule.runtime.ts` instead, which names the service by its key and imports the module on
 * first use: ~1–2.5 ms of CPU at start on each runtime (tooling/bench/README.md, "Cold start"), paid by every program,
 * HTTP-only ones included, as the adapters' transport layers need the service at import. Same split, same reason as
 * `KeyValueStoreModule.ts`.
 *
 * @internal
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Socket from "effect/socket/Socket"

/** The parts of `effect/socket/Socket` the events engine uses once a connection opens. */
export type SocketModule = Pick<
  typeof Socket,
  "SocketError" | "SocketCloseError" | "SocketOpenError" | "SocketReadError" | "SocketWriteError"
>

/** The service of Effect's `Socket.WebSocketConstructor`, the key the adapters provide the WebSocket under. */
export type WebSocketConstructorService = Context.Service<
  Socket.WebSocketConstructor,
  (url: string, options?: Socket.WebSocketConstructorOptions | undefined) => Socket.WebSocketLike
>

/** Effect's `Socket.WebSocketConstructor`. */
export const WebSocketConstructor: WebSocketConstructorService = Socket.WebSocketConstructor

/** The module's parts, ready at once. */
export const socketModule: Effect.Effect<SocketModule> = /*#__PURE__*/ Effect.succeed({
  SocketError: Socket.SocketError,
  SocketCloseError: Socket.SocketCloseError,
  SocketOpenError: Socket.SocketOpenError,
  SocketReadError: Socket.SocketReadError,
  SocketWriteError: Socket.SocketWriteError,
})
