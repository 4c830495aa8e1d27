/**
 * The opt-in gap filler: after each `gap` signal of an events stream, fetch over HTTP (through the `BeeperClient`
 * service, which `BeeperDesktop.layer` provides too) the messages of each affected chat that are newer than the last
 * one the stream carried, and emit them as `message.upserted` (marked `filled: true`) before the live events that
 * follow — then drop the live copies of what was just filled, so no message is delivered twice.
 *
 * Scope: new messages only. Edits, reactions and deletions that happened during the gap are not recovered. A chat
 * with no message seen yet on the stream has no "last one" to start from: for a gap of every chat (`allChats`, a
 * `"*"` stream) the chats active since the last event the stream carried are listed (`ActiveChats`, as the
 * bot-grade delivery's catch-up does) and the messages of those it has no message of are fetched by time, at most
 * `maxChats` of them (the others in `unfilled`; `unchecked` when the list itself could not be read to its end); for
 * a gap of given chats, such a chat is listed in `unfilled`.
 *
 * @module
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import { isReadonlyArrayNonEmpty, type NonEmptyReadonlyArray } from "effect/Array"
import type * as Cause from "effect/Cause"
import * as Stream from "effect/Stream"
import { BeeperClient } from "../BeeperClient.ts"
import { chatsList, messagesList } from "../internal/generated.ts"
import type { Message } from "../generated/schemas.ts"
import { activeSince, millisOf } from "./ActiveChats.ts"
import * as SeenChats from "./SeenChats.ts"
import { type Gap, isDomainEvent, type LiveEvent, type MessageUpserted } from "./LiveEvent.ts"

/**
 * Options of {@link fillGaps}.
 * @since 1.0.0
 * @category Options
 */
export interface FillGapsOptions {
  /**
   * Pages of `GET /v1/chats/{chatID}/messages` fetched per chat and gap, at most (default 50). A chat whose gap
   * is longer is still filled with what was fetched, and listed in `unfilled`.
   */
  readonly maxPages?: number | undefined
  /** Filled messages remembered to drop their live copies (default 10,000; the oldest are forgotten first). */
  readonly dedupeWindow?: number | undefined
  /** Chats fetched at the same time (default 4). */
  readonly concurrency?: number | undefined
  /**
   * For a gap of every chat (a `"*"` stream): the chats active during the gap that the stream carried no message of,
   * fetched at most (default 50). Those beyond are listed in `unfilled`.
   */
  readonly maxChats?: number | undefined
}

/** Pages of the chat list (200 chats each) read to find the chats active during a gap of every chat. */
const maxChatPages = 5

/**
 * How far before the last event the stream carried the chats active during a gap are looked for, and their messages
 * (a message's `timestamp` may be its sender's, a little earlier than Desktop received it).
 */
const discoveryMarginMillis = 60_000

/** The last message an events stream carried for a chat. */
interface LastSeen {
  readonly id: string
  readonly sortKey: string | undefined
  /**
   * IDs the stream carried without an entry since (no sortKey to compare: a new message, or an update of an old
   * one), the most recent last: the fill's bound is the newest of these and `id` it finds.
   */
  readonly later: ReadonlyArray<string>
  /**
   * The entry of `id` the stream carried last, when it carried one: what a server replaying it after the gap would
   * send again unchanged (a copy the fill then drops, as it drops live copies of what it filled).
   */
  readonly entry: Message | undefined
}

/** How many IDs without an entry a chat's {@link LastSeen} keeps. */
const maxLaterIDs = 64

const keepLast = (ids: ReadonlyArray<string>): ReadonlyArray<string> =>
  ids.length > maxLaterIDs ? ids.slice(ids.length - maxLaterIDs) : ids

/**
 * Orders two `sortKey`s. Numeric keys (the usual form) compare as numbers of any length; others as strings.
 */
export const compareSortKeys = (a: string, b: string): number => {
  let [x, y] = [a, b]
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    x = a.replace(/^0+(?=\d)/, "")
    y = b.replace(/^0+(?=\d)/, "")
    if (x.length !== y.length) return x.length < y.length ? -1 : 1
  }
  return x < y ? -1 : x > y ? 1 : 0
}

/** A key-order-independent rendering of a JSON value, to tell a repeated message from an updated one. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v)

/**
 * Fills the gaps of an events stream (see the module description). Requires `BeeperClient` (`BeeperDesktop.layer`
 * provides it); a chat whose fetch
 * fails is reported in the `gap.filled` signal's `unfilled` and the stream goes on.
 *
 * @example
 * ```ts
 * const events = yield* BeeperEvents
 * yield* events.events("*").pipe(BeeperEvents.fillGaps(), Stream.runForEach(Console.log))
 * ```
 */
export const fillGaps = (options: FillGapsOptions = {}) =>
<E, R>(self: Stream.Stream<LiveEvent, E, R>): Stream.Stream<LiveEvent, E, R | BeeperClient> =>
  Stream.unwrap(Effect.gen(function*() {
    const client = yield* BeeperClient
    const maxPages = Math.max(1, options.maxPages ?? 50)
    const dedupeWindow = Math.max(1, options.dedupeWindow ?? 10_000)
    const concurrency = Math.max(1, options.concurrency ?? 4)
    const maxChats = Math.max(0, options.maxChats ?? 50)
    const startedAt = yield* Clock.currentTimeMillis
    /** The `ts` of the last live domain event: a gap of every chat began after it. */
    let lastEventAt: number | undefined
    const lastSeen = new Map<string, LastSeen>()
    /**
     * Messages emitted by fills whose live copy has not arrived yet: id → canonical form (insertion order, so the
     * oldest are forgotten first). A live copy equal to the filled one is dropped; a different one is an update.
     */
    const filled = new Map<string, string>()
    const rememberFilled = (m: Message) => {
      filled.delete(m.id)
      filled.set(m.id, canonical(m))
      if (filled.size > dedupeWindow) {
        const oldest = filled.keys().next()
        if (oldest.done !== true) filled.delete(oldest.value)
      }
    }

    const remember = (event: MessageUpserted) => {
      const current = lastSeen.get(event.chatID)
      let id = current?.id
      let sortKey = current?.sortKey
      let later = current?.later ?? []
      let last = current?.entry
      for (const entry of event.entries ?? []) {
        if (sortKey === undefined || compareSortKeys(entry.sortKey, sortKey) > 0) {
          // an ID known without its sortKey stays a candidate for the bound (it may be newer than this entry)
          if (id !== undefined && sortKey === undefined) later = keepLast([...later, id])
          id = entry.id
          sortKey = entry.sortKey
          last = entry
        } else if (entry.id === id) last = entry // an update of the last message: its newest form
      }
      // IDs without an entry have no sortKey to compare (a new message, or an update of an old one, which must not
      // move the bound back): each is a candidate the fill resolves by finding it among the pages
      const withEntry = new Set((event.entries ?? []).map((m) => m.id))
      const bare = event.ids.filter((messageID) => !withEntry.has(messageID))
      if (id === undefined && bare.length > 0) {
        id = bare[bare.length - 1]
        later = keepLast(bare.slice(0, -1))
      } else if (bare.length > 0) later = keepLast([...later, ...bare])
      if (last !== undefined && last.id !== id) last = undefined
      // bounded (`SeenChats`): a chat forgotten, or whose ID is too long to keep, is filled as one not seen
      if (id !== undefined) SeenChats.record(lastSeen, event.chatID, { id, sortKey, later, entry: last })
    }

    /** The live event without the messages the latest fill already delivered unchanged; `undefined` if none left. */
    const withoutFilled = (event: MessageUpserted): MessageUpserted | undefined => {
      if (filled.size === 0) return event
      const entryOf = new Map((event.entries ?? []).map((m) => [m.id, m]))
      const keep = (id: string) => {
        const before = filled.get(id)
        if (before === undefined) return true
        const entry = entryOf.get(id)
        // nothing to compare (IDs only, or an entry that could not be completed): it may be an update, so it is
        // kept — with its `unhydrated` signal —, and the filled copy still stands for the next live copy
        if (entry === undefined) return true
        filled.delete(id)
        return canonical(entry) !== before
      }
      const ids = event.ids.filter(keep)
      if (ids.length === event.ids.length) return event
      if (ids.length === 0) return undefined
      const kept = new Set(ids)
      const entries = event.entries?.filter((m) => kept.has(m.id))
      return entries === undefined ? { ...event, ids } : { ...event, ids, entries }
    }

    /**
     * The messages of `chatID` newer than `last`, oldest first, walking pages from the newest; `complete` is
     * `false` when `maxPages` ran out before reaching `last`. `undefined` when `last` was never found.
     */
    const newerThan = (chatID: string, last: LastSeen) =>
      Effect.gen(function*() {
        let bound = last.sortKey
        let complete = false
        const candidates: Array<Message> = []
        // the messages the stream carried: the newest of them found is where the fill starts
        const anchors = new Set([last.id, ...last.later])
        yield* client.pages(messagesList, { chatID }, { direction: "before" }).pipe(
          Stream.take(maxPages),
          Stream.takeUntil((page) => {
            const items: ReadonlyArray<Message> = page.items
            candidates.push(...items)
            for (const m of items) {
              if (anchors.has(m.id) && (bound === undefined || compareSortKeys(m.sortKey, bound) > 0)) bound = m.sortKey
            }
            complete = !page.hasMore || (bound !== undefined && items.some((m) => compareSortKeys(m.sortKey, bound!) <= 0))
            return complete
          }),
          Stream.runDrain,
        )
        if (bound === undefined) return undefined
        const byID = new Map<string, Message>()
        for (const m of candidates) if (compareSortKeys(m.sortKey, bound) > 0) byID.set(m.id, m)
        const messages = [...byID.values()].sort((a, b) => compareSortKeys(a.sortKey, b.sortKey))
        return { messages, complete }
      })

    /**
     * The messages of `chatID` (a chat the stream carried no message of) sent since `since`, oldest first, walking
     * pages from the newest; `complete` is `false` when `maxPages` ran out first.
     */
    const sentSince = (chatID: string, since: number) =>
      Effect.gen(function*() {
        let complete = false
        const found: Array<Message> = []
        const older = (m: Message) => (millisOf(m.timestamp) ?? Number.POSITIVE_INFINITY) < since
        yield* client.pages(messagesList, { chatID }, { direction: "before" }).pipe(
          Stream.take(maxPages),
          Stream.takeUntil((page) => {
            const items: ReadonlyArray<Message> = page.items
            for (const m of items) if (!older(m)) found.push(m)
            complete = !page.hasMore || items.some(older)
            return complete
          }),
          Stream.runDrain,
        )
        const byID = new Map(found.map((m) => [m.id, m]))
        const messages = [...byID.values()].sort((a, b) => compareSortKeys(a.sortKey, b.sortKey))
        return { messages, complete }
      })

    /**
     * For a gap of every chat: the chats active since the last event the stream carried, most recent first, and
     * whether the chat list was read to its end (`undefined` when it could not be read).
     */
    const discover = (since: number) =>
      activeSince(client.pages(chatsList, { limit: 200 }, { direction: "before" }), since, maxChatPages).pipe(
        Effect.catch(() => Effect.succeed(undefined)),
      )

    const fill = (gap: Gap): Effect.Effect<ReadonlyArray<LiveEvent>> =>
      Effect.gen(function*() {
        // (a `ts` from the future — a server's clock, or its bug — does not hide the gap)
        const since = Math.min(lastEventAt ?? startedAt, yield* Clock.currentTimeMillis) - discoveryMarginMillis
        const discovered = gap.allChats ? yield* discover(since) : undefined
        const listed = new Set(gap.chatIDs)
        const chatIDs = discovered === undefined
          ? gap.chatIDs
          : [...gap.chatIDs, ...discovered.active.filter((chatID) => !listed.has(chatID))]
        const targets = chatIDs.filter((chatID) => lastSeen.has(chatID))
        // a gap of every chat: the chats with no message seen yet are fetched by time — nothing before the filler
        // started is missed —, at most `maxChats` of them: those the chat list found active during the gap, most
        // recent first (a chat the stream knew only from a `chat.upserted` — read, archived, muted — and quiet since
        // takes none of the budget); when the list could not be read, every one the gap lists
        const unseen = !gap.allChats
          ? []
          : (discovered === undefined ? gap.chatIDs : discovered.active).filter((chatID) => !lastSeen.has(chatID))
        const bySince = unseen.slice(0, maxChats)
        const messagesSince = Math.max(since, startedAt)
        // the last message each chat carried, as carried: a copy replayed after the gap is not delivered again (a
        // changed one — an edit — is)
        for (const chatID of targets) {
          const entry = lastSeen.get(chatID)!.entry
          if (entry !== undefined && !filled.has(entry.id)) rememberFilled(entry)
        }
        const unfilled = gap.allChats
          ? unseen.slice(maxChats)
          : gap.chatIDs.filter((chatID) => !lastSeen.has(chatID))
        const results = yield* Effect.forEach(
          [...targets, ...bySince],
          (chatID) => {
            const last = lastSeen.get(chatID)
            const found = last === undefined ? sentSince(chatID, messagesSince) : newerThan(chatID, last)
            return found.pipe(
              Effect.map((found) => ({ chatID, messages: found?.messages, complete: found?.complete ?? false })),
              Effect.catch(() => Effect.succeed({ chatID, messages: undefined, complete: false })),
            )
          },
          { concurrency },
        )
        const now = yield* Clock.currentTimeMillis
        const out: Array<LiveEvent> = [gap]
        let count = 0
        for (const { chatID, complete, messages } of results) {
          if (!complete) unfilled.push(chatID)
          if (messages === undefined || messages.length === 0) continue
          const event: MessageUpserted = {
            type: "message.upserted",
            seq: 0,
            ts: now,
            chatID,
            ids: messages.map((m) => m.id),
            entries: messages,
            filled: true,
          }
          for (const m of messages) rememberFilled(m)
          remember(event)
          count += messages.length
          out.push(event)
        }
        out.push({
          type: "gap.filled",
          chatIDs: results.filter((r) => r.messages !== undefined).map((r) => r.chatID),
          messages: count,
          unfilled,
          ...((gap.allChats && discovered === undefined) || discovered?.complete === false ? { unchecked: true } : {}),
        })
        return out
      })

    const handle = (event: LiveEvent): Effect.Effect<ReadonlyArray<LiveEvent>> => {
      if (event.type === "gap") return fill(event)
      if (isDomainEvent(event)) lastEventAt = event.ts
      if (event.type === "message.upserted") {
        const live = withoutFilled(event)
        if (live === undefined) return Effect.succeed([])
        remember(live)
        return Effect.succeed([live])
      }
      return Effect.succeed([event])
    }

    // One event in, its events out, in order, each event's as soon as they are known: a pull of the upstream's
    // chunks, one event at a time. (`Stream.mapEffect` + `flattenIterable` bring their concurrent variants — a
    // semaphore, a queue, a merge —, `Stream.mapAccumEffect` its channel accumulator: ~0.5 KB gzip of an edge
    // bundle, tooling/bench/README.md.)
    return Stream.transformPull(self, (upstream) => {
      let chunk: ReadonlyArray<LiveEvent> = []
      let index = 0
      const next: Effect.Effect<NonEmptyReadonlyArray<LiveEvent>, E | Cause.Done> = Effect.suspend(() =>
        index < chunk.length
          ? Effect.flatMap(handle(chunk[index++]!), (events) => isReadonlyArrayNonEmpty(events) ? Effect.succeed(events) : next)
          : Effect.flatMap(upstream, (events) => {
            chunk = events
            index = 0
            return next
          })
      )
      return Effect.succeed(next)
    })
  }))
