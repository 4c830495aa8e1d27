/**
 * The `BeeperEvents` service: Beeper Desktop's live events (`/v1/ws`) as an Effect `Stream` of typed domain
 * events and explicit control signals, with automatic reconnects, silence detection, a bounded buffer with an
 * explicit overflow strategy, and an opt-in gap filler.
 *
 * ```ts
 * const events = yield* BeeperEvents
 * yield* events.events("*").pipe(Stream.runForEach((event) => Console.log(event.type)))
 * ```
 *
 * @module
 */
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import type * as Socket from "effect/socket/Socket"
import * as BeeperConfig from "./BeeperConfig.ts"
import { BeeperClient } from "./BeeperClient.ts"
import type { ConfigurationError, InsecureTransport } from "./BeeperError.ts"
import { accountsList } from "./internal/generated.ts"
import * as EventBuffer from "./events/EventBuffer.ts"
import { frameBytesOf } from "./events/FrameBytes.ts"
import {
  type EventsStreamError,
  type SetSubscriptionsError,
} from "./events/EventsError.ts"
import { fillGaps } from "./events/GapFill.ts"
import * as Hydration from "./events/Hydration.ts"
import { isDroppable, type LiveEvent, overflowGap } from "./events/LiveEvent.ts"
import * as Reading from "./events/Reading.ts"
import * as Session from "./events/Session.ts"
import * as SharedConnection from "./events/SharedConnection.ts"
import { WebSocketConstructor } from "./events/SocketModule.ts"
import { layerGlobal } from "./events/WebSocketConstructor.ts"
import { makeDriftLog } from "./internal/drift.ts"
import { firstProblem, oneOf, positiveDuration, positiveInteger, scheduleOption } from "./internal/options.ts"
import { scrubberOf } from "./internal/scrub.ts"

export {
  BufferOverflow,
  ConnectionLost,
  type EventsStreamError,
  InvalidSubscription,
  MalformedFrame,
  NotStreaming,
  RepeatedServerErrors,
  type SetSubscriptionsError,
  SubscriptionRejected,
  SubscriptionTimeout,
} from "./events/EventsError.ts"
export type { OverflowStrategy } from "./events/EventBuffer.ts"
export type { FillGapsOptions } from "./events/GapFill.ts"
export {
  type AppStateUpdated,
  type ChatDeleted,
  type ChatUpserted,
  type Connected,
  type Disconnected,
  type DomainEvent,
  type FrameMalformed,
  type Gap,
  type GapFilled,
  isDomainEvent,
  type LiveEvent,
  type MessageDeleted,
  type MessageStream,
  type MessageUpserted,
  type ServerErrorSignal,
  type Signal,
  type SubscriptionsUpdated,
  type UnhydratedEntry,
  type UnknownEvent,
} from "./events/LiveEvent.ts"
export type { Subscription } from "./events/Session.ts"

/**
 * Per-stream options: the buffer between the socket and a slow consumer.
 * @since 1.0.0
 * @category Options
 */
export interface EventsStreamOptions {
  /** Elements buffered for the consumer (default 1,024). */
  readonly bufferCapacity?: number | undefined
  /**
   * The size of the frames whose elements are buffered for the consumer (default 32 MiB; their text length: bytes,
   * for ASCII JSON) at which the buffer is full, as at `bufferCapacity` elements: `overflowStrategy` applies. An
   * element always fits an empty buffer, so the buffer holds at most this plus one frame (`maxFrameBytes`).
   */
  readonly bufferMaxBytes?: number | undefined
  /**
   * What happens when that buffer is full (default `"suspend"`; see {@link OverflowStrategy}). The streams of a
   * layer share one connection: a `"suspend"` stream that falls behind holds back the others too. Anything but
   * `"suspend"`, `"drop-oldest"` or `"fail"` is refused with a `TypeError` (at layer build, or when the stream starts).
   */
  readonly overflowStrategy?: EventBuffer.OverflowStrategy | undefined
  /**
   * Log every connection attempt of the layer's connection at Info level while this stream runs (default: Debug).
   * `incomingMessages` and `handleIncoming` do: a bot never retries silently.
   */
  readonly logAttempts?: boolean | undefined
  /**
   * Told of the elements of this stream as they reach its buffer, at the connection's pace — not the consumer's:
   * a signal behind a backlog is seen when it happens (`incomingMessages` keeps its health with it). Runs in the
   * connection's fiber: it must return at once and not throw.
   * @internal
   */
  readonly onArrival?: ((elements: ReadonlyArray<LiveEvent>) => void) | undefined
  /**
   * Told of every attempt of the layer's connection to connect while this stream runs — with `previous`, why the
   * last attempt or connection ended, when one did (a refused upgrade shows here, as no element of the stream does).
   * Runs in the connection's fiber: it must return at once and not throw.
   * @internal
   */
  readonly onAttempt?: ((attempt: { readonly attempt: number; readonly previous: string | undefined }) => void) | undefined
}

/**
 * Connection behaviour, independent of where Beeper Desktop is. `strict` (see `BeeperConfig.ReadingOptions`):
 * events carrying anything the spec does not describe are refused — a `frame.malformed` signal in their place.
 * @since 1.0.0
 * @category Options
 */
export interface LiveOptions extends EventsStreamOptions, BeeperConfig.ReadingOptions {
  /**
   * Delays between reconnect attempts (default {@link defaultReconnectSchedule}: exponential from 250 ms,
   * jittered, capped at 30 s, forever). It restarts after a connection that stayed live for `stableAfter` (or
   * that the client closed because the consumer fell behind); a briefer connection does not restart it. When it
   * ends, the stream fails with `ConnectionLost`. A value that is not a `Schedule` is refused at layer build.
   */
  readonly reconnectSchedule?: Schedule.Schedule<unknown, unknown> | undefined
  /**
   * How long a connection must stay live (after the server acknowledged the subscription) for the reconnect
   * schedule to start afresh after it drops (default 10 seconds). Longer than zero, else refused at layer build.
   */
  readonly stableAfter?: Duration.Input | undefined
  /**
   * How long `setSubscriptions` waits for the server's acknowledgement before `SubscriptionTimeout`, and how long a
   * new connection may go without acknowledging its subscription before it is dropped and redialled (default 10
   * seconds). Longer than zero, else refused at layer build.
   */
  readonly subscriptionTimeout?: Duration.Input | undefined
  /**
   * Silence after which the connection is checked: the current subscription is sent again, and if nothing at all
   * arrives for another `idleTimeout`, the connection is dropped and re-established (default 30 seconds).
   */
  readonly idleTimeout?: Duration.Input | undefined
  /** How long the WebSocket may take to open (default 10 seconds). */
  readonly openTimeout?: Duration.Input | undefined
  /** `error` frames in a row (no event or acknowledgement between them) that end the stream (default 3). */
  readonly maxServerErrors?: number | undefined
  /**
   * Size of unread frames at which the socket stops reading (default 1 MiB), counted as their text length (bytes,
   * for ASCII JSON; a binary frame by its bytes): a `ws` socket is paused; a WebSocket that cannot pause (Node's
   * built-in, Deno, Bun, workerd) is closed and re-established once the consumer caught up, with a `gap`.
   */
  readonly socketHighWaterMark?: number | undefined
  /**
   * The largest frame read (default 16 MiB), by its text length (bytes, for ASCII JSON; a binary frame by its
   * bytes): a larger one is not read — `ws` (`@beeper-kit/node`) refuses it from its header — and the connection is
   * dropped, with a `disconnected` signal saying so (size and limit), then redialled on the reconnect schedule.
   */
  readonly maxFrameBytes?: number | undefined
}

/**
 * Options of {@link BeeperEvents.layer}: the connection plus live behaviour.
 * @since 1.0.0
 * @category Options
 */
export interface BeeperEventsOptions extends BeeperConfig.ConnectionOptions, LiveOptions {}

/**
 * The default reconnect schedule: exponential from 250 ms (×2), jittered, capped at 30 seconds, forever.
 * @since 1.0.0
 * @category Defaults
 */
export const defaultReconnectSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("250 millis").pipe(
  Schedule.jittered,
  Schedule.modifyDelay(({ duration }) => Effect.succeed(Duration.min(duration, Duration.seconds(30)))),
)

/**
 * The service.
 * @since 1.0.0
 * @category Services
 */
export interface BeeperEventsApi {
  /**
   * The live events of `subscription` (`"*"` for all chats, chat IDs, or `[]` to start paused), with control
   * signals in between: `connected` once the server acknowledged the subscription (start sends after it), then
   * `disconnected` / `connected` / `gap` around every reconnect. All streams of a layer (and `sendAndConfirm`)
   * share one WebSocket: it subscribes to the union of their chats, each stream receives its own chats, with its
   * own buffer and signals; it opens with the first stream and closes when the last one ends. Terminal failures
   * only (see {@link EventsStreamError}); a terminal failure of the connection ends every stream of the layer.
   */
  readonly events: (
    subscription: Session.Subscription,
    options?: EventsStreamOptions,
  ) => Stream.Stream<LiveEvent, EventsStreamError>
  /**
   * Replaces the live set of every running `events` stream of this service (`"*"`, chat IDs, or `[]` to pause)
   * and succeeds with the effective set once the server acknowledged it. Fails with `InvalidSubscription` (before
   * sending) for `"*"` mixed with IDs, `SubscriptionRejected` with the server's error code, `SubscriptionTimeout`
   * when no acknowledgement came within `subscriptionTimeout`, or `NotStreaming` when no stream runs. During a
   * reconnect it completes when the new connection acknowledges the set.
   */
  readonly setSubscriptions: (
    subscription: Session.Subscription,
  ) => Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError>
}

/**
 * Beeper Desktop's live events as an Effect service. Provide it with {@link BeeperEvents.layer} or `layerConfig`.
 *
 * The WebSocket comes from the `Socket.WebSocketConstructor` in context (a runtime adapter supplies one); without
 * one, `globalThis.WebSocket` is used with the token in the upgrade's `Authorization` header, which Node ≥ 22.19,
 * Deno and Bun support (see {@link BeeperEvents.layerWebSocketConstructor}).
 * @since 1.0.0
 * @category Services
 */
export class BeeperEvents extends Context.Service<BeeperEvents, BeeperEventsApi>()("@beeper-kit/effect/BeeperEvents") {
  /**
   * A layer from explicit options. Fails with `InsecureTransport` when the token would travel in clear text
   * (`ws://`) to a non-loopback host.
   */
  static readonly layer = (options: BeeperEventsOptions): Layer.Layer<BeeperEvents, InsecureTransport> =>
    Layer.effect(BeeperEvents, make(options))

  /**
   * A layer from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL` (default
   * `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` (default false) — or the `config` given — and
   * `BEEPER_STRICT` (default false) unless `strict` is given.
   */
  static readonly layerConfig = (
    options: LiveOptions & { readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined } = {},
  ): Layer.Layer<BeeperEvents, InsecureTransport | ConfigurationError> =>
    Layer.effect(
      BeeperEvents,
      Effect.flatMap(
        BeeperConfig.loadAll(options),
        (settings) => make({ ...options, ...settings }),
      ),
    )

  /** The opt-in gap filler, a Stream transformer that needs `BeeperClient` (`BeeperDesktop.layer` provides it) (see `FillGapsOptions`). */
  static readonly fillGaps = fillGaps

  /**
   * A `WebSocketConstructor` over `globalThis.WebSocket` passing the upgrade headers (Deno, Bun, Node ≥ 22.19).
   * Browsers (and Deno before 2.5) cannot send the `Authorization` header: there the constructor refuses the
   * headers, nothing is dialled, and the stream fails at once with `ConnectionLost` ("the runtime refused to open
   * the WebSocket (HeadersUnsupported: …)").
   */
  static readonly layerWebSocketConstructor: Layer.Layer<Socket.WebSocketConstructor> = layerGlobal
}

const defaults = {
  bufferCapacity: 1024,
  overflowStrategy: "suspend" as EventBuffer.OverflowStrategy,
  idleTimeout: Duration.seconds(30),
  openTimeout: Duration.seconds(10),
  maxServerErrors: 3,
  socketHighWaterMark: 1024 * 1024,
  maxFrameBytes: 16 * 1024 * 1024,
  bufferMaxBytes: 32 * 1024 * 1024,
  stableAfter: Duration.seconds(10),
  subscriptionTimeout: Duration.seconds(10),
}

/** The overflow strategies there are (`overflowStrategy`, layer or per stream). */
const overflowStrategies: ReadonlyArray<EventBuffer.OverflowStrategy> = ["suspend", "drop-oldest", "fail"]

/** Builds the service from options (what the layers run). */
const make = (options: BeeperEventsOptions): Effect.Effect<BeeperEventsApi, InsecureTransport> =>
  Effect.gen(function*() {
    // An option that cannot be meant (NaN, 0, "soon", a misspelled strategy, a schedule that is not a Schedule) is a
    // defect at layer build, like a malformed base URL.
    const reconnectSchedule = scheduleOption("reconnectSchedule", options.reconnectSchedule, defaultReconnectSchedule)
    const stableAfter = positiveDuration("stableAfter", options.stableAfter, defaults.stableAfter)
    const subscriptionTimeout = positiveDuration("subscriptionTimeout", options.subscriptionTimeout, defaults.subscriptionTimeout)
    const idleTimeout = positiveDuration("idleTimeout", options.idleTimeout, defaults.idleTimeout)
    const openTimeout = positiveDuration("openTimeout", options.openTimeout, defaults.openTimeout)
    const problem = firstProblem(
      positiveInteger("bufferCapacity", options.bufferCapacity, defaults.bufferCapacity),
      positiveInteger("maxServerErrors", options.maxServerErrors, defaults.maxServerErrors),
      positiveInteger("socketHighWaterMark", options.socketHighWaterMark, defaults.socketHighWaterMark),
      positiveInteger("maxFrameBytes", options.maxFrameBytes, defaults.maxFrameBytes),
      positiveInteger("bufferMaxBytes", options.bufferMaxBytes, defaults.bufferMaxBytes),
      oneOf("overflowStrategy", options.overflowStrategy, overflowStrategies, defaults.overflowStrategy),
      reconnectSchedule,
      stableAfter,
      subscriptionTimeout,
      idleTimeout,
      openTimeout,
    )
    if (problem !== undefined) return yield* Effect.die(new TypeError(`BeeperEvents: ${problem}`))
    const connection = yield* BeeperConfig.resolve(options)
    const url = BeeperConfig.websocketUrl(connection, "/v1/ws").href
    const layerConstructor = yield* Effect.serviceOption(WebSocketConstructor)
    // Made with the first stream or `setSubscriptions`, not at layer build: a program that uses HTTP only (most of
    // the adapters' `layer` users' first requests) never compiles the connection's code.
    let shared: SharedConnection.SharedConnection | undefined
    /** The `onAttempt` of the streams running (the connection is the layer's, whichever stream opened it). */
    const attemptWatchers = new Set<NonNullable<EventsStreamOptions["onAttempt"]>>()
    const sharedConnection = (): SharedConnection.SharedConnection => shared ??= SharedConnection.make()
    // one drift log per layer instance: each tolerance is logged once, whatever the stream that met it
    const drift = makeDriftLog({ strict: options.strict === true })
    const scrub = scrubberOf(connection.accessToken)

    const sessionOptions = (tokenRefused: Effect.Effect<boolean> | undefined, reader: Reading.Reader): Session.SessionOptions => ({
      url,
      accessToken: connection.accessToken,
      reconnectSchedule: Result.getOrThrow(reconnectSchedule),
      stableAfter: Result.getOrThrow(stableAfter),
      subscriptionTimeout: Result.getOrThrow(subscriptionTimeout),
      scrub,
      idleTimeout: Result.getOrThrow(idleTimeout),
      openTimeout: Result.getOrThrow(openTimeout),
      maxServerErrors: Math.max(1, options.maxServerErrors ?? defaults.maxServerErrors),
      socketHighWaterMark: options.socketHighWaterMark ?? defaults.socketHighWaterMark,
      maxFrameBytes: options.maxFrameBytes ?? defaults.maxFrameBytes,
      tokenRefused,
      reader,
    })

    const events: BeeperEventsApi["events"] = (subscription, streamOptions) =>
      Stream.unwrap(Effect.gen(function*() {
        const chatIDs = yield* Session.validate(subscription)
        const problem = firstProblem(
          positiveInteger("bufferCapacity", streamOptions?.bufferCapacity, 1),
          positiveInteger("bufferMaxBytes", streamOptions?.bufferMaxBytes, 1),
          oneOf("overflowStrategy", streamOptions?.overflowStrategy, overflowStrategies, defaults.overflowStrategy),
        )
        if (problem !== undefined) return yield* Effect.die(new TypeError(`BeeperEvents.events: ${problem}`))
        const buffer = yield* EventBuffer.make<LiveEvent, EventsStreamError>({
          capacity: streamOptions?.bufferCapacity ?? options.bufferCapacity ?? defaults.bufferCapacity,
          maxBytes: streamOptions?.bufferMaxBytes ?? options.bufferMaxBytes ?? defaults.bufferMaxBytes,
          sizeOf: frameBytesOf,
          strategy: streamOptions?.overflowStrategy ?? options.overflowStrategy ?? defaults.overflowStrategy,
          isDroppable,
          overflow: overflowGap,
        })
        // The connection is opened by the first stream, in its context, when the layer has no constructor of its own.
        const context = yield* Effect.context<never>()
        const open: SharedConnection.Open = (initial, emitter, onAttempt) =>
          Effect.gen(function*() {
            const constructor = Option.isSome(layerConstructor)
              ? layerConstructor
              : yield* Effect.serviceOption(WebSocketConstructor)
            // Asked when the runtime does not report the upgrade's HTTP status (see Session.openFailed), and used to
            // complete partial entries (without it, they are `unhydrated` with the reason `no-http-client`).
            const client = yield* Effect.serviceOption(BeeperClient)
            const tokenRefused = Option.isNone(client) ? undefined : client.value.call(accountsList).pipe(
              Effect.as(false),
              Effect.catch((error) => Effect.succeed(error._tag === "Unauthorized")),
            )
            const reader = Reading.make({ drift, hydrate: Hydration.make({ client, drift }), scrub })
            const told: typeof onAttempt = (attempt) =>
              Effect.andThen(Effect.sync(() => attemptWatchers.forEach((watcher) => watcher(attempt))), onAttempt(attempt))
            const session = Session.make({ ...sessionOptions(tokenRefused, reader), onAttempt: told }, initial, emitter)
            const run = session.run.pipe(
              Option.isSome(constructor)
                ? Effect.provideService(WebSocketConstructor, constructor.value)
                : Effect.provide(layerGlobal),
            )
            return { session, run }
          }).pipe(Effect.provideContext(context))
        const arrived = streamOptions?.onArrival
        const sink: SharedConnection.Sink = arrived === undefined
          ? { offer: buffer.offer, offerAll: buffer.offerAll, failCause: buffer.failCause }
          : {
            // told before the offer, which may wait for room: what arrives is seen however far behind the consumer is
            offer: (event) =>
              Effect.suspend(() => {
                arrived([event])
                return buffer.offer(event)
              }),
            offerAll: (events) =>
              Effect.suspend(() => {
                arrived(events)
                return buffer.offerAll(events)
              }),
            failCause: buffer.failCause,
          }
        const watcher = streamOptions?.onAttempt
        if (watcher !== undefined) {
          attemptWatchers.add(watcher)
          yield* Effect.addFinalizer(() => Effect.sync(() => attemptWatchers.delete(watcher)))
        }
        yield* sharedConnection().subscribe(chatIDs, sink, open, {
          logAttempts: streamOptions?.logAttempts,
        })
        // runs before the subscriber leaves: a fan-out suspended on this buffer lets go
        yield* Effect.addFinalizer(() => buffer.end)
        return buffer.stream
      }))

    const setSubscriptions: BeeperEventsApi["setSubscriptions"] = (subscription) =>
      sharedConnection().setSubscriptions(subscription)

    return { events, setSubscriptions }
  })
