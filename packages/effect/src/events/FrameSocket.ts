/**
 * One WebSocket of the events session, read as batches of text frames within a bound on unread frames.
 *
 * - **Batches:** the frames a socket delivers in one synchronous stretch (`ws` emits every frame of a TCP chunk in
 *   one go) reach the reader as one batch: a waiting reader is woken once, in a microtask after the stretch, not
 *   once per frame. (Effect's `Socket` reader resumes a waiting fiber inside the first frame's `message` event, so
 *   each frame became a batch of its own: a fiber resumption per event.)
 * - **Bounded:** unread frames are counted by their text length (UTF-16 code units: their size in bytes for ASCII
 *   JSON; a binary frame by its byte length), with no re-encoding. At `highWaterMark` a socket that can pause (the
 *   `ws` package) is paused until the reader takes what was read, and TCP pushes back on the server. A socket that
 *   cannot pause (the WHATWG `WebSocket` of Node's built-in, Deno, Bun, workerd, browsers) delivers every frame as
 *   fast as it arrives, whether or not anyone reads it: when the reader is behind (not waiting for frames), reading
 *   stops — the connection is closed with {@link fellBehindCode}, later frames are discarded, `onFellBehind` is
 *   told — and the reader sees the close after the frames it had already received; the session reconnects once the
 *   consumer made room, with a `gap`. Memory stays bounded by `highWaterMark` (plus one socket chunk) and the events
 *   buffers.
 * - **Frame size:** a frame over `maxFrameBytes` is not read: the connection ends with a close of code
 *   {@link frameTooBigCode} whose reason gives the limit (and the size, where the transport tells it). `ws` refuses
 *   such a frame from its header (the Node adapter gives it `maxFrameBytes` as `maxPayload`); other transports deliver
 *   it, and it is dropped here.
 * - **Failures** are Effect's `Socket.SocketError`s, as `Socket.makeWebSocket` reports them: `SocketOpenError`
 *   (`Timeout` after `openTimeout`, `Unknown` with the runtime's error event as the cause — where a refused
 *   upgrade's HTTP status is read —, or with a {@link DialRefused} when the constructor threw), `SocketCloseError`
 *   with the close code and reason, `SocketReadError`, `SocketWriteError`.
 *
 * The socket comes from `Socket.WebSocketConstructor` (the runtime adapter's), is closed with code 1000 when the
 * scope closes, and a binary frame is decoded as UTF-8 on its own.
 *
 * @module
 */
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { constVoid } from "effect/Function"
import type * as Scope from "effect/Scope"
import type * as Socket from "effect/socket/Socket"
import { type SocketModule, socketModule, WebSocketConstructor } from "./SocketModule.ts"
import { cutterOf } from "./WebSocketConstructor.ts"

/** The close code the client sends when it stops reading because the consumer fell behind. */
export const fellBehindCode = 4000

/** The close reason sent with {@link fellBehindCode}. */
export const fellBehindReason = "client fell behind: unread frames reached socketHighWaterMark"

/**
 * The code of the close a frame over `maxFrameBytes` ends the connection with, as the session reports it: 1009,
 * "message too big" (RFC 6455). (What the client sends is {@link frameTooBigSentCode}: a WHATWG `close()` takes
 * only 1000 and 3000–4999.)
 */
export const frameTooBigCode = 1009

/** The close code the client sends when it refuses a frame over `maxFrameBytes`. */
export const frameTooBigSentCode = 4009

/** `20 MiB`, `512 bytes`: a size in a message. */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`
    : bytes >= 1024
    ? `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`
    : `${bytes} bytes`

/** Why a connection ended on a frame over `maxFrameBytes` (the size, when the transport tells it before reading). */
export const frameTooBigReason = (limit: number, size?: number, limitName: string = "maxFrameBytes"): string =>
  `a frame ${size === undefined ? "" : `of ${formatBytes(size)} `}was over ${limitName} (${formatBytes(limit)}): ` +
  `not read, the connection is closed`

/**
 * The frame and limit sizes of a runtime's own refusal of a frame too large for it, from its error's text, or
 * `undefined`: workerd refuses messages over 32 MiB before the SDK sees them ("WebSocket protocol error;
 * protocolError.statusCode = 1009; protocolError.description = Message is too large: 34603008 > 33554432").
 */
const runtimeFrameRefusal = (event: Socket.WebSocketEvent): { readonly size: number; readonly limit: number } | undefined => {
  const { message, error } = event as { readonly message?: unknown; readonly error?: unknown }
  const text = `${typeof message === "string" ? message : ""} ${error instanceof Error ? error.message : ""}`
  const match = /statusCode = 1009\b[\s\S]*?too large: (\d+) > (\d+)/.exec(text)
  return match === null ? undefined : { size: Number(match[1]), limit: Number(match[2]) }
}

/**
 * The cause of a `SocketOpenError` when the WebSocket constructor itself threw: the runtime refused to dial (Deno's
 * `NotCapable` for a host outside `--allow-net`). Dialling again would throw again.
 */
export class DialRefused extends Error {
  /** What the constructor threw. */
  readonly refusal: unknown
  constructor(refusal: unknown) {
    super(
      typeof refusal === "object" && refusal !== null && typeof (refusal as { message?: unknown }).message === "string"
        ? `${String((refusal as { name?: unknown }).name ?? "Error")}: ${(refusal as { message: string }).message}`
        : String(refusal),
      { cause: refusal },
    )
    this.refusal = refusal
    this.name = "DialRefused"
  }
}

/**
 * How long a closed socket may wait for the peer's close frame before it is cut. A Desktop that stopped answering
 * without closing the connection (a sleeping machine, a frozen process) never sends one: `ws` would then hold the
 * socket, and the process, for its 30 s close timeout, Bun likewise.
 */
const closeGraceMillis = 1_000

/**
 * Closes `ws` with code 1000 and, where the socket can be cut (`terminate()`: `ws`, Bun; Node's built-in WebSocket
 * through the dispatcher `layerGlobal` dials it with), cuts it if it is not closed `closeGraceMillis` later. The timer
 * does not keep the process alive. (Deno's WebSocket cannot be cut: packages/deno/README.md.)
 */
const closeSocket = (ws: Socket.WebSocketLike): void => {
  try {
    ws.close(1000)
  } catch {
    // already closing
  }
  const cut = cutterOf(ws)
  if (ws.readyState === 3 || cut === undefined) return
  const timer = setTimeout(() => {
    if (ws.readyState !== 3) cut()
  }, closeGraceMillis)
  ;(timer as { unref?: () => void }).unref?.()
}

/** An open WebSocket, read in batches. */
export interface FrameSocket {
  /**
   * Every frame received since the last take (at least one), waiting for one. Fails once the connection ended,
   * after the frames received before that.
   */
  readonly take: Effect.Effect<ReadonlyArray<string>, Socket.SocketError>
  /** Sends a text frame. */
  readonly send: (text: string) => Effect.Effect<void, Socket.SocketError>
}

/** Options of {@link open}. */
export interface FrameSocketOptions {
  readonly url: string
  /** Headers of the upgrade request (the token's `Authorization`). */
  readonly headers: Readonly<Record<string, string>>
  readonly openTimeout: Duration.Duration
  /** Unread frames' size at which reading stops (see the module description). */
  readonly highWaterMark: number
  /**
   * The largest frame read (its text length, or bytes): a larger one ends the connection with a close of code
   * {@link frameTooBigCode} whose reason says so. Given to the constructor as `maxFrameBytes` too, so that a transport
   * that can refuse a frame before reading it all (`ws`'s `maxPayload`, in the Node adapter) does.
   */
  readonly maxFrameBytes: number
  /** Told when a socket that cannot pause is closed because the reader fell behind. */
  readonly onFellBehind: () => void
}

interface Pausable {
  pause(): void
  resume(): void
}

const isPausable = (ws: Socket.WebSocketLike): ws is Socket.WebSocketLike & Pausable =>
  "pause" in ws && typeof (ws as { pause?: unknown }).pause === "function"

const closeError = (errors: SocketModule, code: number, reason?: string): Socket.SocketError =>
  new errors.SocketError({ reason: new errors.SocketCloseError({ code, closeReason: reason }) })

/**
 * What the constructor gets: Effect's `{ protocols, headers }`, and `maxFrameBytes` for a runtime adapter that can
 * enforce it in the transport (`layerGlobal` leaves it out of what it gives the runtime's `WebSocket`).
 */
const constructorOptions = (options: FrameSocketOptions): Socket.WebSocketConstructorOptions => {
  const init = { protocols: undefined, headers: options.headers, maxFrameBytes: options.maxFrameBytes }
  return init
}

/** Dials `options.url` and waits until the socket is open; closed (code 1000) when the scope closes. */
export const open = (
  options: FrameSocketOptions,
): Effect.Effect<FrameSocket, Socket.SocketError, Socket.WebSocketConstructor | Scope.Scope> =>
  Effect.gen(function*() {
    const errors = yield* socketModule
    const construct = yield* WebSocketConstructor
    const ws = yield* Effect.acquireRelease(
      Effect.try({
        try: () => construct(options.url, constructorOptions(options)),
        // the runtime refused to dial (Deno's permissions): a typed open failure, never a defect
        catch: (cause) =>
          new errors.SocketError({ reason: new errors.SocketOpenError({ kind: "Unknown", cause: new DialRefused(cause) }) }),
      }),
      (ws) => Effect.sync(() => closeSocket(ws)),
    )
    if ("binaryType" in ws) (ws as { binaryType: string }).binaryType = "arraybuffer"
    /** The socket, when it can pause. */
    const pausable = isPausable(ws) ? ws : undefined
    const decoder = new TextDecoder()
    let opened = ws.readyState === 1
    let frames: Array<string> = []
    let unread = 0
    let paused = false
    /** Reading stopped for good: the connection ended, failed, or was closed because the reader fell behind. */
    let error: Socket.SocketError | undefined
    let stopped = false
    let taker: ((batch: Effect.Effect<ReadonlyArray<string>, Socket.SocketError>) => void) | undefined
    let onOpen: ((outcome: Effect.Effect<void, Socket.SocketError>) => void) | undefined

    const takeFrames = (): ReadonlyArray<string> => {
      const batch = frames
      frames = []
      unread = 0
      if (paused && error === undefined) {
        pausable!.resume()
        paused = false
      }
      return batch
    }

    /** What a take gets now, or `undefined` when it must wait. */
    const takeNow = (): Effect.Effect<ReadonlyArray<string>, Socket.SocketError> | undefined =>
      frames.length > 0 ? Effect.succeed(takeFrames()) : error === undefined ? undefined : Effect.fail(error)

    let wakeScheduled = false
    const wake = () => {
      wakeScheduled = false
      const resume = taker
      if (resume === undefined) return
      const batch = takeNow()
      if (batch === undefined) return
      taker = undefined
      resume(batch)
    }
    // once per synchronous stretch of frames (see the module description)
    const scheduleWake = () => {
      if (wakeScheduled || taker === undefined) return
      wakeScheduled = true
      queueMicrotask(wake)
    }

    const fail = (failure: Socket.SocketError) => {
      if (error === undefined) error = failure
      if (onOpen !== undefined) {
        const resume = onOpen
        onOpen = undefined
        resume(Effect.fail(error))
      }
      scheduleWake()
    }

    /** Stops reading a socket that cannot pause (see the module description). */
    const stop = () => {
      stopped = true
      try {
        ws.close(fellBehindCode, fellBehindReason)
      } catch {
        // already closing
      }
      options.onFellBehind()
      fail(closeError(errors, fellBehindCode, fellBehindReason))
    }

    /** Stops reading at a frame over `maxFrameBytes`: the connection ends with a close that says so. */
    const refuse = (size?: number, limit: number = options.maxFrameBytes, limitName?: string) => {
      if (stopped) return
      stopped = true
      const reason = frameTooBigReason(limit, size, limitName)
      try {
        ws.close(frameTooBigSentCode, "frame over maxFrameBytes")
      } catch {
        // already closing
      }
      fail(closeError(errors, frameTooBigCode, reason))
    }

    const push = (text: string, size: number) => {
      if (stopped) return
      if (size > options.maxFrameBytes) return refuse(size)
      frames.push(text)
      unread += size
      scheduleWake()
      if (unread < options.highWaterMark) return
      // a waiting reader takes these frames in a moment: only a reader that is behind stops a socket for good
      if (pausable === undefined) return taker === undefined ? stop() : undefined
      if (!paused && error === undefined) {
        pausable.pause()
        paused = true
      }
    }

    const onMessage = (event: Socket.WebSocketEvent) => {
      const data = (event as { readonly data?: unknown }).data
      if (typeof data === "string") return push(data, data.length)
      if (data instanceof ArrayBuffer) return push(decoder.decode(data), data.byteLength)
      if (ArrayBuffer.isView(data)) return push(decoder.decode(data), data.byteLength)
      if (typeof Blob !== "undefined" && data instanceof Blob) {
        if (data.size > options.maxFrameBytes) return refuse(data.size)
        data.arrayBuffer().then(
          (bytes) => push(decoder.decode(bytes), bytes.byteLength),
          (cause) => fail(new errors.SocketError({ reason: new errors.SocketReadError({ cause }) })),
        )
      }
    }
    const onError = (event: Socket.WebSocketEvent) => {
      if (stopped) return
      // `ws` refused a frame over its `maxPayload` (the Node adapter's, from `maxFrameBytes`) before reading it
      if ((event as { readonly error?: { readonly code?: unknown } }).error?.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") {
        return refuse()
      }
      // the runtime refused it itself, under a limit of its own (workerd's 32 MiB, whatever maxFrameBytes says)
      const refusal = runtimeFrameRefusal(event)
      if (refusal !== undefined) return refuse(refusal.size, refusal.limit, "this runtime's WebSocket message limit")
      fail(
        new errors.SocketError({
          reason: opened
            ? new errors.SocketReadError({ cause: event })
            : new errors.SocketOpenError({ kind: "Unknown", cause: event }),
        }),
      )
    }
    const onClose = (event: Socket.WebSocketEvent) => {
      if (stopped) return
      const { code, reason } = event as { readonly code?: unknown; readonly reason?: string }
      fail(closeError(errors, typeof code === "number" ? code : 1006, reason))
    }
    ws.addEventListener("message", onMessage)
    ws.addEventListener("error", onError, { once: true })
    ws.addEventListener("close", onClose, { once: true })
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        fail(closeError(errors, 1006))
        ws.removeEventListener("message", onMessage)
        // late errors (a release that aborts a pending handshake) stay handled
        ws.addEventListener("error", constVoid)
        ws.removeEventListener("error", onError)
        ws.removeEventListener("close", onClose)
        if (paused) {
          try {
            // let the close handshake proceed
            pausable!.resume()
          } catch {
            // the underlying stream may already be gone
          }
        }
      })
    )

    if (ws.readyState >= 2) return yield* Effect.fail(error ?? closeError(errors, 1006))
    if (!opened) {
      yield* Effect.callback<void, Socket.SocketError>((resume) => {
        if (error !== undefined) return resume(Effect.fail(error))
        const opening = () => {
          if (onOpen !== resume) return
          onOpen = undefined
          resume(Effect.void)
        }
        onOpen = resume
        ws.addEventListener("open", opening, { once: true })
        return Effect.sync(() => {
          if (onOpen === resume) onOpen = undefined
          ws.removeEventListener("open", opening)
        })
      }).pipe(
        Effect.timeoutOrElse({
          duration: options.openTimeout,
          orElse: () =>
            Effect.fail(
              new errors.SocketError({
                reason: new errors.SocketOpenError({ kind: "Timeout", cause: new Error("timeout waiting for \"open\"") }),
              }),
            ),
        }),
      )
      opened = true
    }

    const take: FrameSocket["take"] = Effect.callback((resume) => {
      const now = takeNow()
      if (now !== undefined) return resume(now)
      taker = resume
      return Effect.sync(() => {
        if (taker === resume) taker = undefined
      })
    })

    const send: FrameSocket["send"] = (text) =>
      Effect.suspend(() => {
        try {
          ws.send(text)
          return Effect.void
        } catch (cause) {
          return Effect.fail(new errors.SocketError({ reason: new errors.SocketWriteError({ cause }) }))
        }
      })

    return { take, send }
  })
