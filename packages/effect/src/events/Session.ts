/**
 * One live events session: the reconnecting WebSocket behind one events `Stream`.
 *
 * Per connection: dial (token in the `Authorization` header) → wait for `ready` → send `subscriptions.set` with
 * the current set → on its acknowledgement the connection is live (`connected` signal, then a `gap` signal on every
 * reconnect) → frames become elements until the connection closes, errors, or stays silent. Then the session
 * reconnects on the backoff schedule, which starts afresh after every connection that went live.
 *
 * Terminal (no reconnect): a 401 on the upgrade, the server rejecting the resubscription, `maxServerErrors`
 * `error` frames in a row, and the reconnect schedule giving up. Everything else is reconnected.
 *
 * @module
 */
import { Clock, Data, Deferred, Duration, Effect, Redacted, Schedule } from "effect"
import * as Pull from "effect/Pull"
import { Socket } from "effect/socket"
import { Forbidden, Unauthorized } from "../BeeperError.ts"
import {
  ConnectionLost,
  type EventsStreamError,
  InvalidSubscription,
  NotStreaming,
  RepeatedServerErrors,
  type SetSubscriptionsError,
  SubscriptionRejected,
} from "./EventsError.ts"
import { decodeFrame, encodeSubscriptionsSet, type IncomingFrame } from "./Frames.ts"
import { isDomainEvent, type LiveEvent } from "./LiveEvent.ts"
import type { EventFrame, Reader } from "./Reading.ts"
import { upgradeStatus } from "./WebSocketConstructor.ts"

/** Which chats to receive: `"*"` for all, a list of chat IDs, or `[]` to pause. */
export type Subscription = "*" | ReadonlyArray<string>

/** Settings of a session (resolved from the service's options). */
export interface SessionOptions {
  /** The `ws:`/`wss:` URL of `/v1/ws`. */
  readonly url: string
  readonly accessToken: Redacted.Redacted<string>
  /** Delays between connection attempts; restarts after each connection that went live. */
  readonly reconnectSchedule: Schedule.Schedule<unknown, unknown>
  /** Silence after which the connection is checked (a `subscriptions.set` of the current set), then dropped. */
  readonly idleTimeout: Duration.Duration
  /** How long the WebSocket may take to open. */
  readonly openTimeout: Duration.Duration
  /** `error` frames in a row (no event or acknowledgement between them) that end the stream. */
  readonly maxServerErrors: number
  /** Bytes of unread frames at which the socket stops reading (backpressure). */
  readonly socketHighWaterMark: number
  /**
   * Asked after an upgrade failure whose HTTP status the runtime did not report (Node's built-in WebSocket,
   * browsers): `true` when Beeper Desktop refuses the token over HTTP (401).
   */
  readonly tokenRefused: Effect.Effect<boolean>
  /** Reads past (or, under `strict`, refuses) what frames carry beyond the spec, completing partial entries. */
  readonly reader: Reader
}

/** A running session's control side. */
export interface Session {
  /** Replaces the live set; succeeds with the server's effective set once it acknowledged it. */
  readonly setSubscriptions: (subscription: Subscription) => Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError>
  /** Connects and reconnects until a terminal error. Elements go to the `emit` given to {@link make}. */
  readonly run: Effect.Effect<never, EventsStreamError, Socket.WebSocketConstructor>
  /** Marks the session ended: pending and later `setSubscriptions` calls fail with `NotStreaming`. */
  readonly end: Effect.Effect<void>
}

/** The chat IDs of a subscription, or `InvalidSubscription` when it mixes `"*"` with specific IDs. */
export const validate = (subscription: Subscription): Effect.Effect<ReadonlyArray<string>, InvalidSubscription> => {
  const chatIDs: ReadonlyArray<string> = subscription === "*" ? ["*"] : [...subscription]
  const encoded = encodeSubscriptionsSet("validate", chatIDs)
  return "refused" in encoded
    ? Effect.fail(new InvalidSubscription({ chatIDs, message: encoded.refused }))
    : Effect.succeed(chatIDs)
}

/** Why a connection ended, when the session should reconnect. */
class Dropped extends Data.TaggedError("Dropped")<{ readonly message: string }> {}

type Phase = "awaiting-ready" | "awaiting-ack" | "live"

interface Connection {
  phase: Phase
  /** Connection number once live (1, 2, ...). */
  number: number | undefined
  send: (text: string) => Effect.Effect<void, Dropped>
}

/** What the silence watchdog reads of a connection's reader. */
interface ReaderState {
  /** When the reader started waiting for the current batch (Clock millis). */
  waitingSince: number
  /** Whether the reader is handling a batch rather than waiting on the socket. */
  handling: boolean
  /** Batches read so far. */
  batches: number
}

interface SentRequest {
  readonly version: number
  readonly chatIDs: ReadonlyArray<string>
  readonly kind: "handshake" | "user" | "probe"
}

interface Waiter {
  readonly version: number
  readonly deferred: Deferred.Deferred<ReadonlyArray<string>, SubscriptionRejected | NotStreaming>
}

const describeSocketError = (error: Socket.SocketError): string => {
  const reason = error.reason
  switch (reason._tag) {
    case "SocketCloseError":
      return `closed with code ${reason.code}${reason.closeReason ? ` (${reason.closeReason})` : ""}`
    case "SocketOpenError":
      return reason.kind === "Timeout" ? "timed out opening the WebSocket" : "could not open the WebSocket"
    default:
      return reason.message
  }
}

const upgradeRequest = { operationId: "events.connect", method: "GET", path: "/v1/ws" } as const

const unauthorized = (message: string) => new Unauthorized({ ...upgradeRequest, status: 401, message })

/**
 * Creates a session for `initial` chat IDs (already validated). `emit` delivers one element to the consumer; it
 * may suspend (backpressure).
 */
export const make = (
  options: SessionOptions,
  initial: ReadonlyArray<string>,
  emit: (event: LiveEvent) => Effect.Effect<unknown>,
): Session => {
  let desired = initial
  let desiredVersion = 0
  /** The set acknowledged last, on the current or the last live connection. */
  let activeChats: ReadonlyArray<string> | undefined
  let connections = 0
  let consecutiveErrors = 0
  let requestCounter = 0
  let ended = false
  let live: Connection | undefined
  const seenChats = new Set<string>()
  const sent = new Map<string, SentRequest>()
  let waiters: Array<Waiter> = []
  const idleMillis = Duration.toMillis(options.idleTimeout)

  const resolveWaiters = (version: number, chatIDs: ReadonlyArray<string>) => {
    const done = waiters.filter((w) => w.version <= version)
    waiters = waiters.filter((w) => w.version > version)
    for (const w of done) Deferred.doneUnsafe(w.deferred, Effect.succeed(chatIDs))
  }

  const rejectWaiters = (version: number, error: SubscriptionRejected) => {
    const done = waiters.filter((w) => w.version === version)
    waiters = waiters.filter((w) => w.version !== version)
    for (const w of done) Deferred.doneUnsafe(w.deferred, Effect.fail(error))
  }

  const sendSet = (connection: Connection, kind: SentRequest["kind"]): Effect.Effect<string, Dropped> =>
    Effect.suspend(() => {
      const requestID = `r${++requestCounter}`
      // `desired` was validated when it was set, so it always encodes
      const encoded = encodeSubscriptionsSet(requestID, desired)
      const text = "text" in encoded ? encoded.text : ""
      sent.set(requestID, { version: desiredVersion, chatIDs: desired, kind })
      return Effect.as(connection.send(text), requestID)
    })

  const gapAfterReconnect = (before: ReadonlyArray<string> | undefined): LiveEvent | undefined => {
    if (before === undefined) return undefined
    if (before.includes("*")) {
      return { type: "gap", reason: "reconnect", chatIDs: [...seenChats], allChats: true, dropped: 0 }
    }
    if (before.length === 0) return undefined
    return { type: "gap", reason: "reconnect", chatIDs: before, allChats: false, dropped: 0 }
  }

  /**
   * The request a reply answers, by its echoed `requestID`. A reply without one (the echo is not guaranteed by the
   * reference) answers the oldest request still open: the server handles commands in order.
   */
  const takeAnswered = (requestID: string | undefined): SentRequest | undefined => {
    const key = requestID ?? sent.keys().next().value
    if (key === undefined) return undefined
    const request = sent.get(key)
    sent.delete(key)
    return request
  }

  const handleEvent = (frame: EventFrame): Effect.Effect<unknown> => {
    consecutiveErrors = 0
    if (isDomainEvent(frame.event)) seenChats.add(frame.event.chatID)
    // the hot path: an event exactly as specified goes straight to the buffer
    if (frame.tolerated === undefined && frame.incomplete === undefined) return emit(frame.event)
    return Effect.flatMap(options.reader.event(frame), emit)
  }

  const handleFrame = (
    connection: Connection,
    frame: IncomingFrame,
  ): Effect.Effect<unknown, Dropped | SubscriptionRejected | RepeatedServerErrors> => {
    if (frame.kind === "event") return handleEvent(frame)
    if (frame.tolerated === undefined) return handleControlFrame(connection, frame)
    return options.reader.control(frame.tolerated).pipe(
      Effect.flatMap((refusal) => refusal === undefined ? Effect.void : emit(refusal)),
      Effect.andThen(handleControlFrame(connection, frame)),
    )
  }

  const handleControlFrame = (
    connection: Connection,
    frame: IncomingFrame,
  ): Effect.Effect<void, Dropped | SubscriptionRejected | RepeatedServerErrors> =>
    Effect.gen(function*() {
      switch (frame.kind) {
        case "ready": {
          if (connection.phase === "awaiting-ready") {
            connection.phase = "awaiting-ack"
            yield* sendSet(connection, "handshake")
          }
          return
        }
        case "subscriptions.updated": {
          const request = takeAnswered(frame.requestID)
          consecutiveErrors = 0
          if (request === undefined) return
          const before = activeChats
          activeChats = frame.chatIDs
          resolveWaiters(request.version, frame.chatIDs)
          if (request.kind === "handshake" && connection.phase === "awaiting-ack") {
            connection.phase = "live"
            connection.number = ++connections
            live = connection
            yield* emit({ type: "connected", connection: connection.number, chatIDs: frame.chatIDs })
            const gap = connection.number > 1 ? gapAfterReconnect(before) : undefined
            if (gap !== undefined) yield* emit(gap)
            // a change asked for while this connection was being set up
            if (desiredVersion > request.version) yield* sendSet(connection, "user")
          } else if (request.kind === "user") {
            yield* emit({ type: "subscriptions.updated", chatIDs: frame.chatIDs })
          }
          return
        }
        case "error": {
          // only an error that names our request is about it; one without a requestID is the server's own
          const request = frame.requestID === undefined ? undefined : takeAnswered(frame.requestID)
          if (request?.kind === "handshake") {
            return yield* new SubscriptionRejected({ code: frame.code, message: frame.message, chatIDs: request.chatIDs })
          }
          if (request?.kind === "user") {
            rejectWaiters(
              request.version,
              new SubscriptionRejected({ code: frame.code, message: frame.message, chatIDs: request.chatIDs }),
            )
            // the server keeps the previous set
            if (desiredVersion === request.version && activeChats !== undefined) desired = activeChats
            return
          }
          consecutiveErrors++
          yield* emit({
            type: "server.error",
            code: frame.code,
            message: frame.message,
            ...(frame.requestID === undefined ? {} : { requestID: frame.requestID }),
          })
          if (consecutiveErrors >= options.maxServerErrors) {
            return yield* new RepeatedServerErrors({
              count: consecutiveErrors,
              code: frame.code,
              message: frame.message,
            })
          }
          return
        }
        case "event": {
          yield* handleEvent(frame)
          return
        }
        case "malformed": {
          yield* emit(options.reader.malformed(frame.error))
          return
        }
      }
    })

  /**
   * The silence watchdog of one connection (one fiber per connection, instead of a timer per read): when the reader
   * has waited `idleTimeout` on the socket without a frame, one liveness check (when live), then `Dropped` after
   * another `idleTimeout`. Time the reader spends handling a batch (e.g. suspended by backpressure) is not silence.
   */
  const watchSilence = (connection: Connection, reader: ReaderState): Effect.Effect<never, Dropped> =>
    Effect.gen(function*() {
      /** The liveness check sent, and how many batches had arrived then. */
      let probe: { readonly at: number; readonly batches: number } | undefined
      while (true) {
        if (probe !== undefined && reader.batches !== probe.batches) probe = undefined
        if (reader.handling) {
          yield* Effect.sleep(options.idleTimeout)
          continue
        }
        const now = yield* Clock.currentTimeMillis
        const silent = now - Math.max(reader.waitingSince, probe?.at ?? 0)
        if (silent < idleMillis) {
          yield* Effect.sleep(Duration.millis(idleMillis - silent))
          continue
        }
        if (connection.phase !== "live") {
          return yield* new Dropped({ message: `no frame for ${idleMillis} ms while connecting` })
        }
        if (probe !== undefined) {
          return yield* new Dropped({ message: `no frame for ${idleMillis} ms, and no answer to a liveness check` })
        }
        yield* sendSet(connection, "probe")
        probe = { at: now, batches: reader.batches }
      }
    })

  const openFailed = (error: Socket.SocketError): Effect.Effect<never, Dropped | Unauthorized | Forbidden> =>
    Effect.gen(function*() {
      const status = upgradeStatus(error)
      if (status === 401) {
        return yield* unauthorized("Beeper Desktop refused the access token on the WebSocket upgrade (HTTP 401)")
      }
      if (status === 403) {
        return yield* new Forbidden({
          ...upgradeRequest,
          status: 403,
          message: "The access token may not open the live events WebSocket (HTTP 403)",
        })
      }
      if (status === undefined && error.reason._tag === "SocketOpenError" && error.reason.kind === "Unknown") {
        if (yield* options.tokenRefused) {
          return yield* unauthorized(
            "The WebSocket upgrade failed and Beeper Desktop refuses the access token over HTTP (401)",
          )
        }
      }
      return yield* new Dropped({
        message: status === undefined ? describeSocketError(error) : `upgrade refused with HTTP ${status}`,
      })
    })

  const connectOnce = (connection: Connection) =>
    Effect.scoped(Effect.gen(function*() {
      const socket = yield* Socket.makeWebSocket(options.url, {
        headers: { Authorization: `Bearer ${Redacted.value(options.accessToken)}` },
        openTimeout: options.openTimeout,
        highWaterMark: options.socketHighWaterMark,
      })
      const pull = yield* Socket.readerString(socket).pipe(Effect.catch(openFailed))
      const writer = yield* socket.writer
      connection.send = (text) =>
        writer.write(text).pipe(Effect.mapError((error) => new Dropped({ message: describeSocketError(error) })))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          if (live === connection) live = undefined
        })
      )
      const reader: ReaderState = { waitingSince: yield* Clock.currentTimeMillis, handling: false, batches: 0 }
      const read = Effect.gen(function*() {
        while (true) {
          reader.waitingSince = yield* Clock.currentTimeMillis
          reader.handling = false
          const batch = yield* Effect.mapError(pull, (error) => new Dropped({ message: describeSocketError(error) }))
          reader.handling = true
          reader.batches++
          for (const text of batch) yield* handleFrame(connection, decodeFrame(text))
        }
      })
      return yield* Effect.raceFirst(read, watchSilence(connection, reader))
    }))

  const run: Session["run"] = Effect.gen(function*() {
    let step = yield* Schedule.toStepWithSleep(options.reconnectSchedule)
    let attempts = 0
    while (true) {
      const connection: Connection = {
        phase: "awaiting-ready",
        number: undefined,
        send: () => Effect.void,
      }
      const dropped = yield* connectOnce(connection).pipe(
        Effect.catchTag("Dropped", (d) => Effect.succeed(d)),
        Effect.withSpan("BeeperEvents.connection", {
          attributes: { "url.full": options.url, "beeper.events.attempt": attempts + 1 },
        }),
      )
      sent.clear()
      if (connection.number !== undefined) {
        yield* emit({ type: "disconnected", connection: connection.number, message: dropped.message })
        step = yield* Schedule.toStepWithSleep(options.reconnectSchedule)
        attempts = 0
      }
      attempts++
      yield* step(dropped).pipe(
        Pull.catchDone(() => Effect.fail(new ConnectionLost({ attempts, message: dropped.message }))),
      )
    }
  })

  const setSubscriptions: Session["setSubscriptions"] = (subscription) =>
    Effect.gen(function*() {
      const chatIDs = yield* validate(subscription)
      if (ended) return yield* new NotStreaming({ message: "The events stream has ended" })
      const deferred = Deferred.makeUnsafe<ReadonlyArray<string>, SubscriptionRejected | NotStreaming>()
      desired = chatIDs
      const version = ++desiredVersion
      waiters.push({ version, deferred })
      // not live: the next handshake sends the new set
      if (live !== undefined) yield* Effect.ignore(sendSet(live, "user"))
      return yield* Deferred.await(deferred)
    })

  const end = Effect.sync(() => {
    ended = true
    const pending = waiters
    waiters = []
    for (const w of pending) {
      Deferred.doneUnsafe(
        w.deferred,
        Effect.fail(new NotStreaming({ message: "The events stream ended before the server acknowledged" })),
      )
    }
  })

  return { setSubscriptions, run, end }
}
