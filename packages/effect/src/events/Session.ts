/**
 * One live events session: the reconnecting WebSocket behind one events `Stream`.
 *
 * Per connection: dial (token in the `Authorization` header) → wait for `ready` → send `subscriptions.set` with
 * the current set → on its acknowledgement the connection is live (`connected` signal, then a `gap` signal on every
 * reconnect) → frames become elements until the connection closes, errors, or stays silent. Then the session
 * reconnects on the backoff schedule, which starts afresh only after a connection that stayed live for
 * `stableAfter`, or that the client closed itself because the consumer fell behind (`FrameSocket`): a server that
 * accepts and drops every connection meets a growing backoff, not a reconnect loop.
 *
 * Bounded waits: the handshake must be acknowledged within `subscriptionTimeout` (else the connection is dropped,
 * even if the server keeps sending other frames), and so must each `setSubscriptions` (`SubscriptionTimeout`; the
 * set stays desired). Frames are parsed as the server sent them: the events of the spec are the user's data, like
 * an HTTP success body. The token is scrubbed out of what becomes an error or a signal — `error` frames' code and
 * message, malformed frames (`Reading`), unknown events, close reasons and upgrade failures.
 *
 * A server that resets the session on a live connection — a `ready` after the handshake, or a
 * `subscriptions.updated` answering no request in flight that names another set than the one acknowledged — is a
 * drop: what it sent meanwhile is unknown, so the connection is redialled (resubscribed, a `gap` after it).
 *
 * Terminal (no reconnect): a 401 on the upgrade, the server rejecting the resubscription, `maxServerErrors`
 * `error` frames in a row, and the reconnect schedule giving up. Everything else is reconnected.
 *
 * Frames are read in the batches the socket delivers them in (`FrameSocket`); the events of a batch that are read
 * exactly as specified go to `emitAll` together, in order with the other elements (one `emit` each): no Effect per
 * event on that path.
 *
 * Every connection attempt is told to `onAttempt` before it dials (with the attempt number and why the previous one
 * ended): the session never retries silently.
 *
 * What the session knows of subscriptions (desired set, versions, requests in flight, waiters) is the pure
 * `Ledger`; how a frame is read is `Frames` (then `Reading`); the silence watchdog is `Watchdog`; what a socket
 * failure means is `SocketFailure`; the socket itself, read in batches within bounds, is `FrameSocket`. This
 * module is the connection loop that ties them to one socket at a time. One session serves every stream of a
 * layer: `SharedConnection` is its `emit` (the fan-out to each stream's buffer), asks for the union of the streams'
 * sets with `request`, and reads `state` (versions acknowledged, the live connection) to tell each stream when its
 * chats are covered.
 *
 * @module
 */
import { checkSubscriptionsSet, encodeSubscriptionsSet } from "@beeper-kit/core/ws"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Pull from "effect/Pull"
import type * as Socket from "effect/socket/Socket"
import {
  ConnectionLost,
  type EventsStreamError,
  InvalidSubscription,
  MalformedFrame,
  NotStreaming,
  RepeatedServerErrors,
  type SetSubscriptionsError,
  SubscriptionRejected,
  SubscriptionTimeout,
} from "./EventsError.ts"
import { type AnyReadFrame, type ControlFrame, type EventFrame, isEventFrame, readFrame } from "./Frames.ts"
import * as Ledger from "./Ledger.ts"
import { isDomainEvent, type LiveEvent } from "./LiveEvent.ts"
import type { Scrub } from "../internal/scrub.ts"
import * as FrameSocket from "./FrameSocket.ts"
import * as SeenChats from "./SeenChats.ts"
import type { Reader } from "./Reading.ts"
import * as SocketFailure from "./SocketFailure.ts"
import { readerState, watchSilence } from "./Watchdog.ts"

/**
 * Which chats to receive: `"*"` for all, a list of chat IDs, or `[]` to pause.
 * @since 1.0.0
 * @category Events
 */
export type Subscription = "*" | ReadonlyArray<string>

/** Settings of a session (resolved from the service's options). */
export interface SessionOptions {
  /** The `ws:`/`wss:` URL of `/v1/ws`. */
  readonly url: string
  readonly accessToken: Redacted.Redacted<string>
  /** Delays between connection attempts; restarts after a connection that stayed live `stableAfter`. */
  readonly reconnectSchedule: Schedule.Schedule<unknown, unknown>
  /** How long a connection must stay live for the reconnect schedule to start afresh after it. */
  readonly stableAfter: Duration.Duration
  /** How long `setSubscriptions` — and each connection's handshake — waits for the server's acknowledgement. */
  readonly subscriptionTimeout: Duration.Duration
  /** Takes the token out of the server's text (frames, close reasons). */
  readonly scrub: Scrub
  /** Silence after which the connection is checked (a `subscriptions.set` of the current set), then dropped. */
  readonly idleTimeout: Duration.Duration
  /** How long the WebSocket may take to open. */
  readonly openTimeout: Duration.Duration
  /** `error` frames in a row (no event or acknowledgement between them) that end the stream. */
  readonly maxServerErrors: number
  /** Size of unread frames at which the socket stops reading (backpressure; see `FrameSocket`). */
  readonly socketHighWaterMark: number
  /** The largest frame read; a larger one drops the connection (see `FrameSocket`). */
  readonly maxFrameBytes: number
  /**
   * Asked after an upgrade failure whose HTTP status the runtime did not report (Node's built-in WebSocket,
   * browsers): `true` when Beeper Desktop refuses the token over HTTP (401); `undefined` when nothing can ask.
   */
  readonly tokenRefused: Effect.Effect<boolean> | undefined
  /** Reads past (or, under `strict`, refuses) what frames carry beyond the spec, completing partial entries. */
  readonly reader: Reader
  /** Told of every connection attempt before it dials (a log line: the session never retries silently). */
  readonly onAttempt?: ((attempt: ConnectionAttempt) => Effect.Effect<void>) | undefined
}

/** Where a session's elements go. Either may suspend (backpressure). */
export interface Emitter {
  /** Delivers one element. */
  readonly emit: (event: LiveEvent) => Effect.Effect<unknown>
  /** Delivers elements in order: the events of one socket batch that were read exactly as specified. */
  readonly emitAll: (events: ReadonlyArray<LiveEvent>) => Effect.Effect<unknown>
  /**
   * Told the version of the desired set a rejected change carried (a `user` request, or a handshake that carried a
   * change), before its waiters fail — whether or not anyone still waits: the server keeps the set it had, and so
   * does the fan-out.
   */
  readonly rejected?: ((version: number) => Effect.Effect<unknown>) | undefined
}

/** A session's subscription state and connection, as the elements it emits leave it. */
export interface SessionState {
  /** The version of the desired set (0 for the initial one, one more per change). */
  readonly version: number
  /** The version the server acknowledged last; `undefined` before the first acknowledgement. */
  readonly acknowledgedVersion: number | undefined
  /** The number of the live connection (1, 2, ...), `undefined` while there is none. */
  readonly connection: number | undefined
}

/** One connection attempt, as {@link SessionOptions.onAttempt} is told of it. */
export interface ConnectionAttempt {
  /** The `ws:`/`wss:` URL dialled (it carries no token). */
  readonly url: string
  /** Attempts since the last stable connection (1 for the first). */
  readonly attempt: number
  /**
   * How many of the attempts before this one connected, then dropped before `stableAfter` (so that an attempt is not
   * called a failure to connect when it was a brief connection).
   */
  readonly connectedBriefly: number
  /** Why the previous connection or attempt ended (scrubbed), if there was one. */
  readonly previous: string | undefined
}

/** A running session's control side. */
export interface Session {
  /** Replaces the live set; succeeds with the server's effective set once it acknowledged it. */
  readonly setSubscriptions: (subscription: Subscription) => Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError>
  /**
   * Asks for `subscription` without waiting: succeeds with the version of the desired set it made, and the wait for
   * the server's acknowledgement (what `setSubscriptions` waits for).
   */
  readonly request: (subscription: Subscription) => Effect.Effect<
    { readonly version: number; readonly acknowledged: Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError> },
    InvalidSubscription | NotStreaming
  >
  /** What a fan-out reads between elements (see {@link SessionState}). */
  readonly state: () => SessionState
  /** Connects and reconnects until a terminal error. Elements go to the {@link Emitter} given to {@link make}. */
  readonly run: Effect.Effect<never, EventsStreamError, Socket.WebSocketConstructor>
  /** Marks the session ended: pending and later `setSubscriptions` calls fail with `NotStreaming`. */
  readonly end: Effect.Effect<void>
}

/**
 * The chat IDs of a subscription, each once (a chat listed twice would be listed twice in its `connected` and its
 * gaps, and so filled twice), or `InvalidSubscription` when it mixes `"*"` with specific IDs.
 */
export const validate = (subscription: Subscription): Effect.Effect<ReadonlyArray<string>, InvalidSubscription> => {
  const chatIDs: ReadonlyArray<string> = subscription === "*" ? ["*"] : [...new Set(subscription)]
  const refused = checkSubscriptionsSet({ chatIDs })
  return refused === undefined
    ? Effect.succeed(chatIDs)
    : Effect.fail(new InvalidSubscription({ chatIDs, message: refused.message }))
}

/** A waiter of `setSubscriptions`, settled by the ledger's transitions. */
type Waiter = Deferred.Deferred<ReadonlyArray<string>, SubscriptionRejected | NotStreaming>

/** One WebSocket connection of the session: its phase, and how to write to it. */
interface Link {
  phase: "awaiting-ready" | "awaiting-ack" | "live"
  /** Connection number once live (1, 2, ...). */
  number: number | undefined
  /** When it went live (Clock millis). */
  liveSince: number
  /** The client stopped reading it because the consumer fell behind (a socket that cannot pause; `FrameSocket`). */
  fellBehind: boolean
  /** The `seq` of the last domain event delivered on it (`-1` before the first): each must be greater. */
  lastSeq: number
  send: (text: string) => Effect.Effect<void, SocketFailure.Dropped>
}

/** Creates a session for `initial` chat IDs (already validated), delivering its elements to `emitter`. */
export const make = (
  options: SessionOptions,
  initial: ReadonlyArray<string>,
  emitter: Emitter,
): Session => {
  const { emit, emitAll } = emitter
  const toldRejected = (request: Ledger.SentRequest): Effect.Effect<unknown> =>
    emitter.rejected === undefined ? Effect.void : emitter.rejected(request.version)
  let ledger = Ledger.make<Waiter>(initial)
  /** The connection that is live now, if any (where `setSubscriptions` sends). */
  let live: Link | undefined
  let connections = 0
  let consecutiveErrors = 0
  /** Chats seen, the most recent last (bounded: `SeenChats`). */
  const seenChats = new Map<string, true>()

  /** Sends the ledger's current set on `link` (validated when it was set, so it always encodes). */
  const sendSet = (link: Link, kind: Ledger.RequestKind): Effect.Effect<Ledger.SentRequest, SocketFailure.Dropped> =>
    Effect.suspend(() => {
      const sent = Ledger.send(ledger, kind)
      ledger = sent.ledger
      const { requestID, chatIDs } = sent.request
      const encoded = encodeSubscriptionsSet({ requestID, chatIDs })
      return Effect.as(link.send(encoded.ok ? encoded.text : ""), sent.request)
    })

  /** Whether `read` is an event read exactly as specified (the hot path: it goes to the buffers as it is). */
  const isExact = (read: AnyReadFrame): read is EventFrame =>
    read.tolerated === undefined && read.incomplete === undefined && isEventFrame(read)

  /**
   * What is wrong with the `seq` of a domain event that follows `last` on its connection (`seq` is monotonic per
   * connection: each is greater than the one before, and none is negative), or `undefined` when it is in order.
   * Other events (`message.stream`, `app.state.updated`, unknown ones) are not checked: the spec gives them no `seq`.
   */
  const seqProblem = (event: EventFrame["frame"], last: number): string | undefined => {
    if (!isDomainEvent(event)) return undefined
    const seq = event.seq
    if (seq < 0) return `seq ${seq} is negative`
    if (seq > last) return undefined
    return `seq ${seq} not after ${last} (${seq === last ? "repeated" : "backwards"})`
  }

  /** Counts an event in: it ends a run of server errors, and its chat is seen. */
  const received = (event: EventFrame["frame"]) => {
    consecutiveErrors = 0
    if (isDomainEvent(event)) SeenChats.record(seenChats, event.chatID, true)
  }

  const handleEvent = (read: EventFrame): Effect.Effect<unknown> => {
    received(read.frame)
    if (read.tolerated === undefined && read.incomplete === undefined) return emit(read.frame)
    return Effect.flatMap(options.reader.event(read), emit)
  }

  /**
   * Handles the frames of one socket batch in order: runs of exact events go to `emitAll` together (the whole batch
   * at once in the usual case), every other frame on its own after the run before it.
   */
  const handleBatch = (
    link: Link,
    texts: ReadonlyArray<string>,
  ): Effect.Effect<unknown, SocketFailure.Dropped | SubscriptionRejected | RepeatedServerErrors> => {
    // parsed as sent: the text only goes through the scrubber where it becomes an error or a signal
    const reads = texts.map(readFrame)
    if (reads.every(isExact)) {
      // in seq order (the usual case): no per-event work beyond the comparison
      let last = link.lastSeq
      let inOrder = true
      for (const read of reads) {
        if (seqProblem(read.frame, last) !== undefined) {
          inOrder = false
          break
        }
        if (isDomainEvent(read.frame)) last = read.frame.seq
      }
      if (inOrder) {
        link.lastSeq = last
        const events = reads.map((read) => read.frame)
        events.forEach(received)
        return emitAll(events)
      }
    }
    return Effect.gen(function*() {
      let run: Array<LiveEvent> = []
      for (let i = 0; i < reads.length; i++) {
        const read = reads[i]!
        // an event out of seq order (repeated, backwards, negative) breaks the protocol: it is not delivered as an
        // event but signalled, with its frame, as any frame that breaks the protocol is
        const problem = isEventFrame(read) ? seqProblem(read.frame, link.lastSeq) : undefined
        if (problem !== undefined) {
          if (run.length > 0) yield* emitAll(run)
          run = []
          yield* emit(options.reader.malformed(
            new MalformedFrame({ frame: texts[i]!, message: `${read.frame.type}: ${problem}` }),
          ))
          continue
        }
        if (isEventFrame(read) && isDomainEvent(read.frame)) link.lastSeq = read.frame.seq
        if (isExact(read)) {
          received(read.frame)
          run.push(read.frame)
          continue
        }
        if (run.length > 0) yield* emitAll(run)
        run = []
        yield* handleFrame(link, read)
      }
      if (run.length > 0) yield* emitAll(run)
    })
  }

  const handleFrame = (
    link: Link,
    read: AnyReadFrame,
  ): Effect.Effect<unknown, SocketFailure.Dropped | SubscriptionRejected | RepeatedServerErrors> => {
    if (isEventFrame(read)) return handleEvent(read)
    const frame = read.frame
    if (frame.type === "frame.malformed") return emit(options.reader.malformed(frame.error))
    if (read.tolerated === undefined) return handleControl(link, frame)
    return options.reader.control(read.tolerated).pipe(
      Effect.flatMap((refusal) => refusal === undefined ? Effect.void : emit(refusal)),
      Effect.andThen(handleControl(link, frame)),
    )
  }

  const handleControl = (
    link: Link,
    frame: ControlFrame,
  ): Effect.Effect<void, SocketFailure.Dropped | SubscriptionRejected | RepeatedServerErrors> =>
    Effect.gen(function*() {
      switch (frame.type) {
        case "ready": {
          if (link.phase === "awaiting-ready") {
            link.phase = "awaiting-ack"
            yield* sendSet(link, "handshake")
          } else if (link.phase === "live") {
            // the server started a new session on this socket (its subscriptions reset): what it sent meanwhile is
            // unknown, so the connection is treated as dropped — redialled, resubscribed, a `gap` after it
            return yield* new SocketFailure.Dropped({
              message: `the server reset the session (a ready frame with chatIDs ${
                JSON.stringify(frame.chatIDs).slice(0, 200)
              } after the handshake)`,
            })
          }
          return
        }
        case "subscriptions.updated": {
          const acked = Ledger.acknowledge(ledger, frame.requestID, frame.chatIDs)
          ledger = acked.ledger
          consecutiveErrors = 0
          const request = acked.request
          if (request === undefined) {
            // an acknowledgement of no request of ours: harmless when it names the set acknowledged last, or while a
            // request of ours is in flight (its answer sets the subscription again); otherwise it means the server
            // changed the subscription on its own — events of the chats it left may be lost —, so the connection is
            // treated as dropped (redialled, resubscribed, a `gap` after it)
            if (
              link.phase !== "live" || ledger.inFlight.length > 0 || Ledger.sameChats(frame.chatIDs, acked.previous ?? [])
            ) {
              return yield* Effect.logDebug("beeper-kit: live events: ignored a subscriptions.updated that answers no request")
            }
            return yield* new SocketFailure.Dropped({
              message: `the server changed the subscription unasked (subscriptions.updated to ${
                JSON.stringify(frame.chatIDs).slice(0, 200)
              }${frame.requestID === undefined ? "" : ` for no request in flight`})`,
            })
          }
          for (const waiter of acked.answered) Deferred.doneUnsafe(waiter, Effect.succeed(frame.chatIDs))
          if (request.kind === "handshake" && link.phase === "awaiting-ack") {
            link.phase = "live"
            link.liveSince = yield* Clock.currentTimeMillis
            link.number = ++connections
            live = link
            yield* emit({ type: "connected", connection: link.number, chatIDs: frame.chatIDs })
            const gap = link.number > 1 ? Ledger.reconnectGap(acked.previous, seenChats.keys()) : undefined
            if (gap !== undefined) yield* emit(gap)
            // a change asked for while this connection was being set up
            if (Ledger.isBehind(ledger, request)) yield* sendSet(link, "user")
          } else if (request.kind === "user") {
            yield* emit({ type: "subscriptions.updated", chatIDs: frame.chatIDs })
          }
          return
        }
        case "error": {
          // the server's text goes into errors and signals: scrubbed (the requestID is matched as sent)
          const code = options.scrub(frame.code)
          const message = options.scrub(frame.message)
          // only an error that names our request is about it; one without a requestID is the server's own
          const rejected = frame.requestID === undefined ? undefined : Ledger.reject(ledger, frame.requestID)
          if (rejected !== undefined) ledger = rejected.ledger
          const request = rejected?.request
          if (request !== undefined && request.kind !== "probe") {
            const error = new SubscriptionRejected({ code, message, chatIDs: request.chatIDs })
            if (request.kind === "handshake") {
              // a handshake that carried a change the server refuses: the change is rejected, the set kept is sent again
              const handshake = Ledger.rejectHandshake(ledger, request)
              if (!handshake.recoverable) return yield* error
              ledger = handshake.ledger
              yield* toldRejected(request)
              for (const waiter of handshake.rejected) Deferred.doneUnsafe(waiter, Effect.fail(error))
              if (link.phase === "awaiting-ack") yield* sendSet(link, "handshake")
              return
            }
            yield* toldRejected(request)
            for (const waiter of rejected!.rejected) Deferred.doneUnsafe(waiter, Effect.fail(error))
            return
          }
          consecutiveErrors++
          yield* emit({
            type: "server.error",
            code,
            message,
            ...(frame.requestID === undefined ? {} : { requestID: options.scrub(frame.requestID) }),
          })
          if (consecutiveErrors >= options.maxServerErrors) {
            return yield* new RepeatedServerErrors({ count: consecutiveErrors, code, message })
          }
          return
        }
      }
    })

  /** One connection: dial, hand every batch of frames to `handleBatch` until it drops (or a terminal error). */
  const connectOnce = (link: Link) =>
    Effect.scoped(Effect.gen(function*() {
      const socket = yield* FrameSocket.open({
        url: options.url,
        headers: { Authorization: `Bearer ${Redacted.value(options.accessToken)}` },
        openTimeout: options.openTimeout,
        highWaterMark: options.socketHighWaterMark,
        maxFrameBytes: options.maxFrameBytes,
        // a socket that cannot pause stops being read when the consumer falls behind: memory stays bounded
        onFellBehind: () => {
          link.fellBehind = true
        },
      }).pipe(
        Effect.catch((error) => SocketFailure.openFailed(error, options.tokenRefused)),
      )
      link.send = (text) => Effect.mapError(socket.send(text), SocketFailure.dropped)
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          if (live === link) live = undefined
        })
      )
      const reader = yield* readerState
      const read = Effect.gen(function*() {
        while (true) {
          reader.waitingSince = yield* Clock.currentTimeMillis
          reader.handling = false
          const batch = yield* Effect.mapError(socket.take, SocketFailure.dropped)
          reader.handling = true
          reader.batches++
          yield* handleBatch(link, batch)
        }
      })
      const watchdog = watchSilence({
        idleTimeout: options.idleTimeout,
        reader,
        isLive: () => link.phase === "live",
        probe: sendSet(link, "probe"),
      })
      // a server that never acknowledges the handshake (while sending other frames) does not hold the connection
      const handshake = Effect.sleep(options.subscriptionTimeout).pipe(
        Effect.andThen(Effect.suspend(() =>
          link.phase === "live" ? Effect.never : Effect.fail(
            new SocketFailure.Dropped({
              // no `ready`, no subscription sent: say which wait ran out
              message: link.phase === "awaiting-ready"
                ? `the server sent no ready frame within ${Duration.format(options.subscriptionTimeout)}`
                : `the subscription was not acknowledged within ${Duration.format(options.subscriptionTimeout)}`,
            }),
          )
        )),
      )
      return yield* Effect.raceAllFirst([read, watchdog, handshake])
    }))

  const run: Session["run"] = Effect.gen(function*() {
    let step = yield* Schedule.toStepWithSleep(options.reconnectSchedule)
    let attempts = 0
    let connectedBriefly = 0
    let previous: string | undefined
    const stableMillis = Duration.toMillis(options.stableAfter)
    while (true) {
      if (options.onAttempt !== undefined) {
        yield* options.onAttempt({ url: options.url, attempt: attempts + 1, connectedBriefly, previous })
      }
      const link: Link = {
        phase: "awaiting-ready",
        number: undefined,
        liveSince: 0,
        fellBehind: false,
        lastSeq: -1,
        send: () => Effect.void,
      }
      const dropped = yield* connectOnce(link).pipe(
        Effect.catchTags({
          // scrubbed here, inside the span: its exit holds what the connection ended with (a close reason, ...)
          Dropped: (error) => Effect.succeed(new SocketFailure.Dropped({ message: options.scrub(error.message) })),
          // the runtime will refuse every dial alike: no reconnecting
          Refused: (error) =>
            Effect.fail(new ConnectionLost({ attempts: attempts + 1, message: options.scrub(error.message) })),
        }),
        Effect.withSpan("BeeperEvents.connection", {
          attributes: { "url.full": options.url, "beeper.events.attempt": attempts + 1 },
        }),
      )
      ledger = Ledger.disconnect(ledger)
      const message = dropped.message
      previous = message
      if (link.number !== undefined) {
        yield* emit({ type: "disconnected", connection: link.number, message })
        // A brief connection does not restart the backoff (a server that accepts and drops every connection would
        // be redialled at the schedule's first delay forever); one that stayed live, or that the client itself
        // closed for a consumer that fell behind, does.
        const livedMillis = (yield* Clock.currentTimeMillis) - link.liveSince
        if (link.fellBehind || livedMillis >= stableMillis) {
          step = yield* Schedule.toStepWithSleep(options.reconnectSchedule)
          attempts = 0
          connectedBriefly = 0
        } else {
          connectedBriefly++
        }
      }
      attempts++
      yield* step(dropped).pipe(
        Pull.catchDone(() => Effect.fail(new ConnectionLost({ attempts, message }))),
      )
    }
  })

  const request: Session["request"] = (subscription) =>
    Effect.gen(function*() {
      const chatIDs = yield* validate(subscription)
      if (ledger.ended) return yield* new NotStreaming({ message: "The events stream has ended" })
      const waiter: Waiter = Deferred.makeUnsafe()
      ledger = Ledger.want(ledger, chatIDs, waiter)
      const version = ledger.version
      // not live: the next handshake sends the new set
      if (live !== undefined) yield* Effect.catch(sendSet(live, "user"), () => Effect.void)
      const withdraw = Effect.sync(() => {
        ledger = Ledger.withdraw(ledger, waiter)
      })
      const acknowledged = Deferred.await(waiter).pipe(
        Effect.timeoutOrElse({
          duration: options.subscriptionTimeout,
          orElse: () =>
            Effect.andThen(
              withdraw,
              Effect.fail(
                new SubscriptionTimeout({
                  chatIDs,
                  waitedMillis: Duration.toMillis(options.subscriptionTimeout),
                  message: `The server did not acknowledge the subscription within ${
                    Duration.format(options.subscriptionTimeout)
                  }`,
                }),
              ),
            ),
        }),
        Effect.onInterrupt(() => withdraw),
      )
      return { version, acknowledged }
    })

  const setSubscriptions: Session["setSubscriptions"] = (subscription) =>
    Effect.flatMap(request(subscription), (requested) => requested.acknowledged)

  const state: Session["state"] = () => ({
    version: ledger.version,
    acknowledgedVersion: ledger.acknowledgedVersion,
    connection: live?.number,
  })

  const end = Effect.sync(() => {
    const ended = Ledger.end(ledger)
    ledger = ended.ledger
    const error = new NotStreaming({ message: "The events stream ended before the server acknowledged" })
    for (const waiter of ended.pending) Deferred.doneUnsafe(waiter, Effect.fail(error))
  })

  return { setSubscriptions, request, state, run, end }
}
