/**
 * BeeperEvents against @beeper-kit/mock-server (real HTTP + WebSocket on 127.0.0.1, port 0) and its WebSocket
 * fault modes: protocol conformance, ≥ 10,000 events across 5 forced reconnects (`wsClose` after N events) with
 * and without the gap filler, unknown event types, malformed frames, an upgrade that is never answered, and 401.
 */
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Queue, Redacted, Schedule, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop } from "../src/BeeperDesktop.ts"
import { BeeperEvents, type LiveEvent, type LiveOptions, type MessageUpserted } from "../src/BeeperEvents.ts"
import { layerWsConstructor } from "./events-support.ts"

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ token: "mock-token", seed: 42 })),
  (server) => Effect.promise(() => server.close()),
)

const eventsLayer = (server: MockServer, options: LiveOptions = {}, token = server.token) =>
  BeeperEvents.layer({
    baseUrl: server.url,
    accessToken: Redacted.make(token),
    reconnectSchedule: Schedule.spaced("5 millis"),
    ...options,
  }).pipe(Layer.provide(layerWsConstructor))

const desktopLayer = (server: MockServer) =>
  BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
    Layer.provide(FetchHttpClient.layer),
  )

/** Runs `events(subscription)` in the background; `next` takes the next element. */
const follow = (subscription: "*" | ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const live = yield* BeeperEvents
    const queue = yield* Queue.unbounded<LiveEvent>()
    yield* live.events(subscription).pipe(Stream.runForEach((e) => Queue.offer(queue, e)), Effect.forkScoped)
    return { live, next: Queue.take(queue) }
  })

/** The next element of type `type`, skipping others (the mock announces a chat change with every message). */
const nextOf = (next: Effect.Effect<LiveEvent>, type: LiveEvent["type"]) =>
  Effect.gen(function*() {
    while (true) {
      const event = yield* next
      if (event.type === type) return event
    }
  })

describe("BeeperEvents against the mock server", () => {
  it.live("protocol: subscribe, change the set, pause with [], refuse \"*\" mixed with IDs", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const [a, b] = [server.simulate.newChat().id, server.simulate.newChat().id]
      yield* Effect.gen(function*() {
        const { live, next } = yield* follow("*")
        assert.deepStrictEqual(yield* next, { type: "connected", connection: 1, chatIDs: ["*"] })

        assert.deepStrictEqual(yield* live.setSubscriptions([a]), [a])
        assert.deepStrictEqual(yield* nextOf(next, "subscriptions.updated"), { type: "subscriptions.updated", chatIDs: [a] })
        server.simulate.incomingMessage({ chatID: b, text: "not subscribed" })
        const sent = server.simulate.incomingMessage({ chatID: a, text: "subscribed" })
        const upserted = yield* nextOf(next, "message.upserted")
        assert.strictEqual(upserted.type, "message.upserted")
        if (upserted.type === "message.upserted") {
          assert.strictEqual(upserted.chatID, a)
          assert.deepStrictEqual(upserted.ids, [sent.id])
          // the mock's entries are full Messages: all of them decode
          assert.strictEqual(upserted.entries?.[0]?.id, sent.id)
          assert.strictEqual(upserted.entries?.[0]?.sortKey, sent.sortKey)
        }

        assert.deepStrictEqual(yield* live.setSubscriptions([]), [])
        yield* nextOf(next, "subscriptions.updated")
        server.simulate.incomingMessage({ chatID: a, text: "while paused" })
        assert.deepStrictEqual(yield* live.setSubscriptions([a]), [a])
        yield* nextOf(next, "subscriptions.updated")
        const after = server.simulate.incomingMessage({ chatID: a, text: "after resuming" })
        const resumed = yield* nextOf(next, "message.upserted")
        assert.deepStrictEqual(resumed.type === "message.upserted" ? resumed.ids : [], [after.id])

        const refused = yield* live.setSubscriptions(["*", a]).pipe(Effect.flip)
        assert.strictEqual(refused._tag, "InvalidSubscription")
      }).pipe(Effect.provide(eventsLayer(server)))
    }))

  it.live("fault modes: unknown event type and malformed frame are delivered as such; the stream goes on", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const chat = server.simulate.newChat().id
      server.faults.add({ kind: "wsUnknownEvent", afterEvents: 0, type: "typing.updated", times: 1 })
      server.faults.add({ kind: "wsMalformedFrame", afterEvents: 0, times: 1 })
      yield* Effect.gen(function*() {
        const { next } = yield* follow([chat])
        yield* next
        const sent = server.simulate.incomingMessage({ chatID: chat })
        const types = [yield* next, yield* next, yield* next]
        assert.deepStrictEqual(
          [...types].map((e) => e.type).sort(),
          ["frame.malformed", "message.upserted", "unknown"],
        )
        const unknown = types.find((e) => e.type === "unknown")
        assert.strictEqual(unknown?.type === "unknown" ? unknown.eventType : "", "typing.updated")
        const upserted = types.find((e) => e.type === "message.upserted")
        assert.deepStrictEqual(upserted?.type === "message.upserted" ? upserted.ids : [], [sent.id])
      }).pipe(Effect.provide(eventsLayer(server)))
    }))

  it.live("an upgrade the server never answers times out and is retried", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      server.faults.add({ kind: "hang", match: { path: "/v1/ws" }, times: 1 })
      const first = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.take(1), Stream.runCollect)
      }).pipe(Effect.provide(eventsLayer(server, { openTimeout: "500 millis" })))
      assert.deepStrictEqual(first, [{ type: "connected", connection: 1, chatIDs: ["*"] }])
      assert.deepStrictEqual(server.faults.list(), [])
    }))

  it.live("a wrong token is a terminal Unauthorized", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(server, {}, "not-the-token")))
      assert.strictEqual(error._tag, "Unauthorized")
    }))
})

// ≥ 10,000 events across 5 forced reconnects. Each connection, once live, receives a burst of MESSAGES messages
// (2 events each: message.upserted + chat.upserted); the `wsClose` fault closes it after CLOSE_AFTER events, so the
// rest of the burst is created while the client is away (the gap). The 6th connection gets the whole burst and a
// final chat.deleted marker. Bounded by counts: the test ends at the marker. A busy machine only slows it down,
// hence the generous timeout (alone it takes a few seconds).
const CONNECTIONS = 6
const MESSAGES = 900
const CLOSE_AFTER = 1700
const COUNT_BOUNDED_TIMEOUT = 180_000

const reconnectScenario = (fill: boolean) =>
  Effect.gen(function*() {
    const server = yield* mockServer
    const chats = Array.from({ length: 5 }, () => server.simulate.newChat().id)
    const marker = server.simulate.newChat().id
    server.faults.add({ kind: "wsClose", afterEvents: CLOSE_AFTER, code: 1012, times: CONNECTIONS - 1 })
    const created: Array<string> = []
    const burst = (connection: number) => {
      for (let i = 0; i < MESSAGES; i++) {
        created.push(server.simulate.incomingMessage({ chatID: chats[i % chats.length]!, text: `c${connection} #${i}` }).id)
      }
      if (connection === CONNECTIONS) server.simulate.deleteChat(marker)
    }
    const layer = Layer.merge(eventsLayer(server), desktopLayer(server))
    const events = yield* Effect.gen(function*() {
      const live = yield* BeeperEvents
      const stream = live.events("*").pipe(
        Stream.tap((e) => (e.type === "connected" ? Effect.sync(() => burst(e.connection)) : Effect.void)),
      )
      return yield* (fill ? stream.pipe(BeeperEvents.fillGaps()) : stream).pipe(
        Stream.takeUntil((e) => e.type === "chat.deleted" && e.chatID === marker),
        Stream.runCollect,
      )
    }).pipe(Effect.provide(layer))
    return { events, created, chats }
  })

const byConnection = (events: ReadonlyArray<LiveEvent>): Array<Array<LiveEvent>> => {
  const out: Array<Array<LiveEvent>> = []
  for (const event of events) {
    if (event.type === "connected") out.push([])
    out[out.length - 1]?.push(event)
  }
  return out
}

describe("BeeperEvents reconnects (mock server, wsClose fault)", () => {
  it.live("≥ 10,000 events over 5 forced reconnects: each connection's events once, in seq order; every gap signalled", () =>
    Effect.gen(function*() {
      const { events, chats } = yield* reconnectScenario(false)
      const connections = byConnection(events)
      assert.strictEqual(connections.length, CONNECTIONS)
      let delivered = 0
      for (const [i, segment] of connections.entries()) {
        const live = segment.filter((e) => "seq" in e)
        const expected = i < CONNECTIONS - 1 ? CLOSE_AFTER : 2 * MESSAGES + 1
        assert.deepStrictEqual(live.map((e) => ("seq" in e ? e.seq : 0)), Array.from({ length: expected }, (_, k) => k + 1))
        delivered += live.length
        if (i > 0) {
          const gap = segment[1]
          assert.strictEqual(gap?.type, "gap")
          if (gap?.type === "gap") {
            assert.strictEqual(gap.reason, "reconnect")
            assert.isTrue(gap.allChats)
            assert.includeMembers([...gap.chatIDs], chats)
          }
        }
      }
      assert.strictEqual(events.filter((e) => e.type === "gap").length, CONNECTIONS - 1)
      assert.strictEqual(events.filter((e) => e.type === "disconnected").length, CONNECTIONS - 1)
      assert.strictEqual(delivered, (CONNECTIONS - 1) * CLOSE_AFTER + 2 * MESSAGES + 1)
      assert.isAtLeast(delivered, 10_000)
    }), COUNT_BOUNDED_TIMEOUT)

  it.live("with the gap filler: every message created, live or during a gap, is delivered exactly once", () =>
    Effect.gen(function*() {
      const { events, created } = yield* reconnectScenario(true)
      const upserts = events.filter((e): e is MessageUpserted => e.type === "message.upserted")
      const delivered = upserts.flatMap((e) => e.ids)
      const duplicates = delivered.length - new Set(delivered).size
      assert.strictEqual(duplicates, 0)
      // sorted copies: sameMembers compares element by element (quadratic over these thousands of IDs)
      assert.deepStrictEqual([...delivered].sort(), [...created].sort())
      const lostInGaps = (CONNECTIONS - 1) * (MESSAGES - CLOSE_AFTER / 2)
      const filled = upserts.filter((e) => e.filled === true).flatMap((e) => e.ids).length
      assert.isAtLeast(filled, lostInGaps)
      assert.strictEqual(events.filter((e) => e.type === "gap.filled").length, CONNECTIONS - 1)
      assert.isTrue(events.every((e) => e.type !== "gap.filled" || e.unfilled.length === 0))
    }), COUNT_BOUNDED_TIMEOUT)
})
