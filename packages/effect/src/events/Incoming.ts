/**
 * Bot-grade delivery of incoming messages: every new message from someone else, delivered once as a complete,
 * validated `Message` with its `Chat`, across reconnects, crashes and restarts.
 *
 * - **What is delivered:** messages of others only (see `Delivery.isIncoming`): never your own (`isSender`), never a
 *   send of yours still pending, never a reaction; an edit or a reaction to a message does not deliver it again.
 * - **Gaps:** Beeper Desktop's socket is at-most-once (no replay after a reconnect). On every connection — the first
 *   one included — each chat that may have missed something is caught up from `messages.list`, from the last
 *   delivered message of that chat, before the live events that follow; per chat, delivery is oldest first.
 * - **Checkpoints:** each element carries `ack`; acknowledging records the message in the `Checkpoints` store
 *   (in memory unless a durable one is provided). `handleIncoming` acknowledges after the handler succeeded, so a
 *   crash between receipt and handling delivers the message again on restart, and a restart catches up on what
 *   arrived while the process was down — bounded by `catchUpSince` and `maxCatchUp`.
 * - **A chat that is gone:** a chat Desktop answers 404 for (deleted, left, its account removed) is skipped with a
 *   warning — by a catch-up, and live when its new messages come after it is gone —; the other chats go on.
 * - **Desktop hiccups:** a request of delivery (a catch-up's lists, a chat) that fails with a transient error
 *   (`RetryPolicy.isTransientRead`: 5xx, 429, a reset, a timeout), beyond the client's own retries, is tried again on
 *   `catchUpRetry`, logged and counted in the health's `retries`. Nothing is recorded as delivered before the reads it
 *   depends on succeeded, so a retry neither skips nor repeats a message. Other errors end the stream.
 *
 * The guarantee: per message ID, **effectively once** with a durable checkpoint store and an idempotent handler
 * (`replyOnce` is one); **at least once** with a durable store alone (a crash after the handler's effect but before
 * the checkpoint write repeats it); with the in-memory default, exactly once within one run and nothing carried
 * across restarts beyond a fresh catch-up.
 *
 * @module
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Result from "effect/Result"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Semaphore from "effect/Semaphore"
import * as Stream from "effect/Stream"
import { BeeperDesktop, type BeeperDesktopApi } from "../BeeperDesktop.ts"
import { callableOption, firstProblem, positiveDuration, positiveInteger, scheduleOption } from "../internal/options.ts"
import { scrubberOfService } from "../internal/scrub.ts"
import type { PaginationError } from "../BeeperError.ts"
import { BeeperEvents } from "../BeeperEvents.ts"
import type { Chat, Message } from "../generated/schemas.ts"
import { isFailedSendStatus } from "../internal/sendStatus.ts"
import { isTransientRead } from "../RetryPolicy.ts"
import { activeSince, millisOf } from "./ActiveChats.ts"
import * as AckBehind from "./AckBehind.ts"
import { type CheckpointError, Checkpoints, type CheckpointsApi, make as makeCheckpoints } from "./Checkpoint.ts"
import * as Delivery from "./Delivery.ts"
import { keyValueStore } from "./KeyValueStoreModule.ts"
import type { EventsStreamError } from "./EventsError.ts"
import { compareSortKeys } from "./GapFill.ts"
import type { Connected, Disconnected, LiveEvent, MessageUpserted } from "./LiveEvent.ts"
import type { Subscription } from "./Session.ts"

/**
 * One incoming message, with its chat and the acknowledgement that checkpoints it.
 * @since 1.0.0
 * @category Delivery
 */
export interface IncomingMessage {
  /** The message: complete and validated, from someone else. */
  readonly message: Message
  /** The chat it was sent in (fetched once per chat, refreshed when the chat changes). */
  readonly chat: Chat
  /** `"live"` when it came over the socket, `"catch-up"` when it was fetched after a (re)connection. */
  readonly source: "live" | "catch-up"
  /**
   * Records the message as handled in the checkpoint store. Acknowledge in order per chat: a message's
   * acknowledgement covers every message of its chat delivered before it (those that share its sortKey included), so
   * that none of them comes again after a restart. Acknowledging twice is harmless.
   */
  readonly ack: Effect.Effect<void, CheckpointError>
}

/**
 * The state of a delivery, for health checks (see {@link makeHealth}).
 * @since 1.0.0
 * @category Delivery
 */
export interface DeliveryHealth {
  /** Whether the live connection is up now (`false` once the delivery ended: interrupted, failed or done). */
  readonly connected: boolean
  /** Connections this delivery went live on so far (every one after the first is a reconnect). */
  readonly connections: number
  /**
   * When the last element of the events stream arrived (epoch ms): when it reached the delivery, not when the handler
   * got to it.
   */
  readonly lastEventAt: number | undefined
  /** Catch-ups done (one per connection). */
  readonly catchUps: number
  /** Messages delivered by catch-ups (the gaps filled). */
  readonly caughtUp: number
  /** Messages delivered in all. */
  readonly delivered: number
  /** Messages acknowledged. */
  readonly acknowledged: number
  /**
   * Requests of delivery (a catch-up's lists, a chat) that failed with a transient error and were tried again (see
   * {@link IncomingOptions.catchUpRetry}).
   */
  readonly retries: number
  /**
   * Lag of the last delivery: milliseconds from the message's timestamp to its delivery (large after a catch-up,
   * near zero live; `undefined` before the first delivery).
   */
  readonly lagMillis: number | undefined
}

/**
 * A readable health record, given to {@link IncomingOptions.health}.
 * @since 1.0.0
 * @category Delivery
 */
export interface HealthMonitor {
  /** The current state. */
  readonly get: Effect.Effect<DeliveryHealth>
  /** Completes once the first connection went live and its catch-up was fetched (a "ready" line for a bot). */
  readonly ready: Effect.Effect<void>
  /** @internal */
  readonly update: (f: (health: DeliveryHealth) => DeliveryHealth) => void
}

/**
 * A fresh health record to pass as `health` (one per delivery).
 * @since 1.0.0
 * @category Delivery
 */
export const makeHealth: Effect.Effect<HealthMonitor> = Effect.sync(() => {
  let state: DeliveryHealth = {
    connected: false,
    connections: 0,
    lastEventAt: undefined,
    catchUps: 0,
    caughtUp: 0,
    delivered: 0,
    acknowledged: 0,
    retries: 0,
    lagMillis: undefined,
  }
  const ready = Deferred.makeUnsafe<void>()
  return {
    get: Effect.sync(() => state),
    ready: Deferred.await(ready),
    update: (f) => {
      state = f(state)
      if (state.catchUps > 0) Deferred.doneUnsafe(ready, Effect.void)
    },
  }
})

/**
 * The first connection did not go live within `connectWithin`.
 * @since 1.0.0
 * @category Delivery
 */
export class StartupTimeout extends Schema.TaggedError<StartupTimeout>()("StartupTimeout", {
  /** How long it waited, in milliseconds. */
  waitedMillis: Schema.Number,
  message: Schema.String,
}) {}

/**
 * Options of {@link incomingMessages} and {@link handleIncoming}. One that cannot be meant (`NaN`, `0`, `"soon"`, a
 * `catchUpRetry` that is not a `Schedule`) fails the delivery at once with a `TypeError` naming it.
 * @since 1.0.0
 * @category Delivery
 */
export interface IncomingOptions {
  /**
   * How far back a catch-up reaches (default 24 hours): messages older than this are not delivered by a catch-up,
   * even if no checkpoint covers them (a bot down for a week does not answer week-old messages). Longer than zero.
   */
  readonly catchUpSince?: Duration.Input | undefined
  /**
   * At most this many messages per chat and catch-up (default 500; the newest are kept, the skip is logged). A whole
   * number of at least 1.
   */
  readonly maxCatchUp?: number | undefined
  /**
   * Recently delivered IDs remembered per chat in memory, besides its last sortKey (default 256; a whole number of at
   * least 1). A checkpoint keeps only those that share that sortKey (`Delivery.sharingSortKey`).
   */
  readonly recentWindow?: number | undefined
  /**
   * Fail with {@link StartupTimeout} when the first connection is not live within this time (default: wait — while
   * every connection attempt, connection and disconnection, and every 5 seconds without a connection, is logged at
   * Info level). Longer than zero.
   */
  readonly connectWithin?: Duration.Input | undefined
  /** Where to publish the delivery's state (see {@link makeHealth}). */
  readonly health?: HealthMonitor | undefined
  /**
   * When to try a request of delivery again (a catch-up's `accounts.list`, `chats.list`, `messages.list`, a
   * `chats.retrieve`) that failed with a transient error (`RetryPolicy.isTransientRead`: 5xx, 429, a reset, a
   * timeout) after the client's own retries. Default: exponential from 500 ms, jittered, each wait capped at 30 s,
   * forever — the catch-up waits Desktop out, as the live events reconnect. Each attempt is bounded by the client's
   * `timeout` per request; each failure is logged at Warning and counted in the health's `retries`. When a finite
   * schedule gives up, the stream fails with the last error. Must be a `Schedule`.
   */
  readonly catchUpRetry?: Schedule.Schedule<unknown, PaginationError> | undefined
}

/**
 * Options of {@link handleIncoming}: the chats to follow, plus {@link IncomingOptions}.
 * @since 1.0.0
 * @category Delivery
 */
export interface HandleIncomingOptions extends IncomingOptions {
  /** `"*"` for every chat (default) or chat IDs. */
  readonly chats?: Subscription | undefined
}

/**
 * What delivery can fail with (the handler's own errors aside).
 * @since 1.0.0
 * @category Delivery
 */
export type IncomingError = EventsStreamError | PaginationError | CheckpointError | StartupTimeout

const defaults = {
  catchUpRetry: Schedule.exponential("500 millis").pipe(
    Schedule.jittered,
    Schedule.modifyDelay(({ duration }) => Effect.succeed(Duration.min(duration, Duration.seconds(30)))),
  ),
  catchUpSince: Duration.hours(24),
  maxCatchUp: 500,
  chatPages: 20,
  notConnectedLogEvery: Duration.seconds(5),
  /** How long an ending `handleIncoming` waits for the acknowledgements still to write. */
  ackFlushWithin: Duration.seconds(10),
  /** How far before the origin a message not delivered as history is warned of (a clock skew may make it new). */
  clockSkewMargin: 60_000,
}

/**
 * The options of a delivery, checked: a duration that does not parse or is not longer than zero, a count that is
 * not a whole number of at least 1, a `catchUpRetry` that is not a Schedule — each a problem naming the option
 * (instead of an unbounded catch-up or checkpoint, a catch-up silently off, or an unnamed "Invalid Input").
 */
const checkOptions = (options: IncomingOptions): Result.Result<{
  readonly catchUpSince: number
  readonly maxCatchUp: number
  readonly window: number
  readonly connectWithin: Duration.Duration | undefined
  readonly retrySchedule: Schedule.Schedule<unknown, PaginationError>
}, string> => {
  const catchUpSince = positiveDuration("catchUpSince", options.catchUpSince, defaults.catchUpSince)
  const maxCatchUp = positiveInteger("maxCatchUp", options.maxCatchUp, defaults.maxCatchUp)
  const window = positiveInteger("recentWindow", options.recentWindow, Delivery.defaultRecentWindow)
  const connectWithin = options.connectWithin === undefined
    ? Result.succeed(undefined)
    : positiveDuration("connectWithin", options.connectWithin, defaults.catchUpSince)
  const retrySchedule = scheduleOption("catchUpRetry", options.catchUpRetry, defaults.catchUpRetry)
  const health = callableOption("health", options.health, "update") // a record from `makeHealth`
  const problem = firstProblem(catchUpSince, maxCatchUp, window, connectWithin, retrySchedule, health)
  if (problem !== undefined) return Result.fail(problem)
  return Result.succeed({
    catchUpSince: Duration.toMillis(Result.getOrThrow(catchUpSince)),
    maxCatchUp: Result.getOrThrow(maxCatchUp),
    window: Result.getOrThrow(window),
    connectWithin: Result.getOrThrow(connectWithin),
    retrySchedule: Result.getOrThrow(retrySchedule),
  })
}

/** The `Checkpoints` of the context, or a fresh in-memory store. */
const checkpointsOf: Effect.Effect<CheckpointsApi> = Effect.flatMap(
  Effect.serviceOption(Checkpoints),
  (found) =>
    Option.isSome(found)
      ? Effect.succeed(found.value)
      : Effect.flatMap(keyValueStore, (module) =>
        Effect.map(Effect.provide(module.KeyValueStore, module.layerMemory), makeCheckpoints)),
)

/** Whether `message` was sent before `bound` (epoch ms); one without a readable timestamp is not. */
const sentBefore = (message: Message, bound: number): boolean =>
  (millisOf(message.timestamp) ?? Number.POSITIVE_INFINITY) < bound

/**
 * The new incoming messages of `subscription` (`"*"` or chat IDs) as a Stream (see the module description). Each
 * element is delivered once per run; call its `ack` when it was handled — or use {@link handleIncoming}, which
 * does. Needs `BeeperDesktop` (catch-ups, chats) and `BeeperEvents`; uses the `Checkpoints` store when provided.
 * @since 1.0.0
 * @category Delivery
 */
export const incomingMessages = (
  subscription: Subscription,
  options: IncomingOptions = {},
): Stream.Stream<IncomingMessage, IncomingError, BeeperDesktop | BeeperEvents> =>
  deliveriesOf("incomingMessages", subscription, options)

/** The deliveries of {@link incomingMessages}; `caller` names the public function in a refusal of its options. */
const deliveriesOf = (
  caller: string,
  subscription: Subscription,
  options: IncomingOptions,
): Stream.Stream<IncomingMessage, IncomingError, BeeperDesktop | BeeperEvents> =>
  Stream.unwrap(Effect.gen(function*() {
    // Options that cannot be meant are refused before anything starts, naming the option (as `events` does).
    const checked = checkOptions(options)
    if (Result.isFailure(checked)) return yield* Effect.die(new TypeError(`${caller}: ${checked.failure}`))
    const { catchUpSince, maxCatchUp, window, connectWithin, retrySchedule } = checked.success
    const desktop = yield* BeeperDesktop
    const live = yield* BeeperEvents
    const checkpoints = yield* checkpointsOf
    const health = options.health
    const startedAt = yield* Clock.currentTimeMillis
    const origin = yield* checkpoints.origin(startedAt)
    /** What a handler finished (as stored). */
    const acknowledged = new Map(yield* checkpoints.load)
    /** What was delivered in this run (at or ahead of `acknowledged`). */
    const delivered = new Map(acknowledged)
    /** Lower bound (epoch ms) of what the next catch-up looks at in chats with no cursor. */
    let coveredSince = origin
    /**
     * The accounts' own users (read on each connection): a message of theirs is never incoming, even where
     * `isSender` is left out.
     */
    let ownUserIDs: ReadonlySet<string> = new Set()
    const chats = new Map<string, Chat>()
    const firstConnection = yield* Deferred.make<void>()

    /**
     * A chat ID as a log line shows it: the layer's token scrubbed out (chat IDs come from success bodies and events,
     * the user's data, which are not scrubbed; a log line is printed and shipped).
     */
    const shown = scrubberOfService(desktop)

    /**
     * `read` — requests only: what it found is recorded by the caller once it succeeded — tried again on
     * `retrySchedule` while it fails with a transient error, each failure logged and counted; any other error (or the
     * schedule ending) fails as before.
     */
    const patiently = <A>(what: string, read: Effect.Effect<A, PaginationError>): Effect.Effect<A, PaginationError> =>
      read.pipe(
        // (`Effect.catch` that fails again rather than `tapError`, which brings its own family into every bundle)
        Effect.catch((error) => {
          if (!isTransientRead(error)) return Effect.fail(error)
          health?.update((h) => ({ ...h, retries: h.retries + 1 }))
          return Effect.andThen(
            Effect.logWarning(`beeper-kit: ${what} failed (${error._tag}: ${error.message}); trying again`),
            Effect.fail(error),
          )
        }),
        Effect.retry({ schedule: retrySchedule, while: isTransientRead }),
      )

    const chatOf = (chatID: string) =>
      Effect.suspend(() => {
        const known = chats.get(chatID)
        if (known !== undefined) return Effect.succeed(known)
        return Effect.tap(
          patiently(`fetching chat ${shown(chatID)}`, desktop.chats.retrieve({ chatID })),
          (chat) => Effect.sync(() => chats.set(chatID, chat)),
        )
      })

    /**
     * The acknowledgement of `message`, whose delivery left its chat's cursor at `covered`. It saves that cursor, not
     * `message` on top of the last cursor saved: so it covers every message of the chat delivered up to `message` —
     * those that share its sortKey too, whose IDs only `covered.recent` holds — though their own acks were never
     * called, or were replaced by it in one combined write (`AckBehind`).
     */
    const ack = (message: Message, covered: Delivery.ChatCursor): Effect.Effect<void, CheckpointError> =>
      Effect.suspend(() => {
        const before = acknowledged.get(message.chatID)
        if (before !== undefined && !Delivery.isNew(before, message)) return Effect.void
        return Effect.tap(checkpoints.save(covered), () =>
          Effect.sync(() => {
            acknowledged.set(message.chatID, covered)
            health?.update((h) => ({ ...h, acknowledged: h.acknowledged + 1 }))
          }))
      })

    /** Delivers `messages` of one chat (already selected), recording them as delivered. */
    const deliver = (chatID: string, messages: ReadonlyArray<Message>, source: IncomingMessage["source"]) =>
      messages.length === 0 ? Effect.succeed([]) : Effect.gen(function*() {
        const chat = yield* chatOf(chatID)
        const now = yield* Clock.currentTimeMillis
        let cursor = delivered.get(chatID)
        const out: Array<IncomingMessage> = []
        for (const message of messages) {
          cursor = Delivery.advance(cursor, message, window)
          out.push({ message, chat, source, ack: ack(message, cursor) })
        }
        if (cursor !== undefined) delivered.set(chatID, cursor)
        const sentAt = millisOf(messages[messages.length - 1]!.timestamp)
        health?.update((h) => ({
          ...h,
          lagMillis: sentAt === undefined ? h.lagMillis : Math.max(0, now - sentAt),
          delivered: h.delivered + out.length,
          caughtUp: h.caughtUp + (source === "catch-up" ? out.length : 0),
        }))
        return out
      })

    /**
     * The messages of `chatID` to catch up on: newer than its cursor (or than `since`), oldest first. Reads only
     * (a transient failure reads again from the start).
     */
    const missed = (chatID: string, since: number, floor: number) =>
      patiently(`catching up on chat ${shown(chatID)}`, Effect.gen(function*() {
        const cursor = delivered.get(chatID)
        const bound = Math.max(floor, cursor === undefined ? since : 0)
        const found: Array<Message> = []
        // Strictly older: a message with the cursor's sortKey may be another one (`Delivery.isNew` tells by ID), and
        // paging goes on past the cursor's sortKey so that none of those on the next page is missed.
        const older = (m: Message) =>
          (cursor !== undefined && compareSortKeys(m.sortKey, cursor.sortKey) < 0) ||
          sentBefore(m, bound)
        // Paging stops early on the messages that would be delivered, not on all those newer than the cursor: the
        // user's own, reactions and deleted ones in between must not cut off older incoming ones within maxCatchUp.
        let deliverable = 0
        // whether paging stopped on the bound rather than on the cursor or the chat's first message: older messages
        // to deliver may be left unfetched, and the count skipped is then a lower bound
        let cut = false
        yield* desktop.messages.list.pages({ chatID }, { direction: "before" }).pipe(
          Stream.takeUntil((page) => {
            const items: ReadonlyArray<Message> = page.items
            for (const m of items) {
              if (older(m)) continue
              found.push(m)
              if (Delivery.isDeliverable(cursor, m, ownUserIDs)) deliverable++
            }
            if (!page.hasMore || items.some(older)) return true
            cut = deliverable >= maxCatchUp * 2
            return cut
          }),
          Stream.runDrain,
        )
        // the pages walk towards older messages, each newest first: reversed, `found` is oldest first, the order
        // `select` keeps for messages it cannot order otherwise (a shared sortKey and timestamp)
        const selected = Delivery.select(cursor, found.reverse(), window, ownUserIDs).deliver
        if (selected.length > maxCatchUp) {
          const skipped = `${cut ? "at least " : ""}${selected.length - maxCatchUp}`
          yield* Effect.logWarning(
            `beeper-kit: catch-up of chat ${shown(chatID)} skipped ${skipped} message(s) beyond maxCatchUp` +
              (cut ? " (older ones were not fetched)" : ""),
          )
        }
        return selected.slice(Math.max(0, selected.length - maxCatchUp))
      }))

    /** The chats a catch-up looks at: the subscribed ones, or (for `"*"`) every chat active since `since`. */
    const chatsToCatchUp = (since: number) =>
      subscription !== "*" ? Effect.succeed([...subscription]) : patiently(
        "listing chats to catch up on",
        Effect.map(
          activeSince(
            desktop.chats.list.pages({ limit: 200 }, { direction: "before" }),
            since,
            defaults.chatPages,
            (chat) => chats.set(chat.id, chat),
          ),
          (found) => found.active,
        ),
      )

    /**
     * `deliveries` of one chat, or none when Desktop answers 404 for that chat: a chat that is gone (deleted, left, its
     * account removed) — subscribed, or one whose new message was still waiting while it was deleted — is skipped
     * with a warning, and the other chats go on (its live events, should it come back, are delivered as usual).
     */
    const skipIfGone = (
      chatID: string,
      doing: string,
      deliveries: Effect.Effect<ReadonlyArray<IncomingMessage>, PaginationError>,
    ): Effect.Effect<ReadonlyArray<IncomingMessage>, PaginationError> =>
      Effect.catch(deliveries, (error) =>
        error._tag === "NotFound"
          ? Effect.as(
            Effect.logWarning(`beeper-kit: chat ${shown(chatID)} was not found while ${doing} (${error.message}); skipped`),
            [],
          )
          : Effect.fail(error))

    /** After a connection went live: deliver what may have been missed, per chat, oldest first. */
    const catchUp = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const floor = now - catchUpSince
      const since = Math.max(coveredSince, floor)
      coveredSince = now
      const targets = yield* chatsToCatchUp(since)
      const out: Array<IncomingMessage> = []
      for (const chatID of targets) {
        out.push(
          ...(yield* skipIfGone(
            chatID,
            "catching up",
            Effect.flatMap(missed(chatID, since, floor), (ms) => deliver(chatID, ms, "catch-up")),
          )),
        )
      }
      health?.update((h) => ({ ...h, catchUps: h.catchUps + 1 }))
      if (out.length > 0) yield* Effect.logInfo(`beeper-kit: caught up on ${out.length} incoming message(s)`)
      return out
    })

    /** The new incoming messages of a live upsert; one with entries that could not be completed is caught up. */
    const fromUpsert = (event: MessageUpserted) =>
      Effect.gen(function*() {
        if (event.entries === undefined || (event.unhydrated?.length ?? 0) > 0) {
          const now = yield* Clock.currentTimeMillis
          const ms = yield* missed(event.chatID, coveredSince, now - catchUpSince)
          return yield* deliver(event.chatID, ms, "catch-up")
        }
        const cursor = delivered.get(event.chatID)
        // In a chat with nothing delivered yet, an upsert of a message older than a catch-up would look (before
        // delivery first ran on this store, or beyond `catchUpSince`) is history that changed — an edit, a reaction
        // — not a new message: it is not delivered, as a catch-up would not deliver it.
        const now = yield* Clock.currentTimeMillis
        const bound = Math.max(origin, now - catchUpSince)
        const entries = cursor !== undefined
          ? event.entries
          : event.entries.filter((m) => !sentBefore(m, bound))
        if (cursor === undefined && bound === origin) yield* warnIfNearOrigin(event.chatID, event.entries)
        const selected = Delivery.select(cursor, entries, window, ownUserIDs).deliver
        return yield* deliver(event.chatID, selected, "live")
      })

    /**
     * Warns of the incoming messages among `entries` (of a chat with no checkpoint) that are not delivered as sent
     * before the origin, though by less than `defaults.clockSkewMargin`: with Desktop's clock behind this one, they are
     * new messages — lost (the origin is this machine's time, a message's timestamp Desktop's).
     */
    const warnIfNearOrigin = (chatID: string, entries: ReadonlyArray<Message>) =>
      Effect.forEach(entries, (m) => {
        const sentAt = millisOf(m.timestamp)
        if (sentAt === undefined || sentAt >= origin || origin - sentAt > defaults.clockSkewMargin) return Effect.void
        if (!Delivery.isIncoming(m, ownUserIDs)) return Effect.void
        return Effect.logWarning(
          `beeper-kit: a message in chat ${shown(chatID)} is not delivered: sent ${origin - sentAt} ms before delivery ` +
            `first started on this checkpoint store, so it is taken for history. If Beeper Desktop's clock is behind ` +
            `this machine's, it is a new message: delivery needs the server's and the client's clocks to agree`,
        )
      }, { discard: true })

    // The connection's state is kept as its signals arrive (see `arrived`), the messages are handled here at the
    // consumer's pace: behind a backlog, a drop must not wait for the handler to be seen.
    const onEvent = (event: LiveEvent): Effect.Effect<ReadonlyArray<IncomingMessage>, PaginationError> =>
      Effect.gen(function*() {
        switch (event.type) {
          case "connected": {
            const accounts = yield* patiently("listing accounts", desktop.accounts.list())
            ownUserIDs = new Set(accounts.map((account) => account.user.id))
            return yield* catchUp
          }
          case "chat.upserted":
          case "chat.deleted": {
            chats.delete(event.chatID)
            return []
          }
          case "message.upserted":
            return yield* skipIfGone(event.chatID, "delivering its new messages", fromUpsert(event))
          default:
            return []
        }
      })

    // The connection's state, kept where its elements arrive (the events stream's `onArrival`), not where they are
    // handled: behind a backlog the handler works through, a drop is in the health and the log when it happens.
    let connectedNow = false
    let downSince = startedAt
    /** The `connected` and `disconnected` signals that arrived and are not logged yet (logged by `report`). */
    const signals = yield* Queue.unbounded<Connected | Disconnected>()
    const clock = yield* Clock.Clock
    /** Runs in the connection's fiber, as elements reach the buffer: records, never waits (logging is `report`'s). */
    const arrived = (elements: ReadonlyArray<LiveEvent>) => {
      const now = clock.currentTimeMillisUnsafe()
      let connections = 0
      for (const element of elements) {
        if (element.type === "connected") {
          connectedNow = true
          connections++
          Deferred.doneUnsafe(firstConnection, Effect.void)
          Queue.offerUnsafe(signals, element)
        } else if (element.type === "disconnected") {
          connectedNow = false
          downSince = now
          Queue.offerUnsafe(signals, element)
        }
      }
      // one update for the batch: the state after its last signal
      health?.update((h) => ({ ...h, connected: connectedNow, connections: h.connections + connections, lastEventAt: now }))
    }
    // never retry silently: each connection and disconnection is logged at Info level as it happens, and while there
    // is no live connection, so is that every `notConnectedLogEvery`
    const logSignals = Effect.forever(Effect.flatMap(Queue.take(signals), (signal) =>
      signal.type === "connected"
        ? Effect.logInfo(`beeper-kit: live events connected (connection ${signal.connection})`)
        : Effect.logInfo(`beeper-kit: live events disconnected (${signal.message}); reconnecting`)))
    const reportDown = Effect.gen(function*() {
      while (true) {
        yield* Effect.sleep(defaults.notConnectedLogEvery)
        if (connectedNow) continue
        const down = Duration.millis((yield* Clock.currentTimeMillis) - downSince)
        yield* Effect.logInfo(`beeper-kit: live events not connected for ${Duration.format(down)}; still trying`)
      }
    })
    // both run for as long as the delivery does; `never` types it so (it emits nothing into the deliveries)
    const report = Effect.andThen(Effect.all([logSignals, reportDown], { concurrency: 2, discard: true }), Effect.never)
    const deliveries = live.events(subscription, { overflowStrategy: "suspend", logAttempts: true, onArrival: arrived })
      .pipe(
        Stream.mapEffect(onEvent),
        Stream.flattenIterable,
        Stream.merge(Stream.fromEffect(report), { haltStrategy: "left" }),
      )
    // The health says "not connected" once delivery ended — interrupted, failed (the handler's error among them) or
    // done —: the connection ends with it, and no `disconnected` signal comes after that to say so.
    const disconnectedAtEnd = Effect.sync(() => {
      connectedNow = false
      health?.update((h) => ({ ...h, connected: false }))
    })
    if (connectWithin === undefined) return Stream.ensuring(deliveries, disconnectedAtEnd)
    const guard = Deferred.await(firstConnection).pipe(
      Effect.timeoutOrElse({
        duration: connectWithin,
        orElse: () =>
          Effect.fail(
            new StartupTimeout({
              waitedMillis: Duration.toMillis(connectWithin),
              message: `Beeper Desktop's live events did not connect within ${Duration.format(connectWithin)}`,
            }),
          ),
      }),
      Effect.andThen(Effect.never),
    )
    return Stream.merge(deliveries, Stream.fromEffect(guard), { haltStrategy: "left" }).pipe(
      Stream.ensuring(disconnectedAtEnd),
    )
  }))

/**
 * Runs `handler` for every new incoming message of `options.chats` (default `"*"`), one at a time, and checkpoints
 * each message after its handler succeeded (see the module description for the guarantee). Runs until interrupted;
 * fails with the handler's first error (that message stays unacknowledged: it is delivered again after a restart),
 * with a delivery error, or with the checkpoint store's error.
 *
 * The checkpoints are written behind the handler: the next message's handler does not wait for the store (Workers
 * KV, for one, takes one write per second to a chat's key), and a chat's acknowledgements that wait together are
 * written as one (the last message's checkpoint covers the earlier ones), different chats' side by side. Before
 * `handleIncoming` ends — on the handler's error, a delivery error or an interruption — the acknowledgements of the
 * messages handled are written (waiting at most 10 seconds for the store; the chats still unwritten then are counted
 * in a Warning, as their last handled messages may be delivered again after a restart).
 *
 * @example
 * ```ts
 * yield* handleIncoming(({ message }) => replyOnce(message, `echo: ${MessageText.plainText(message.text)}`))
 * ```
 * @since 1.0.0
 * @category Delivery
 */
export const handleIncoming = <E, R>(
  handler: (incoming: IncomingMessage) => Effect.Effect<unknown, E, R>,
  options: HandleIncomingOptions = {},
): Effect.Effect<void, E | IncomingError, R | BeeperDesktop | BeeperEvents> =>
  Effect.scoped(Effect.gen(function*() {
    // acknowledgements are written behind the handler, coalesced per chat (see `AckBehind`)
    // a write that covers acknowledgements it replaced counts their messages as acknowledged too
    const acks = yield* AckBehind.make((replaced) =>
      options.health?.update((h) => ({ ...h, acknowledged: h.acknowledged + replaced }))
    )
    // A failed write ends delivery between two handlers, never inside one (a handler cut off halfway could leave its
    // own work half done): the failure waits for the handler running, and no handler starts after it.
    // (one permit: a handler holds it while it runs; the failure takes it, so it waits for the running handler)
    const turn = Semaphore.makeUnsafe(1)
    const handle = (incoming: IncomingMessage) =>
      turn.withPermits(1)(Effect.andThen(handler(incoming), acks.offer(incoming.message.chatID, incoming.ack)))
    yield* deliveriesOf("handleIncoming", options.chats ?? "*", options).pipe(
      Stream.runForEach((incoming) => Effect.andThen(acks.failedYet, handle(incoming))),
      Effect.raceFirst(Effect.catch(acks.failed, (error) => Effect.andThen(turn.take(1), Effect.fail(error)))),
      Effect.andThen(acks.flush),
      // ended by the handler's error, a delivery error or an interruption: what was handled is still written
      Effect.onExit((exit) => exit._tag === "Success" ? Effect.void : acks.flushWithin(defaults.ackFlushWithin)),
    )
  }))

/**
 * Replies to `message` unless a reply of ours to it is already in the chat — the idempotent reply a handler needs
 * for effectively-once replies (the send endpoint has no idempotency key). Looks back from the newest message to
 * `message`; succeeds with the existing reply's ID or the new send's `pendingMessageID`.
 *
 * A reply of ours that failed to send (`sendStatus` `FAIL_RETRIABLE` or `FAIL_PERMANENT`) or was deleted does not
 * count: the message is answered again. One still being sent (`PENDING`) does count, so that running the handler
 * again while the first send is in flight does not send a second reply; should that send fail later, the next run
 * of `replyOnce` for the message sends again.
 * @since 1.0.0
 * @category Delivery
 */
export const replyOnce = (
  message: Message,
  text: string,
): Effect.Effect<{ readonly id: string; readonly sent: boolean }, PaginationError, BeeperDesktop> =>
  Effect.gen(function*() {
    const desktop = yield* BeeperDesktop
    const existing = yield* existingReply(desktop, message)
    if (existing !== undefined) return { id: existing.id, sent: false }
    const sent = yield* desktop.messages.send({ chatID: message.chatID, text, replyToMessageID: message.id })
    return { id: sent.pendingMessageID, sent: true }
  })

/**
 * Whether `candidate` is a reply of ours to `message` that stands: sent or still being sent (a send in flight counts,
 * so a retry cannot duplicate it), neither failed (`FAIL_RETRIABLE`, `FAIL_PERMANENT`) nor deleted.
 */
const isStandingReply = (candidate: Message, message: Message): boolean =>
  candidate.isSender === true && candidate.linkedMessageID === message.id && candidate.isDeleted !== true &&
  !isFailedSendStatus(candidate.sendStatus?.status)

/** A standing reply of ours to `message` (see {@link isStandingReply}) among the chat's messages newer than it, if any. */
const existingReply = (desktop: BeeperDesktopApi, message: Message) =>
  Effect.gen(function*() {
    let found: Message | undefined
    yield* desktop.messages.list.pages({ chatID: message.chatID }, { direction: "before" }).pipe(
      Stream.takeUntil((page) => {
        const items: ReadonlyArray<Message> = page.items
        found ??= items.find((m) => isStandingReply(m, message))
        return found !== undefined || !page.hasMore || items.some((m) => compareSortKeys(m.sortKey, message.sortKey) <= 0)
      }),
      Stream.runDrain,
    )
    return found
  })
