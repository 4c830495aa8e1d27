/**
 * One live connection per `BeeperEvents` layer, shared by every events stream of it (and so by every
 * `sendAndConfirm` and `incomingMessages`): one reference-counted `Session` whose elements are fanned out to the
 * streams — the subscribers.
 *
 * - **Subscriptions:** the session asks the server for the union of the subscribers' chat sets (`"*"` when any of
 *   them wants all chats); a subscriber joining or leaving changes it. Each subscriber receives the events of its
 *   own chats only.
 * - **Signals, per subscriber:** `connected` once the server acknowledged a set that covers its chats (a stream that
 *   joins a live connection gets it as soon as the union including it is acknowledged — right away when it already
 *   was); `disconnected` when a connection it was live on drops; a `reconnect` `gap` for its chats (all chats seen so
 *   far for `"*"`) after the reconnect; `subscriptions.updated` after the service's `setSubscriptions` took effect.
 *   `server.error` goes to all; what else concerns no chat (`frame.malformed`, `app.state.updated`, unknown events
 *   that name none) to every subscriber that is live; an unknown event that names a chat goes where its events go.
 * - **Buffers:** each subscriber has its own bounded buffer and overflow strategy. The fan-out offers an element (or
 *   the run of events of a socket batch that concern it, in one offer) to each subscriber in turn, so a subscriber with the `"suspend"` strategy that falls behind holds back the shared
 *   socket — and with it every stream of the layer (`"drop-oldest"` keeps a side stream from doing so).
 * - **Lifetime:** the first subscriber opens the connection (with the WebSocket constructor and `BeeperDesktop` of its
 *   context, when the layer has none); it closes when the last subscriber leaves — the streams own it, as each owned
 *   its socket before. A terminal error of the session ends every subscriber's stream with it; the next subscriber
 *   opens a new one.
 *
 * @module
 */
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import type * as Scope from "effect/Scope"
import { type EventsStreamError, NotStreaming, type SetSubscriptionsError, SubscriptionRejected } from "./EventsError.ts"
import type { LiveEvent } from "./LiveEvent.ts"
import * as SeenChats from "./SeenChats.ts"
import { type ConnectionAttempt, type Emitter, type Session, type Subscription, validate } from "./Session.ts"
import { sameChats } from "./Ledger.ts"
import { statusUnknownHint, statusUnknownUnchecked } from "./SocketFailure.ts"

/** Where a subscriber's elements go: its buffer. */
export interface Sink {
  /** Offers one element (may suspend: strategy `"suspend"`); `false` once the buffer is closed. */
  readonly offer: (event: LiveEvent) => Effect.Effect<boolean>
  /** Offers elements in order, as many offers would. */
  readonly offerAll: (events: ReadonlyArray<LiveEvent>) => Effect.Effect<boolean>
  /** Ends the subscriber's stream with `cause`, after what it buffered. */
  readonly failCause: (cause: Cause.Cause<EventsStreamError>) => Effect.Effect<void>
}

/** A session to share, made for the first subscriber (in its context). */
export interface Opened {
  readonly session: Session
  /** The session's connection loop, with everything it needs provided. */
  readonly run: Effect.Effect<never, EventsStreamError>
}

/**
 * Makes the session for `initial` chat IDs, emitting to `emitter` and telling `onAttempt` of every connection attempt.
 */
export type Open = (
  initial: ReadonlyArray<string>,
  emitter: Emitter,
  onAttempt: (attempt: ConnectionAttempt) => Effect.Effect<void>,
) => Effect.Effect<Opened>

/** Options of {@link SharedConnection.subscribe}. */
export interface SubscribeOptions {
  /** Whether connection attempts are logged at Info level while this subscriber is there (else at Debug). */
  readonly logAttempts?: boolean | undefined
}

/** The shared connection of a layer. */
export interface SharedConnection {
  /**
   * Adds a subscriber for `chatIDs` (validated) until the scope closes; opens the connection (with `open`) when
   * none runs.
   */
  readonly subscribe: (
    chatIDs: ReadonlyArray<string>,
    sink: Sink,
    open: Open,
    options?: SubscribeOptions,
  ) => Effect.Effect<void, never, Scope.Scope>
  /**
   * Replaces the set of every subscriber and waits for the server's acknowledgement (`NotStreaming` without
   * subscribers). A rejected change leaves every subscriber's set as it was.
   */
  readonly setSubscriptions: (subscription: Subscription) => Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError>
}

/** One subscriber and what the fan-out knows of it. */
interface Subscriber {
  readonly sink: Sink
  readonly logAttempts: boolean
  /** Its chat IDs (`["*"]`, `[]` or IDs). */
  chatIDs: ReadonlyArray<string>
  /** The same, for lookups: `"*"` for all chats. */
  chats: "*" | ReadonlySet<string>
  /** The version of the session's desired set from which its chats are covered. */
  coveredFrom: number
  /** The connection it received `connected` for and that is still live. */
  liveOn: number | undefined
  /** It was live on a connection that dropped: a `reconnect` gap is due after its next `connected`. */
  owesGap: boolean
  /** A `setSubscriptions` changed its set: `subscriptions.updated` is due once this version is acknowledged. */
  announceFrom: number | undefined
  /** Its set as of the last acknowledgement that covered it: what a rejected change puts back. */
  settled: ReadonlyArray<string>
}

/** One connection and its subscribers. */
interface Connection {
  /** Set once the first subscriber opened it (see `opened`). */
  session: Session
  /** Completes once `session` is set: a subscriber joining before that waits for it. */
  readonly opened: Deferred.Deferred<void>
  readonly subscribers: Set<Subscriber>
  /** The connection loop (set once forked). */
  fiber: Fiber.Fiber<void> | undefined
  /**
   * Chats seen on it so far, the most recent last (what a `"*"` subscriber's reconnect gap lists): bounded, see
   * `SeenChats`.
   */
  readonly seenChats: Map<string, true>
}

const chatsOf = (chatIDs: ReadonlyArray<string>): Subscriber["chats"] =>
  chatIDs.includes("*") ? "*" : new Set(chatIDs)

/** The union of the subscribers' sets: `["*"]` when any wants all, else their chat IDs in the order they came. */
const unionOf = (subscribers: Iterable<Subscriber>): ReadonlyArray<string> => {
  const union = new Set<string>()
  for (const subscriber of subscribers) {
    if (subscriber.chats === "*") return ["*"]
    for (const chatID of subscriber.chatIDs) union.add(chatID)
  }
  return [...union]
}

/**
 * What a subscriber is told it is subscribed to: the server's effective set, narrowed to its chats (its own set when
 * the server acknowledged `"*"`).
 */
const viewOf = (subscriber: Subscriber, acknowledged: ReadonlyArray<string>): ReadonlyArray<string> => {
  const chats = subscriber.chats
  if (chats === "*") return acknowledged
  return acknowledged.includes("*") ? subscriber.chatIDs : acknowledged.filter((chatID) => chats.has(chatID))
}

/** The chat an element is about, when it is about one (an unknown event's too, when its frame names one). */
const chatOfEvent = (event: LiveEvent): string | undefined => {
  if (event.type === "unknown") {
    const frame = event.frame as { readonly chatID?: unknown } | null
    return typeof frame === "object" && frame !== null && typeof frame.chatID === "string" ? frame.chatID : undefined
  }
  return "chatID" in event && typeof event.chatID === "string" ? event.chatID : undefined
}

/**
 * The shared connection of a layer. Its lifetime is its subscribers' (the streams' scopes), not the layer's: a
 * service used after its layer was released still serves its streams, as each stream owned its socket before.
 */
export const make = (): SharedConnection => {
  let current: Connection | undefined
  /** The set the session was last asked for (its desired set). */
  let desired: ReadonlyArray<string> = []
  /** The set the server acknowledged last. */
  let acknowledged: ReadonlyArray<string> = []

  const deliver = (subscriber: Subscriber, event: LiveEvent) => subscriber.sink.offer(event)

  /** Gives `subscriber` its `connected` (and a due `gap`) when the live connection covers its chats. */
  const cover = (connection: Connection, subscriber: Subscriber): Effect.Effect<void> =>
    Effect.suspend(() => {
      const state = connection.session.state()
      if (
        subscriber.liveOn !== undefined || state.connection === undefined || state.acknowledgedVersion === undefined ||
        state.acknowledgedVersion < subscriber.coveredFrom
      ) return Effect.void
      const number = state.connection
      subscriber.liveOn = number
      const signals: Array<LiveEvent> = [{ type: "connected", connection: number, chatIDs: viewOf(subscriber, acknowledged) }]
      if (subscriber.owesGap) {
        subscriber.owesGap = false
        if (subscriber.chats === "*") {
          signals.push({ type: "gap", reason: "reconnect", chatIDs: [...connection.seenChats.keys()], allChats: true, dropped: 0 })
        } else if (subscriber.chatIDs.length > 0) {
          signals.push({ type: "gap", reason: "reconnect", chatIDs: subscriber.chatIDs, allChats: false, dropped: 0 })
        }
      }
      return Effect.forEach(signals, (signal) => deliver(subscriber, signal), { discard: true })
    })

  /** Whether `subscriber` receives the events of `chatID`: it is live, and the chat is one of its chats. */
  const receives = (subscriber: Subscriber, chatID: string): boolean =>
    subscriber.liveOn !== undefined && (subscriber.chats === "*" || subscriber.chats.has(chatID))

  /** The session's `emit`: one element, fanned out to the subscribers it concerns. */
  const fanOut = (connection: Connection) => (event: LiveEvent): Effect.Effect<void> =>
    Effect.suspend(() => {
      const subscribers = [...connection.subscribers]
      switch (event.type) {
        case "connected":
        case "subscriptions.updated": {
          acknowledged = event.chatIDs
          const version = connection.session.state().acknowledgedVersion ?? 0
          // a set the server acknowledged can no longer be rejected (it answers in order): it is what stays
          for (const subscriber of subscribers) {
            if (subscriber.announceFrom === undefined || subscriber.announceFrom <= version) subscriber.settled = subscriber.chatIDs
          }
          return Effect.forEach(subscribers, (subscriber) =>
            Effect.andThen(cover(connection, subscriber), () => {
              if (subscriber.announceFrom === undefined || subscriber.announceFrom > version) return Effect.void
              subscriber.announceFrom = undefined
              return deliver(subscriber, { type: "subscriptions.updated", chatIDs: viewOf(subscriber, event.chatIDs) })
            }), { discard: true })
        }
        case "disconnected":
          return Effect.forEach(subscribers, (subscriber) => {
            if (subscriber.liveOn === undefined) return Effect.void
            subscriber.liveOn = undefined
            subscriber.owesGap = subscriber.chats === "*" || subscriber.chatIDs.length > 0
            return deliver(subscriber, event)
          }, { discard: true })
        case "gap":
          // the session's reconnect gap is for the union; each subscriber gets its own (see `cover`)
          return Effect.void
        default: {
          const chatID = chatOfEvent(event)
          // about no chat: a server error or a malformed frame to every stream (it is about the connection, which
          // may never become live: a `ready` that breaks the protocol would otherwise redial silently for ever);
          // anything else — an event, or the refusal of one — to every stream that is live (what a connection sends
          // before a stream's `connected`, as its events, is not the stream's)
          if (chatID === undefined) {
            const aboutTheConnection = event.type === "server.error" || event.type === "frame.malformed"
            return Effect.forEach(subscribers, (s) =>
              s.liveOn === undefined && !aboutTheConnection ? Effect.void : deliver(s, event), {
              discard: true,
            })
          }
          SeenChats.record(connection.seenChats, chatID, true)
          return Effect.forEach(subscribers, (subscriber) =>
            receives(subscriber, chatID) ? deliver(subscriber, event) : Effect.void, { discard: true })
        }
      }
    })

  /**
   * The session's `emitAll`: events (no signals), each to the subscribers it concerns as `fanOut` sends it — each
   * subscriber's share in one offer.
   */
  const fanOutAll = (connection: Connection) => (events: ReadonlyArray<LiveEvent>): Effect.Effect<void> =>
    Effect.suspend(() => {
      const chats = events.map(chatOfEvent)
      for (const chatID of chats) if (chatID !== undefined) SeenChats.record(connection.seenChats, chatID, true)
      return Effect.forEach([...connection.subscribers], (subscriber) =>
        Effect.suspend(() => {
          const share = events.filter((_, i) => {
            const chatID = chats[i]
            return chatID === undefined ? subscriber.liveOn !== undefined : receives(subscriber, chatID)
          })
          return share.length === 0 ? Effect.void : subscriber.sink.offerAll(share)
        }), { discard: true })
    })

  /**
   * The session's `rejected`: a change of the set the server refused (a `setSubscriptions`, or a handshake that carried
   * changes). It keeps the set it acknowledged last, and so does every subscriber a rejected change set (any version up
   * to the rejected one: an earlier change still unanswered was carried by it, or rejected before it): back to its
   * settled set. A later change keeps its subscribers. The set kept counts as acknowledged, so a stream that waited for
   * this change to be covered is covered by it.
   */
  const rejectedChange = (connection: Connection) => (version: number): Effect.Effect<void> =>
    Effect.suspend(() => {
      let restored = false
      for (const subscriber of connection.subscribers) {
        if (subscriber.announceFrom === undefined || subscriber.announceFrom > version) continue
        subscriber.chatIDs = subscriber.settled
        subscriber.chats = chatsOf(subscriber.settled)
        subscriber.announceFrom = undefined
        restored = true
      }
      if (!restored) return Effect.void
      desired = unionOf(connection.subscribers)
      return Effect.forEach([...connection.subscribers], (subscriber) => cover(connection, subscriber), { discard: true })
    })

  /** Asks the session for the subscribers' union when it changed; the version from which it is covered. */
  const requestUnion = (connection: Connection) =>
    Effect.gen(function*() {
      const union = unionOf(connection.subscribers)
      if (sameChats(union, desired)) return { version: connection.session.state().version, acknowledged: undefined }
      desired = union
      return yield* Effect.catch(
        connection.session.request(union),
        () => Effect.succeed({ version: connection.session.state().version, acknowledged: undefined }),
      )
    })

  /** Closes the connection (its last subscriber left, or it failed). */
  const close = (connection: Connection) =>
    Effect.suspend(() => {
      if (current === connection) current = undefined
      const fiber = connection.fiber
      return Effect.andThen(connection.session.end, fiber === undefined ? Effect.void : Fiber.interrupt(fiber))
    })

  const leave = (connection: Connection, subscriber: Subscriber) =>
    Effect.suspend(() => {
      if (!connection.subscribers.delete(subscriber)) return Effect.void
      if (connection.subscribers.size === 0) return close(connection)
      if (current !== connection) return Effect.void
      // a smaller union: asked for in the background (a drop in between sends it with the next handshake)
      return Effect.asVoid(requestUnion(connection))
    })

  const onAttempt = (connection: Connection) => (attempt: ConnectionAttempt): Effect.Effect<void> => {
    const line = `beeper-kit: live events connecting to ${attempt.url} (attempt ${attempt.attempt}${
      attempt.previous === undefined ? "" : `; last: ${attempt.previous}`
    })`
    const failed = attempt.attempt - 1
    // After 2, 4, 8, 16, … attempts in a row without a stable connection, a Warning whoever asked: a stream that cannot
    // stay connected says why (a log line per doubling, so a Desktop away for a day makes a dozen), where its Debug
    // lines print nothing. Attempts that connected, then dropped, are said to be that, not failures to connect.
    if (failed >= 2 && (failed & (failed - 1)) === 0) {
      const what = attempt.connectedBriefly === 0
        ? `not connected after ${failed} failed attempts in a row`
        : `no stable connection after ${failed} attempts in a row (${attempt.connectedBriefly} connected, then dropped ` +
          "before it was stable)"
      return Effect.logWarning(
        `${line}: ${what}` + (attempt.previous === statusUnknownUnchecked ? `. ${statusUnknownHint}` : ""),
      )
    }
    return [...connection.subscribers].some((s) => s.logAttempts) ? Effect.logInfo(line) : Effect.logDebug(line)
  }

  /** The connection to join, or a new one (recorded at once, in the same step as the check) and `true`. */
  const joinOrCreate = (subscriber: Subscriber) =>
    Effect.sync((): readonly [Connection, boolean] => {
      if (current !== undefined) return [current, false]
      const connection: Connection = {
        session: undefined as unknown as Session,
        opened: Deferred.makeUnsafe<void>(),
        subscribers: new Set([subscriber]),
        fiber: undefined,
        seenChats: new Map(),
      }
      current = connection
      desired = subscriber.chatIDs
      acknowledged = []
      return [connection, true]
    })

  /** Opens `connection` for its first subscriber and starts its loop. */
  const openOn = (connection: Connection, subscriber: Subscriber, open: Open) =>
    Effect.gen(function*() {
      const opened = yield* open(
        subscriber.chatIDs,
        { emit: fanOut(connection), emitAll: fanOutAll(connection), rejected: rejectedChange(connection) },
        onAttempt(connection),
      )
      connection.session = opened.session
      yield* Deferred.succeed(connection.opened, undefined)
      connection.fiber = yield* opened.run.pipe(
        // a terminal error ends every subscriber's stream (after what each buffered); the next one opens anew
        Effect.catchCause((cause) =>
          Cause.hasInterruptsOnly(cause) ? Effect.void : Effect.gen(function*() {
            if (current === connection) current = undefined
            yield* connection.session.end
            for (const s of connection.subscribers) yield* s.sink.failCause(cause)
          })
        ),
        Effect.asVoid,
        // owned by the subscribers, not by the scope of the stream that happened to open it (see `make`)
        Effect.forkDetach,
      )
    })

  /** Fails a subscriber whose chats the server rejected (when it is not yet live), and drops it. */
  const refused = (connection: Connection, subscriber: Subscriber, error: SubscriptionRejected) =>
    Effect.suspend(() => {
      if (subscriber.liveOn !== undefined || !connection.subscribers.has(subscriber)) return Effect.void
      return Effect.andThen(subscriber.sink.failCause(Cause.fail(error)), leave(connection, subscriber))
    })

  /**
   * What the answer to a joining subscriber's union decides. A timeout or a drop only delays coverage (the next
   * handshake sends the union). A rejection refuses the subscriber — unless the refused set also held new chats of
   * other subscribers (joining at the same time), which may be what the server refused: then the union as it is now
   * (a refused subscriber has left it) is asked for again, and its answer decides. The earliest join in flight carries
   * no one else's new chats, so every round settles at least one.
   */
  const settleJoin = (
    connection: Connection,
    subscriber: Subscriber,
    answer: Effect.Effect<ReadonlyArray<string>, SetSubscriptionsError>,
  ): Effect.Effect<void> =>
    Effect.catch(Effect.asVoid(answer), (error) => {
      if (error._tag !== "SubscriptionRejected") return Effect.void
      if (subscriber.liveOn !== undefined || !connection.subscribers.has(subscriber) || current !== connection) {
        return Effect.void
      }
      const chats = subscriber.chats
      const othersNew = error.chatIDs.some((chatID) =>
        !acknowledged.includes(chatID) && chats !== "*" && !chats.has(chatID)
      )
      if (!othersNew) return refused(connection, subscriber, error)
      return Effect.suspend(() => {
        desired = unionOf(connection.subscribers)
        return connection.session.request(desired)
      }).pipe(
        Effect.flatMap((again) => {
          subscriber.coveredFrom = again.version
          return settleJoin(connection, subscriber, again.acknowledged)
        }),
        // the session ended meanwhile: the stream ends with it
        Effect.catch(() => Effect.void),
      )
    })

  const subscribe: SharedConnection["subscribe"] = (chatIDs, sink, open, options): Effect.Effect<void, never, Scope.Scope> =>
    Effect.gen(function*() {
      const subscriber: Subscriber = {
        sink,
        logAttempts: options?.logAttempts === true,
        chatIDs,
        chats: chatsOf(chatIDs),
        coveredFrom: 0,
        liveOn: undefined,
        owesGap: false,
        announceFrom: undefined,
        settled: chatIDs,
      }
      const [connection, first] = yield* joinOrCreate(subscriber)
      yield* Effect.addFinalizer(() => leave(connection, subscriber))
      if (first) return yield* openOn(connection, subscriber, open)
      yield* Deferred.await(connection.opened)
      // it ended meanwhile (a terminal error, its last subscriber left): join or open the next one
      if (current !== connection) return yield* subscribe(chatIDs, sink, open, options)
      connection.subscribers.add(subscriber)
      const requested = yield* requestUnion(connection)
      subscriber.coveredFrom = requested.version
      if (requested.acknowledged !== undefined) yield* Effect.forkDetach(settleJoin(connection, subscriber, requested.acknowledged))
      yield* cover(connection, subscriber)
    }).pipe(Effect.uninterruptible)

  const setSubscriptions: SharedConnection["setSubscriptions"] = (subscription) =>
    Effect.gen(function*() {
      const chatIDs = yield* validate(subscription)
      const connection = current
      if (connection === undefined || connection.subscribers.size === 0) {
        return yield* new NotStreaming({ message: "No events stream is running; start one with events(...)" })
      }
      const subscribers = [...connection.subscribers]
      const requested = yield* connection.session.request(chatIDs)
      desired = chatIDs
      // `announceFrom` marks the change: if the server rejects it — whether or not this call still waits then —
      // `rejectedChange` puts each subscriber back on its settled set
      for (const subscriber of subscribers) {
        subscriber.chatIDs = chatIDs
        subscriber.chats = chatsOf(chatIDs)
        subscriber.announceFrom = requested.version
        if (subscriber.liveOn === undefined) subscriber.coveredFrom = requested.version
      }
      return yield* requested.acknowledged
    })

  return { subscribe, setSubscriptions }
}
