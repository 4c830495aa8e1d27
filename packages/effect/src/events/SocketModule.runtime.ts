/**
 * `SocketModule.ts` in the runtime build (`scripts/runtime-bundle.ts` takes a `.runtime.ts` sibling in place of its
 * module): `effect/socket/Socket` imported when the first connection opens, and its `WebSocketConstructor` named by
 * its key meanwhile.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Socket from "effect/socket/Socket"
import type { SocketModule, WebSocketConstructorService } from "./SocketModule.ts"

/**
 * Effect's `Socket.WebSocketConstructor` without its module: a `Context` finds a service by its key string ("the
 * string key is the runtime identity of the service", Effect's `Context.Service`), so what Effect's service key
 * provides this reads, and the other way round. The key's type is Effect's own: a release that renamed it would not
 * compile.
 */
export const WebSocketConstructor: WebSocketConstructorService = /*#__PURE__*/ Context.Service(
  "@effect/platform/Socket/WebSocketConstructor" satisfies (typeof Socket.WebSocketConstructor)["key"],
)

/** The module, imported when the effect first runs (the runtime caches it). */
export const socketModule: Effect.Effect<SocketModule> = /*#__PURE__*/ Effect.promise(
  () => import("effect/socket/Socket"),
)
