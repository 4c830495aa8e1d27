/**
 * Bounded reading for WebSockets that cannot pause: the WHATWG `WebSocket` (Node's built-in, Deno, Bun, workerd,
 * browsers) delivers every frame the server sends, as fast as it arrives, whether or not anyone reads it.
 *
 * Effect's socket reader stops reading a socket that has `pause()` (the `ws` package) once `socketHighWaterMark`
 * bytes of frames are unread, and TCP pushes back on the server. A socket without `pause()` would keep buffering
 * without bound (Effect only notices the overflow at the next read, which a stalled consumer never makes). So a
 * socket without `pause()` is given one here, whose meaning is "stop reading": the connection is closed (code
 * {@link fellBehindCode}), frames that still arrive are discarded, and the reader sees the close after the frames it
 * had already received. The session then reconnects — once the reader has handed those frames on, i.e. once the
 * consumer made room — and signals the `gap`. Memory stays bounded by `socketHighWaterMark` plus the events buffer.
 *
 * @module
 */
import type * as Socket from "effect/socket/Socket"

/** The close code the client sends when it stops reading because the consumer fell behind. */
export const fellBehindCode = 4000

/** The close reason sent with {@link fellBehindCode}. */
export const fellBehindReason = "client fell behind: unread frames reached socketHighWaterMark"

interface Pausable {
  pause(): void
  resume(): void
}

/** Whether the socket can pause reading itself (the `ws` package). */
export const isPausable = (ws: Socket.WebSocketLike): ws is Socket.WebSocketLike & Pausable =>
  "pause" in ws && typeof (ws as { pause?: unknown }).pause === "function"

type Listener = (event: Socket.WebSocketEvent) => void
type EventType = "open" | "message" | "error" | "close"

/**
 * `ws` itself when it can pause; else a view of it whose `pause()` closes the connection (see the module
 * description) and calls `onStop`. Events reach the view's listeners exactly as the socket dispatched them, until
 * it stops; then one `close` event (code {@link fellBehindCode}) and nothing more.
 */
export const withReadLimit = (ws: Socket.WebSocketLike, onStop: () => void): Socket.WebSocketLike => {
  if (isPausable(ws)) return ws
  const listeners = new Map<EventType, Array<{ readonly listener: Listener; readonly once: boolean }>>()
  let stopped = false

  const dispatch = (type: EventType, event: Socket.WebSocketEvent) => {
    const registered = listeners.get(type)
    if (registered === undefined) return
    for (const entry of [...registered]) {
      if (entry.once) remove(type, entry.listener)
      entry.listener(event)
    }
  }
  const remove = (type: EventType, listener: Listener) => {
    const registered = listeners.get(type)
    const index = registered?.findIndex((entry) => entry.listener === listener) ?? -1
    if (index >= 0) registered!.splice(index, 1)
  }
  for (const type of ["open", "message", "error", "close"] as const) {
    ws.addEventListener(type, (event: Socket.WebSocketEvent) => {
      if (!stopped) dispatch(type, event)
    })
  }

  const view = {
    get readyState() {
      return stopped ? 3 : ws.readyState
    },
    set binaryType(value: string) {
      ;(ws as { binaryType?: string }).binaryType = value
    },
    get binaryType() {
      return (ws as { binaryType?: string }).binaryType ?? "blob"
    },
    send: (data: unknown) => ws.send(data as string),
    close: (code?: number, reason?: string) => {
      if (!stopped) ws.close(code, reason)
    },
    addEventListener: (type: EventType, listener: Listener, options?: { readonly once?: boolean }) => {
      const registered = listeners.get(type) ?? []
      registered.push({ listener, once: options?.once === true })
      listeners.set(type, registered)
    },
    removeEventListener: (type: EventType, listener: Listener) => remove(type, listener),
    /** Stops reading: closes the connection; the reader sees a close after what it already received. */
    pause: () => {
      if (stopped) return
      try {
        ws.close(fellBehindCode, fellBehindReason)
      } catch {
        // already closing
      }
      stopped = true
      onStop()
      dispatch("close", { type: "close", code: fellBehindCode, reason: fellBehindReason })
    },
    /** Nothing to resume: a stopped connection is replaced by a new one. */
    resume: () => {},
  }
  return view as unknown as Socket.WebSocketLike
}
