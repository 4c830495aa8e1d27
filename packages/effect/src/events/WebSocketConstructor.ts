/**
 * Where the WebSocket comes from, and how a refused upgrade is recognised.
 *
 * The live events service dials through Effect's `Socket.WebSocketConstructor`, supplied by the runtime adapter.
 * The token travels in the `Authorization` header of the upgrade request, which Node (`ws` and the built-in
 * WebSocket), Deno ≥ 2.5, Bun and workerd can all set. Browsers (and Deno before 2.5) cannot set headers on a
 * WebSocket upgrade, so the request would go out without the token: the constructor refuses to dial instead, and the
 * stream fails with `ConnectionLost` saying that this runtime cannot send the token.
 *
 * @module
 */
import * as Layer from "effect/Layer"
import type * as Socket from "effect/socket/Socket"
import { WebSocketConstructor } from "./SocketModule.ts"

/**
 * A `WebSocketConstructor` over `globalThis.WebSocket` that passes the upgrade headers as
 * `new WebSocket(url, { headers, protocols })` — the form Deno ≥ 2.5, Bun and Node ≥ 22.19 accept. Where the
 * constructor refuses an options object (browsers, Deno before 2.5) it throws `HeadersUnsupported` rather than dial
 * without the token; a refusal of the runtime's permissions (Deno's `NotCapable`) is thrown as it is. Either ends the
 * stream at once with `ConnectionLost` saying why. On Node it dials through a dispatcher of its own (see `cutter`), so
 * that a socket whose peer never answers the close can still be cut (`cutterOf`).
 * Runtime adapters replace it with their own (e.g. `ws` on Node).
 */
export const layerGlobal: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(WebSocketConstructor)(
  (url, options) => {
    const WebSocket = globalThis.WebSocket as unknown as new(url: string, options?: unknown) => Socket.WebSocketLike
    if (options === undefined || typeof options === "string" || Array.isArray(options)) {
      return new WebSocket(url, options)
    }
    // `maxFrameBytes` is for adapters whose transport can enforce it (FrameSocket checks each frame itself)
    const { maxFrameBytes: _, ...init } = options as typeof options & { readonly maxFrameBytes?: number }
    options = init
    try {
      // read after `globalThis.WebSocket`: Node loads undici (which sets its global dispatcher) on that first access
      const global = undiciGlobalDispatcher()
      if (global === undefined) return new WebSocket(url, options)
      const cut = cutter()
      const ws = new WebSocket(url, { ...options, dispatcher: cut.dispatcher(global) })
      cutters.set(ws, cut.cut)
      return ws
    } catch (error) {
      // the runtime refused to dial (Deno's permissions): without headers it would refuse again
      if (isRuntimeRefusal(error)) throw error
      // A constructor that refuses the options object cannot send the token: dialling without it would only have
      // Desktop answer 401, read as "the token was refused" — a false lead. Say what is wrong instead.
      throw new HeadersUnsupported(error)
    }
  },
)

/** The part of an undici dispatcher (Node's built-in `fetch` and `WebSocket` dial through one) used here. */
interface UndiciDispatcher {
  dispatch(options: unknown, handler: object): boolean
}

/**
 * Node's global undici dispatcher (undici's `Symbol.for("undici.globalDispatcher.1")`, where Node 22 and later, and a
 * user's `setGlobalDispatcher`, keep it), `undefined` on every other runtime (Deno, Bun, workerd, browsers).
 */
const undiciGlobalDispatcher = (): UndiciDispatcher | undefined => {
  const dispatcher = (globalThis as Record<symbol, unknown>)[Symbol.for("undici.globalDispatcher.1")]
  return typeof dispatcher === "object" && dispatcher !== null &&
      typeof (dispatcher as { dispatch?: unknown }).dispatch === "function"
    ? dispatcher as UndiciDispatcher
    : undefined
}

/** How to cut the TCP connection of a WebSocket made by {@link layerGlobal}, where the runtime has none of its own. */
const cutters = new WeakMap<object, () => void>()

/**
 * Cuts `ws`'s connection at once, without a close handshake — `terminate()` of `ws` and Bun — or `undefined` when
 * neither the socket nor {@link layerGlobal} can (Deno, workerd, browsers).
 */
export const cutterOf = (ws: Socket.WebSocketLike): (() => void) | undefined => {
  const terminate = (ws as { terminate?: unknown }).terminate
  return typeof terminate === "function" ? () => terminate.call(ws) : cutters.get(ws)
}

/**
 * Node's built-in WebSocket (undici) has no `terminate()`, and its `close()` waits for the peer's close frame without
 * a time limit: a peer that never answers keeps the TCP connection — and the process — alive for good. It accepts a
 * `dispatcher` though (`WebSocketInit`): this one passes every request on to the global dispatcher (proxies and
 * settings the user configured still apply) and keeps the TCP socket the upgrade hands over, so that `cut` can destroy
 * it. Both handler interfaces are covered: `onUpgrade` (Node 22, 24) and `onRequestUpgrade` (Node 26's undici).
 */
const cutter = () => {
  let socket: { destroy(): void } | undefined
  let cut = false
  const keep = (upgraded: unknown) => {
    if (typeof upgraded !== "object" || upgraded === null || typeof (upgraded as { destroy?: unknown }).destroy !== "function") return
    socket = upgraded as { destroy(): void }
    if (cut) socket.destroy()
  }
  const watch = (handler: object): object =>
    new Proxy(handler, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key)
        if (typeof value !== "function") return value
        if (key === "onUpgrade") {
          return (...args: Array<unknown>) => {
            keep(args[2])
            return value.apply(target, args)
          }
        }
        if (key === "onRequestUpgrade") {
          return (...args: Array<unknown>) => {
            keep(args[3])
            return value.apply(target, args)
          }
        }
        return value.bind(target)
      },
    })
  return {
    dispatcher: (global: UndiciDispatcher): UndiciDispatcher => ({
      dispatch: (options, handler) => global.dispatch(options, watch(handler)),
    }),
    cut: () => {
      cut = true
      socket?.destroy()
    },
  }
}

/**
 * `new WebSocket(url, { headers })` was refused by the runtime (a browser, Deno before 2.5: "Invalid protocol
 * value"), so the token cannot travel on the upgrade. Thrown by the constructor, it ends the stream at once with
 * `ConnectionLost` saying so (events/SocketFailure.ts, a refused dial).
 */
class HeadersUnsupported extends Error {
  override readonly name = "HeadersUnsupported"
  constructor(cause: unknown) {
    super(
      `this runtime's WebSocket cannot send the Authorization header on the upgrade, so the access token cannot be ` +
        `sent (new WebSocket(url, { headers }) threw: ${cause instanceof Error ? cause.message : String(cause)}); ` +
        `use Node ≥ 22.19, Deno ≥ 2.5, Bun, or workerd through @beeper-kit/edge`,
      { cause },
    )
  }
}

/** Deno's refusal of a host outside `--allow-net` (`NotCapable` since Deno 2, `PermissionDenied` before). */
const isRuntimeRefusal = (error: unknown): boolean =>
  error instanceof Error && (error.name === "NotCapable" || error.name === "PermissionDenied")

/**
 * The HTTP status of a refused upgrade, when the runtime tells it: `ws` reports
 * `Unexpected server response: 401`, Deno `Invalid status code: 401`, Bun `Expected 101 status code: 401`.
 * Node's built-in WebSocket and browsers report no status (`undefined`).
 */
export const upgradeStatus = (error: Socket.SocketError): number | undefined => {
  if (error.reason._tag !== "SocketOpenError") return undefined
  for (const text of messagesOf(error.reason.cause)) {
    const match = /(?:status code|server response|status)\D{0,3}([1-5]\d\d)\b/i.exec(text)
    if (match?.[1] !== undefined) return Number(match[1])
  }
  return undefined
}

/** The texts an open failure's cause carries (the event's `message`, its `error`'s, their `cause`s'), outermost first. */
export const messagesOf = (cause: unknown): Array<string> => {
  const out: Array<string> = []
  const visit = (value: unknown, depth: number) => {
    if (depth > 2 || value === null || value === undefined) return
    if (typeof value === "string") {
      out.push(value)
      return
    }
    if (typeof value !== "object") return
    const record = value as Record<string, unknown>
    if (typeof record["message"] === "string") out.push(record["message"])
    visit(record["error"], depth + 1)
    visit(record["cause"], depth + 1)
  }
  visit(cause, 0)
  return out
}
