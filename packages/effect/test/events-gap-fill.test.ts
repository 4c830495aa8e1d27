/**
 * The gap filler (`BeeperEvents.fillGaps`): what a gap hid is fetched over HTTP through BeeperDesktop and
 * delivered once, before the live events that follow; live copies of filled messages are dropped unless they
 * changed; chats it cannot fill are reported. The first tests feed it a plain Stream; the last one runs it on a
 * reconnecting connection whose first live events repeat what the fill fetched.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted, Schedule, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop } from "../src/BeeperDesktop.ts"
import { BeeperEvents, type FillGapsOptions, type LiveEvent, type MessageUpserted } from "../src/BeeperEvents.ts"
import { compareSortKeys } from "../src/events/GapFill.ts"
import {
  acknowledge,
  type FakeDesktop,
  fakeDesktop,
  layerWsConstructor,
  type StoredMessage,
} from "./events-support.ts"

const desktopLayer = (desktop: FakeDesktop) =>
  BeeperDesktop.layer({
    baseUrl: desktop.baseUrl,
    accessToken: Redacted.make(desktop.token),
    retry: false,
  }).pipe(Layer.provide(FetchHttpClient.layer))

const upsert = (m: StoredMessage, seq: number, withEntry = true): MessageUpserted => ({
  type: "message.upserted",
  seq,
  ts: 1,
  chatID: m.chatID,
  ids: [m.id],
  ...(withEntry ? { entries: [m] } : {}),
})

const reconnectGap = (chatIDs: ReadonlyArray<string>): LiveEvent => ({
  type: "gap",
  reason: "reconnect",
  chatIDs,
  allChats: false,
  dropped: 0,
})

/** Runs `events` through the filler against `desktop`. */
const filled = (desktop: FakeDesktop, events: ReadonlyArray<LiveEvent>) =>
  Stream.fromIterable(events).pipe(
    BeeperEvents.fillGaps(),
    Stream.runCollect,
    Effect.provide(desktopLayer(desktop)),
  )

/**
 * Runs a `"*"` events stream of `desktop` (reconnecting at once) through the filler, until the server sends a
 * `chat.deleted` of chat `end-marker`.
 */
const filledLive = (desktop: FakeDesktop) =>
  Effect.gen(function*() {
    const live = yield* BeeperEvents
    return yield* live.events("*").pipe(
      BeeperEvents.fillGaps(),
      Stream.takeUntil((e) => e.type === "chat.deleted" && e.chatID === "end-marker"),
      Stream.runCollect,
    )
  }).pipe(Effect.provide(Layer.merge(
    BeeperEvents.layer({
      baseUrl: desktop.baseUrl,
      accessToken: Redacted.make(desktop.token),
      reconnectSchedule: Schedule.spaced("5 millis"),
    }).pipe(Layer.provide(layerWsConstructor)),
    desktopLayer(desktop),
  )))

const summary = (events: ReadonlyArray<LiveEvent>) =>
  events.map((e) =>
    e.type === "message.upserted" ? `${e.filled ? "filled" : "live"}:${e.ids.join(",")}` : e.type
  )

describe("BeeperEvents.fillGaps", () => {
  it.live("a gap of every chat fills a chat that got a message during it, whatever number of quiet chats the stream saw only through chat.upserted", () =>
    Effect.gen(function*() {
      const now = Date.now()
      const desktop = yield* fakeDesktop()
      // 60 chats the stream knew only from a chat.upserted (read, archived, muted: no message), quiet since 2025
      const quiet = Array.from({ length: 60 }, (_, i) => `q${i}`)
      for (const q of quiet) desktop.addMessage(q)
      const seen = desktop.addMessage("seen", new Date(now).toISOString())
      // during the gap, in a chat the stream never saw
      const missed = desktop.addMessage("z", new Date(now + 10_000).toISOString())
      const events: Array<LiveEvent> = [
        ...quiet.map((q, i): LiveEvent => ({ type: "chat.upserted", seq: i + 1, ts: now, chatID: q, ids: [q] })),
        { type: "message.upserted", seq: 61, ts: now, chatID: "seen", ids: [seen.id], entries: [seen as never] },
        // what a "*" reconnect's gap lists: every chat seen so far
        { type: "gap", reason: "reconnect", chatIDs: [...quiet, "seen"], allChats: true, dropped: 0 },
      ]
      const out = yield* Stream.fromIterable(events).pipe(
        BeeperEvents.fillGaps(),
        Stream.runCollect,
        Effect.provide(desktopLayer(desktop)),
      )
      const filled = out.flatMap((e) => (e.type === "message.upserted" && e.filled === true ? e.ids : []))
      assert.deepStrictEqual(filled, [missed.id])
      const report = out.find((e) => e.type === "gap.filled")
      assert.deepStrictEqual(report?.type === "gap.filled" ? report.unfilled : undefined, [])
      // the quiet chats took none of the budget (maxChats, 50): not one of their messages was asked for
      assert.strictEqual(desktop.httpRequests.filter((r) => /\/v1\/chats\/q\d+\/messages/.test(r)).length, 0)
    }))

  it("orders numeric sortKeys as numbers, whatever their padding", () => {
    assert.strictEqual(compareSortKeys("9", "10"), -1)
    assert.strictEqual(compareSortKeys("000000004803", "4802"), 1)
    assert.strictEqual(compareSortKeys("0012", "12"), 0)
    assert.strictEqual(compareSortKeys("b", "a"), 1)
  })

  it.live("emits the messages newer than the last one seen, oldest first, then live events without repeats", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const m1 = desktop.addMessage("c1")
      const [m2, m3] = [desktop.addMessage("c1"), desktop.addMessage("c1")]
      const m3Edited = { ...m3!, text: "edited" }
      const m4 = desktop.addMessage("c1")
      const events = yield* filled(desktop, [
        upsert(m1, 1),
        reconnectGap(["c1"]),
        upsert(m3!, 1), // a repeat of a filled message: dropped
        upsert(m3Edited, 2), // an update of it: kept
        upsert(m4, 3), // already filled: dropped
      ])
      assert.deepStrictEqual(summary(events), [
        `live:${m1.id}`,
        "gap",
        `filled:${m2!.id},${m3!.id},${m4.id}`,
        "gap.filled",
        `live:${m3!.id}`,
      ])
      const fill = events[2]
      assert.deepStrictEqual(fill?.type === "message.upserted" ? fill.entries : [], [m2, m3, m4])
      assert.deepStrictEqual(events[3], { type: "gap.filled", chatIDs: ["c1"], messages: 3, unfilled: [] })
      const update = events[4]
      assert.strictEqual(update?.type === "message.upserted" ? update.entries?.[0]?.text : "", "edited")
    }))

  it.live("walks back over several pages to the last message seen, even when only its ID is known", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const seen = desktop.addMessage("c1")
      const missed = Array.from({ length: 60 }, () => desktop.addMessage("c1"))
      const events = yield* filled(desktop, [upsert(seen, 1, false), reconnectGap(["c1"])])
      const fill = events.find((e): e is MessageUpserted => e.type === "message.upserted" && e.filled === true)
      assert.deepStrictEqual(fill?.ids, missed.map((m) => m.id))
      // 60 newer messages at 25 a page: 3 pages
      assert.strictEqual(desktop.httpRequests.filter((r) => r.startsWith("GET /v1/chats/c1/messages")).length, 3)
    }))

  it.live("messages the stream carried as IDs only are not filled again: the fill starts after the newest it finds", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const [m1, m2, m3] = [desktop.addMessage("c1"), desktop.addMessage("c1"), desktop.addMessage("c1")]
      const m4 = desktop.addMessage("c1") // created during the gap: the one message to fill
      const idsOnly = yield* filled(desktop, [upsert(m1, 1, false), upsert(m2, 2, false), upsert(m3, 3, false), reconnectGap(["c1"])])
      assert.deepStrictEqual(summary(idsOnly), [`live:${m1.id}`, `live:${m2.id}`, `live:${m3.id}`, "gap", `filled:${m4.id}`, "gap.filled"])
      // the same after an entry whose sortKey is known, then an ID-only event
      const desktop2 = yield* fakeDesktop()
      const [n1, n2, n3] = [desktop2.addMessage("c1"), desktop2.addMessage("c1"), desktop2.addMessage("c1")]
      const mixed = yield* filled(desktop2, [upsert(n1, 1), upsert(n2, 2, false), reconnectGap(["c1"])])
      assert.deepStrictEqual(summary(mixed), [`live:${n1.id}`, `live:${n2.id}`, "gap", `filled:${n3.id}`, "gap.filled"])
    }))

  it.live("a later update of a filled message without an entry to compare comes through (IDs only, or unhydrated)", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const m1 = desktop.addMessage("c1")
      const m2 = desktop.addMessage("c1") // created during the gap: filled
      const events = yield* filled(desktop, [
        upsert(m1, 1),
        reconnectGap(["c1"]),
        // much later, m2 changes: once with IDs only, once with an entry that could not be completed
        { type: "message.upserted", seq: 50, ts: 2, chatID: "c1", ids: [m2.id] },
        {
          type: "message.upserted",
          seq: 51,
          ts: 3,
          chatID: "c1",
          ids: [m2.id],
          entries: [],
          unhydrated: [{ id: m2.id, reason: "request-failed", message: "ServerError" }],
        },
        upsert(m2, 52), // a live copy equal to the filled one: still dropped
      ])
      assert.deepStrictEqual(summary(events), [`live:${m1.id}`, "gap", `filled:${m2.id}`, "gap.filled", `live:${m2.id}`, `live:${m2.id}`])
      const unhydrated = events[5]
      assert.deepStrictEqual(unhydrated?.type === "message.upserted" ? unhydrated.unhydrated?.map((u) => u.id) : [], [m2.id])
    }))

  it.live("the last message a chat carried, replayed unchanged after the gap, is not delivered again; an edit of it is", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const [m1, m2] = [desktop.addMessage("c1"), desktop.addMessage("c1")]
      const m2Edited = { ...m2!, text: "edited" }
      const events = yield* filled(desktop, [
        upsert(m1, 1),
        upsert(m2!, 2),
        reconnectGap(["c1"]),
        upsert(m2!, 1), // a server replaying after the reconnect what the stream already carried
        upsert(m2Edited, 2), // then editing it
      ])
      assert.deepStrictEqual(summary(events), [`live:${m1.id}`, `live:${m2!.id}`, "gap", "gap.filled", `live:${m2!.id}`])
      const update = events[4]
      assert.strictEqual(update?.type === "message.upserted" ? update.entries?.[0]?.text : "", "edited")
    }))

  it.live("a message sent twice on one connection and replayed after a reconnect is delivered once", () =>
    Effect.gen(function*() {
      const desktop: FakeDesktop = yield* fakeDesktop({
        onSubscribe: (connection, frame) => {
          acknowledge(connection, frame)
          if (connection.received.length !== 1) return
          const m = desktop.messages.get("c1")![0]!
          const send = (seq: number) =>
            connection.send({ type: "message.upserted", seq, ts: 1, chatID: "c1", ids: [m.id], entries: [m] })
          if (connection.index === 1) {
            send(1)
            send(1) // the same seq again: a protocol break, signalled as frame.malformed
            connection.ws.close(1011, "drop")
          } else {
            send(1) // replayed after the reconnect
            connection.send({ type: "chat.deleted", seq: 2, ts: 1, chatID: "end-marker", ids: ["end-marker"] })
          }
        },
      })
      const m = desktop.addMessage("c1")
      const events = yield* filledLive(desktop)
      const delivered = events.filter((e) => e.type === "message.upserted" && e.ids.includes(m.id))
      assert.strictEqual(delivered.length, 1)
      assert.strictEqual(events.filter((e) => e.type === "frame.malformed").length, 1)
    }), 60_000)

  it.live("a gap of every chat fills the chats active during it that the stream had not seen, bounded by maxChats", () =>
    Effect.gen(function*() {
      const now = Date.now()
      const at = (offset: number) => new Date(now + offset).toISOString()
      const setup = Effect.gen(function*() {
        const desktop = yield* fakeDesktop()
        desktop.addMessage("quiet") // 2025: not active during the gap
        const seen = desktop.addMessage("seen", at(0))
        // created while the stream was away (a little later than now: after the filler started)
        const missedSeen = desktop.addMessage("seen", at(10_000))
        const missedNew = desktop.addMessage("new", at(10_000))
        return { desktop, seen, missedSeen, missedNew }
      })
      const allChatsGap = (chatIDs: ReadonlyArray<string>): LiveEvent => ({
        type: "gap",
        reason: "reconnect",
        chatIDs,
        allChats: true,
        dropped: 0,
      })
      const run = (desktop: FakeDesktop, seen: StoredMessage, options?: FillGapsOptions) =>
        Stream.fromIterable<LiveEvent>([{ ...upsert(seen, 1), ts: now }, allChatsGap(["seen"])]).pipe(
          BeeperEvents.fillGaps(options),
          Stream.runCollect,
          Effect.provide(desktopLayer(desktop)),
        )

      const a = yield* setup
      const events = yield* run(a.desktop, a.seen)
      assert.deepStrictEqual(summary(events), [
        `live:${a.seen.id}`,
        "gap",
        `filled:${a.missedSeen.id}`,
        `filled:${a.missedNew.id}`,
        "gap.filled",
      ])
      assert.deepStrictEqual(events[4], { type: "gap.filled", chatIDs: ["seen", "new"], messages: 2, unfilled: [] })
      assert.isFalse(a.desktop.httpRequests.some((r) => r.includes("quiet")))

      // past maxChats, a chat not seen before is reported, not fetched
      const b = yield* setup
      const bounded = yield* run(b.desktop, b.seen, { maxChats: 0 })
      assert.deepStrictEqual(bounded.find((e) => e.type === "gap.filled"), {
        type: "gap.filled",
        chatIDs: ["seen"],
        messages: 1,
        unfilled: ["new"],
      })

      // the chat list cannot be read: the chats seen are still filled, and the signal says the others were not checked
      const c = yield* setup
      c.desktop.failingChats.add("*")
      const unlisted = yield* run(c.desktop, c.seen)
      assert.deepStrictEqual(unlisted.find((e) => e.type === "gap.filled"), {
        type: "gap.filled",
        chatIDs: ["seen"],
        messages: 1,
        unfilled: [],
        unchecked: true,
      })
    }))

  it.live("the chats it knows a last message of are bounded: one forgotten, or with an overlong ID, is reported", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const long = `!${"x".repeat(600)}:beeper.local`
      const first = desktop.addMessage("first")
      const others = Array.from({ length: 1_000 }, (_, i) => desktop.addMessage(`chat-${i}`))
      const overlong = desktop.addMessage(long)
      const recent = others[others.length - 1]!
      desktop.addMessage(recent.chatID) // missed in the last chat seen: still filled
      const events = yield* filled(desktop, [
        upsert(first, 1),
        ...others.map((m, i) => upsert(m, i + 2)),
        upsert(overlong, 1_002),
        reconnectGap(["first", recent.chatID, long]),
      ])
      const report = events.find((e) => e.type === "gap.filled")
      assert.deepStrictEqual(report, { type: "gap.filled", chatIDs: [recent.chatID], messages: 1, unfilled: ["first", long] })
    }))

  it.live("reports chats it cannot fill: never seen, or the fetch failed; the stream goes on", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const a = desktop.addMessage("ok")
      const b = desktop.addMessage("broken")
      desktop.addMessage("ok")
      desktop.failingChats.add("broken")
      const after = desktop.addMessage("ok")
      const events = yield* filled(desktop, [
        upsert(a, 1),
        upsert(b, 2),
        reconnectGap(["ok", "broken", "never-seen"]),
        { type: "message.deleted", seq: 1, ts: 1, chatID: "ok", ids: ["x"] },
      ])
      const report = events.find((e) => e.type === "gap.filled")
      assert.deepStrictEqual(report, { type: "gap.filled", chatIDs: ["ok"], messages: 2, unfilled: ["never-seen", "broken"] })
      assert.strictEqual(events[events.length - 1]?.type, "message.deleted")
      assert.isFalse(desktop.httpRequests.some((r) => r.includes("never-seen")))
      assert.isTrue(events.some((e) => e.type === "message.upserted" && e.ids.includes(after.id)))
    }))

  it.live("on a reconnecting connection, live events that repeat the fill are dropped: every message once", () =>
    Effect.gen(function*() {
      const CONNECTIONS = 4
      const PER_CONNECTION = 400
      const GAP = 7
      const chats = ["c1", "c2", "c3"]
      let lastGapMessage: StoredMessage | undefined
      // each connection re-sends live the newest message created while the client was away (the fill fetched
      // it too), then a burst; then, but on the last, creates messages nobody receives live and closes
      const desktop: FakeDesktop = yield* fakeDesktop({
        onSubscribe: (connection, frame) => {
          acknowledge(connection, frame)
          if (connection.received.length !== 1) return
          const send = (m: StoredMessage) =>
            connection.emit({ type: "message.upserted", chatID: m.chatID, ids: [m.id], entries: [m] })
          if (lastGapMessage !== undefined) send(lastGapMessage)
          for (let i = 0; i < PER_CONNECTION; i++) send(desktop.addMessage(chats[i % chats.length]!))
          if (connection.index < CONNECTIONS) {
            for (let i = 0; i < GAP; i++) lastGapMessage = desktop.addMessage(chats[i % chats.length]!)
            connection.ws.close(1012, "restarting")
          } else {
            connection.emit({ type: "chat.deleted", chatID: "end-marker", ids: ["end-marker"] })
          }
        },
      })
      const events = yield* filledLive(desktop)

      const delivered = events.flatMap((e) => (e.type === "message.upserted" ? e.ids : []))
      const stored = [...desktop.messages.values()].flat().map((m) => m.id)
      assert.strictEqual(delivered.length - new Set(delivered).size, 0)
      assert.deepStrictEqual([...delivered].sort(), [...stored].sort())
      assert.strictEqual(events.filter((e) => e.type === "gap").length, CONNECTIONS - 1)
      // each gap: the gap signal, its fill, `gap.filled`, and only then the connection's live events
      for (let i = 0; i < events.length; i++) {
        if (events[i]?.type !== "gap") continue
        const end = events.findIndex((e, k) => k > i && e.type === "gap.filled")
        assert.isTrue(events.slice(i + 1, end).every((e) => e.type === "message.upserted" && e.filled === true))
      }
    }), 180_000) // bounded by counts (ends at the marker): a busy machine only slows it down
})
