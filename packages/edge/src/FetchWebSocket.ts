/**
 * An outbound WebSocket opened through `fetch` — how Cloudflare Workers (workerd) dial a WebSocket with headers:
 * `fetch(httpUrl, { headers: { Upgrade: "websocket", Authorization } })` answers `101` with `response.webSocket`,
 * which the worker `accept()`s. This module wraps that asynchronous dial in the synchronous, event-target shaped
 * `Socket.WebSocketLike` that Effect's `Socket.WebSocketConstructor` returns: `readyState` is `CONNECTING` until
 * the upgrade completes, then `open` fires and frames flow.
 *
 * A refused upgrade fires `error` with `Unexpected server response: <status>` (so a 401 becomes `Unauthorized`
 * in `BeeperEvents`), then `close` with code 1006. A redirect is never followed (`redirect: "manual"`): a 3xx is a
 * refused upgrade like any other status, as on Deno and Bun — another origin's events are never read as Desktop's.
 *
 * @module
 */
import * as Layer from "effect/Layer"
import * as Socket from "effect/socket/Socket"

/** The part of workerd's `WebSocket` (from `response.webSocket`) used here. */
export interface AcceptableWebSocket {
  accept(): void
  addEventListener(type: "message" | "close" | "error", listener: (event: Socket.WebSocketEvent) => void): void
  send(data: string | ArrayBuffer | ArrayBufferView): void
  close(code?: number, reason?: string): void
}

/** A `fetch` whose upgrade response may carry the accepted-to-be WebSocket (workerd). */
export type UpgradeFetch = (
  input: string,
  init: { readonly headers: Record<string, string>; readonly signal: AbortSignal; readonly redirect: "manual" },
) => Promise<Response & { readonly webSocket?: AcceptableWebSocket | null | undefined }>

type EventType = "open" | "message" | "error" | "close"
type Listener = (event: Socket.WebSocketEvent) => void

const CONNECTING = 0
const OPEN = 1
const CLOSING = 2
const CLOSED = 3

/** The handshake options of `WebSocketConstructor` as upgrade request headers. */
export const upgradeHeaders = (options: Socket.WebSocketConstructorOptions | undefined): Record<string, string> => {
  const headers: Record<string, string> = {}
  const protocols = typeof options === "string" || Array.isArray(options) ? options : options?.protocols
  if (typeof options === "object" && !Array.isArray(options) && options.headers !== undefined) {
    Object.assign(headers, options.headers)
  }
  if (protocols !== undefined && protocols.length > 0) {
    headers["Sec-WebSocket-Protocol"] = typeof protocols === "string" ? protocols : protocols.join(", ")
  }
  headers["Upgrade"] = "websocket"
  return headers
}

/** The `http:`/`https:` URL a `ws:`/`wss:` URL is dialled through. */
export const httpUrlOf = (url: string): string => {
  const parsed = new URL(url)
  if (parsed.protocol === "ws:") parsed.protocol = "http:"
  else if (parsed.protocol === "wss:") parsed.protocol = "https:"
  return parsed.href
}

/**
 * A close code a WebSocket may send back: the peer's own, except those only ever reported, never sent (1005 no code,
 * 1006 abnormal, 1015 TLS), which are answered with 1000.
 */
const sendableCode = (code: unknown): number =>
  typeof code === "number" && code >= 1000 && code <= 4999 && code !== 1005 && code !== 1006 && code !== 1015
    ? code
    : 1000

/**
 * Opens a WebSocket through a `fetch` upgrade and returns it at once as a `Socket.WebSocketLike` (never throws:
 * every failure arrives as `error` + `close` events, as with a browser WebSocket).
 */
export const dial = (
  fetch: UpgradeFetch,
  url: string,
  options?: Socket.WebSocketConstructorOptions,
): Socket.WebSocketLike => {
  const listeners = new Map<EventType, Map<Listener, { readonly once: boolean }>>()
  const controller = new AbortController()
  let socket: AcceptableWebSocket | undefined
  let closeCalled = false

  const emit = (type: EventType, event: Socket.WebSocketEvent) => {
    const registered = listeners.get(type)
    if (registered === undefined) return
    for (const [listener, { once }] of [...registered]) {
      if (once) registered.delete(listener)
      listener(event)
    }
  }

  const fail = (error: Error) => {
    if (self.readyState === CLOSED) return
    self.readyState = CLOSED
    // `message` and `error` are what `BeeperEvents` reads the refused upgrade's HTTP status from
    const errorEvent = { type: "error", message: error.message, error }
    emit("error", errorEvent)
    emit("close", { type: "close", code: 1006, reason: "" })
  }

  const self: { readyState: number } & Socket.WebSocketLike = {
    readyState: CONNECTING,
    addEventListener(type, listener, listenerOptions) {
      let registered = listeners.get(type)
      if (registered === undefined) listeners.set(type, registered = new Map())
      registered.set(listener, { once: listenerOptions?.once === true })
    },
    removeEventListener(type, listener) {
      listeners.get(type)?.delete(listener)
    },
    send(data) {
      if (socket === undefined || self.readyState !== OPEN) {
        throw new Error(`WebSocket is not open (readyState ${self.readyState})`)
      }
      socket.send(data)
    },
    close(code, reason) {
      if (closeCalled || self.readyState >= CLOSING) return
      closeCalled = true
      if (socket === undefined) {
        // still dialling: abandon the upgrade; no events, like a socket released before it opened
        self.readyState = CLOSED
        controller.abort()
        return
      }
      self.readyState = CLOSING
      socket.close(code, reason)
    },
  }

  const open = async () => {
    // never follow a redirect: the events of whatever answers elsewhere would be taken for Desktop's
    const response = await fetch(httpUrlOf(url), {
      headers: upgradeHeaders(options),
      signal: controller.signal,
      redirect: "manual",
    })
    if (closeCalled) {
      // released while the upgrade was in flight: finish the handshake only to close it
      const late = response.webSocket
      try {
        late?.accept()
        late?.close(1000)
      } catch {
        // nothing left to release
      }
      return
    }
    const upgraded = response.webSocket
    if (response.status !== 101 || upgraded === undefined || upgraded === null) {
      await response.body?.cancel().catch(() => undefined)
      return fail(
        response.status === 101
          ? new Error("This runtime's fetch does not expose the upgraded WebSocket (response.webSocket)")
          : new Error(
            `Unexpected server response: ${response.status}${
              response.status >= 300 && response.status < 400 ? " (a redirect, not followed)" : ""
            }`,
          ),
      )
    }
    socket = upgraded
    upgraded.addEventListener("message", (event) => emit("message", event))
    upgraded.addEventListener("error", (event) => {
      if (self.readyState !== CLOSED) emit("error", event)
    })
    upgraded.addEventListener("close", (event) => {
      if (self.readyState === CLOSED) return
      const closedByServer = self.readyState !== CLOSING
      self.readyState = CLOSED
      // workerd leaves the server's close frame unanswered until the Worker answers it: without this the connection
      // stays half-closed until the request ends, and Desktop sees 1006 instead of its close acknowledged
      if (closedByServer) {
        try {
          upgraded.close(sendableCode((event as { readonly code?: unknown }).code), (event as { readonly reason?: string }).reason)
        } catch {
          // already closed by the runtime
        }
      }
      emit("close", event)
    })
    upgraded.accept()
    self.readyState = OPEN
    emit("open", { type: "open" })
  }

  open().catch((cause: unknown) => {
    if (!closeCalled) fail(cause instanceof Error ? cause : new Error(String(cause)))
  })
  return self
}

/**
 * Why Vercel's Edge runtime (`EdgeRuntime`, the global Vercel documents for telling it apart) is refused before any
 * dial: its `WebSocket` cannot set the `Authorization` header Desktop reads the token from, and its `fetch` does not
 * upgrade. Every dial would fail alike, and `BeeperEvents` would reconnect for ever, which reads as a hang.
 */
export const vercelEdgeRefusal =
  "Vercel Edge cannot open a WebSocket that carries the access token (its WebSocket sets no headers and its fetch " +
  "does not upgrade): live events are not supported there — use BeeperEdge.layerDesktop, and poll"

/** `undefined` where `fetch` may upgrade; why not where it certainly cannot. */
const cannotUpgrade = (): string | undefined =>
  typeof (globalThis as { readonly EdgeRuntime?: unknown }).EdgeRuntime === "string" ? vercelEdgeRefusal : undefined

/**
 * The WebSocket of Cloudflare Workers as a layer: `fetch(url, { headers: { Upgrade: "websocket", ...headers } })`,
 * then `response.webSocket.accept()`. On Vercel Edge, whose `fetch` cannot upgrade, it throws instead of dialling
 * ({@link vercelEdgeRefusal}): `BeeperEvents` takes a constructor that throws as a runtime's refusal and ends its
 * streams with `ConnectionLost` saying why, where a failed dial would be retried for ever.
 */
export const layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(
  Socket.WebSocketConstructor,
)((url, options) => {
  const refusal = cannotUpgrade()
  if (refusal !== undefined) throw new TypeError(refusal)
  return dial(globalThis.fetch as unknown as UpgradeFetch, url, options)
})
