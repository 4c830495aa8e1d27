// The whole stack against the mock server's drift profile (`startMockServer({ drift: true })`, see the mock's
// `driftVariations`: new enum values, undeclared fields at every level, partial `message.upserted` entries, unknown
// event types, `accountID` on frames, `ts` as a numeric string), end to end over real HTTP and WebSocket: compared
// with the same fixtures served without drift, zero list items, fields, events or entries are lost; each tolerance
// is logged once per layer however often it recurs; `strict: true` refuses every one.
import type { MockServer } from "@beeper-kit/mock-server"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Queue, Redacted, Schedule, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop, BeeperEvents, type LiveEvent } from "../src/index.ts"
import { captureDrift, driftCount } from "./support/driftCapture.ts"
import { layerWsConstructor } from "./events-support.ts"

/** One fixed clock for both servers: the same seed and start time give the same fixtures. */
const startedAt = Date.UTC(2026, 11, 1, 12)

const mock = (drift: boolean) => mockServerScoped({ seed: 7, drift, now: () => startedAt })

const services = (server: MockServer, strict = false) =>
  Layer.mergeAll(
    BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token), strict }).pipe(Layer.provide(FetchHttpClient.layer)),
    BeeperEvents.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token), strict, reconnectSchedule: Schedule.spaced("5 millis") }).pipe(
      Layer.provide(layerWsConstructor),
    ),
  ).pipe(Layer.orDie)

/** What a client reads over HTTP: every chat (all pages), every account, the bridges and their capabilities. */
const readEverything = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const chats = yield* Stream.runCollect(beeper.chats.list.stream({ limit: 10 }))
  const accounts = yield* beeper.accounts.list()
  const bridges = yield* beeper.bridges.list()
  const capabilities = yield* Effect.forEach(bridges.items, (bridge) => beeper.bridges.retrieveCapabilities({ bridgeID: bridge.id }))
  const messages = yield* beeper.messages.list({ chatID: chats[0]!.id })
  return { chats, accounts, bridges: bridges.items, capabilities, messages: messages.items }
})

/** What a drift is logged once per: the source, the path with its array indices as `[]`, the kind. */
const keyOf = (line: { source: unknown; path: unknown; kind: unknown }) =>
  `${String(line.source)} ${String(line.path).replace(/\[\d+\]/g, "[]")} ${String(line.kind)}`

describe("the mock server's drift profile, end to end", () => {
  it.live("HTTP: every chat, account, bridge and message arrives with every known field; each tolerance logged once; strict refuses", () =>
    Effect.gen(function*() {
      const plain = yield* mock(false)
      const drifting = yield* mock(true)
      const expected = yield* readEverything.pipe(Effect.provide(services(plain)))
      const capture = captureDrift()
      const { read, counted } = yield* Effect.gen(function*() {
        const read = yield* readEverything
        const again = yield* readEverything // the same drift again: counted, not logged again
        assert.deepStrictEqual(again.chats.map((chat) => chat.id), read.chats.map((chat) => chat.id))
        return { read, counted: yield* driftCount("chats.list", "unknown-field") }
      }).pipe(Effect.provide(Layer.merge(services(drifting), capture.layer)))

      // Nothing lost: the same chats (all pages), accounts, bridges, capabilities and messages, field for field —
      // except the values a newer Desktop changed, which arrive as sent.
      assert.deepStrictEqual(read.chats.map((chat) => chat.id), expected.chats.map((chat) => chat.id))
      assert.isAbove(read.chats.length, 20)
      assert.strictEqual(read.accounts.length, expected.accounts.length)
      assert.deepStrictEqual(read.messages.map((message) => message.id), expected.messages.map((message) => message.id))
      const channel = read.chats.filter((chat) => chat.type === "channel")
      assert.isAbove(channel.length, 0, "the read-only chats arrive with their new type as sent")
      for (const [index, chat] of read.chats.entries()) {
        const known = expected.chats[index]!
        const withKnownValues: unknown = { ...chat, type: known.type, capabilities: known.capabilities }
        assert.deepStrictEqual(withKnownValues, known, `chat ${chat.id}: every known field kept, the undeclared ones dropped`)
      }
      const timers = read.chats.flatMap((chat) => chat.capabilities?.disappearingTimer?.types ?? [])
      assert.include(timers, "afterReadByRecipient")
      assert.include(JSON.stringify(read.capabilities), "after_read_by_recipient")

      // Drift is loud, once: one Warning per (operation, path, kind), however many pages, items and repeats.
      const keys = capture.lines.map(keyOf)
      assert.deepStrictEqual(keys, [...new Set(keys)], "no drift logged twice")
      assert.isTrue(capture.lines.every((line) => line.level === "Warn"))
      for (const kind of ["unknown-enum-value", "unknown-field"]) assert.isTrue(capture.lines.some((line) => line.kind === kind), kind)
      assert.isTrue(capture.lines.some((line) => line.source === "chats.list" && /^items\[\d+\]\.type$/.test(String(line.path)) && line.kind === "unknown-enum-value"))
      assert.isAbove(counted, capture.lines.filter((line) => line.source === "chats.list" && line.kind === "unknown-field").length)

      // strict: the same responses are refused, each naming where.
      const refused = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        return yield* Effect.all([
          Effect.flip(beeper.chats.list({ limit: 10 })),
          Effect.flip(beeper.accounts.list()),
          Effect.flip(beeper.bridges.list()),
          Effect.flip(beeper.messages.list({ chatID: expected.chats[0]!.id })),
        ])
      }).pipe(Effect.provide(services(drifting, true)))
      for (const error of refused) {
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") assert.match(error.message, /\(strict\)/)
      }
    }), 120_000)

  it.live("live events: every message arrives complete (partial entries hydrated), unknown and newer events arrive as events, drift logged once; strict refuses", () =>
    Effect.gen(function*() {
      const drifting = yield* mock(true)
      const chat = drifting.simulate.newChat()
      const capture = captureDrift()
      const count = 12
      const { upserted, types, accountIDs } = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const queue = yield* Queue.unbounded<LiveEvent>()
        yield* live.events([chat.id]).pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
        while ((yield* Queue.take(queue)).type !== "connected") { /* wait for the subscription */ }
        const sent = Array.from({ length: count }, (_, index) => drifting.simulate.incomingMessage({ chatID: chat.id, text: `drift ${index}` }))
        const upserted = new Map<string, unknown>()
        const types = new Set<string>()
        const accountIDs = new Set<string>()
        while (upserted.size < sent.length) {
          const event = yield* Queue.take(queue)
          types.add(event.type)
          if ("accountID" in event && typeof event.accountID === "string") accountIDs.add(event.accountID)
          if (event.type === "message.upserted") {
            assert.isUndefined(event.unhydrated, "every partial entry was completed")
            for (const entry of event.entries ?? []) upserted.set(entry.id, entry)
          }
          assert.notStrictEqual(event.type, "frame.malformed")
        }
        for (const message of sent) {
          const entry = upserted.get(message.id) as { id: string; text?: string; sortKey: string } | undefined
          assert.isDefined(entry, `message ${message.id} arrived`)
          assert.strictEqual(entry!.sortKey, message.sortKey, "complete, validated Message")
        }
        return { upserted, types, accountIDs }
      }).pipe(Effect.scoped, Effect.provide(Layer.merge(services(drifting), capture.layer)))

      assert.strictEqual(upserted.size, count)
      assert.isTrue(types.has("message.stream") || types.has("app.state.updated"), [...types].join(", "))
      assert.deepStrictEqual([...accountIDs], [chat.accountID])
      const keys = capture.lines.map(keyOf)
      assert.deepStrictEqual(keys, [...new Set(keys)], "no drift logged twice")
      for (const kind of ["timestamp-format", "partial-entry", "entry-hydrated", "unknown-field"]) {
        assert.isTrue(capture.lines.some((line) => line.source === "message.upserted" && line.kind === kind), kind)
      }

      // strict: the same frames are refused (frame.malformed in their place), nothing is fetched.
      const signals = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const queue = yield* Queue.unbounded<LiveEvent>()
        yield* live.events([chat.id]).pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
        while ((yield* Queue.take(queue)).type !== "connected") { /* wait for the subscription */ }
        drifting.simulate.incomingMessage({ chatID: chat.id, text: "strict" })
        while (true) {
          const event = yield* Queue.take(queue)
          assert.notStrictEqual(event.type, "message.upserted", "a drifting frame never passes under strict")
          if (event.type === "frame.malformed") return event
        }
      }).pipe(Effect.scoped, Effect.provide(services(drifting, true)))
      assert.strictEqual(signals.type, "frame.malformed")
    }), 120_000)
})
