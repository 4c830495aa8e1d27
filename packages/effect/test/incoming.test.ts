/**
 * Bot-grade delivery (`incomingMessages`, `handleIncoming`, `replyOnce`, `Checkpoints`, `KeyValueFile`): the pure
 * dedupe rules without a socket, the checkpoint store's refusal of corrupt and foreign values, and delivery against
 * the mock server (real HTTP + WebSocket on 127.0.0.1) through reactions, edits, own sends, WebSocket drops and a
 * restart on the same checkpoint store.
 */
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import {
  Cause,
  Context,
  Deferred,
  Duration,
  Effect,
  Exit,
  Fiber,
  Layer,
  Logger,
  Queue,
  Redacted,
  Schedule,
  Stream,
} from "effect"
import { FetchHttpClient } from "effect/http"
import * as KeyValueStore from "effect/persistence/KeyValueStore"
import { TestClock } from "effect/testing"
import { BeeperDesktop } from "../src/BeeperDesktop.ts"
import { BeeperEvents } from "../src/BeeperEvents.ts"
import * as AckBehind from "../src/events/AckBehind.ts"
import { Checkpoints, CheckpointUnavailable, make as makeCheckpoints } from "../src/events/Checkpoint.ts"
import * as KeyValueFile from "../src/events/KeyValueFile.ts"
import * as Delivery from "../src/events/Delivery.ts"
import {
  handleIncoming,
  type IncomingMessage,
  incomingMessages,
  type IncomingOptions,
  makeHealth,
  replyOnce,
} from "../src/events/Incoming.ts"
import type { Message } from "../src/generated/schemas.ts"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import {
  fakeDesktop,
  layerWsConstructor,
  type ServerConnection,
  type StoredMessage,
  unpluggableWsConstructor,
} from "./events-support.ts"
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { readFile, rename, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"

const message = (id: string, sortKey: string, extra: Partial<Message> = {}): Message => ({
  id,
  chatID: "c1",
  accountID: "a1",
  senderID: "@them:beeper.com",
  timestamp: "2026-01-01T00:00:00.000Z",
  sortKey,
  ...extra,
})

describe("Delivery (pure)", () => {
  it("an incoming message is someone else's, real and not a reaction", () => {
    assert.isTrue(Delivery.isIncoming(message("1", "1")))
    assert.isFalse(Delivery.isIncoming(message("1", "1", { isSender: true })))
    // a server that leaves isSender out: the sender is one of the accounts' own users
    assert.isFalse(Delivery.isIncoming(message("1", "1", { senderID: "@me:beeper.com" }), new Set(["@me:beeper.com"])))
    assert.isFalse(Delivery.isIncoming(message("1", "1", { type: "REACTION" })))
    assert.isFalse(Delivery.isIncoming(message("1", "1", { isDeleted: true })))
    assert.isFalse(
      Delivery.isIncoming(message("m1.1", "1", { sendStatus: { status: "PENDING", timestamp: "2026-01-01" } })),
    )
  })

  it("selects new messages once, oldest first, and never again after an edit or a repeat", () => {
    const [m1, m2, m3] = [message("1", "0001"), message("2", "0002"), message("3", "0003")]
    const first = Delivery.select(undefined, [m2, m1, m2, message("own", "0004", { isSender: true })])
    assert.deepStrictEqual(first.deliver.map((m) => m.id), ["1", "2"])
    const again = Delivery.select(first.cursor, [{ ...m2, text: "edited" }, m1, m3])
    assert.deepStrictEqual(again.deliver.map((m) => m.id), ["3"])
    assert.strictEqual(again.cursor?.sortKey, "0003")
  })

  it("a distinct message with the last delivered one's sortKey is new; that one and the recent IDs are not", () => {
    const [m1, m2, m3] = [message("m1", "0100"), message("m2", "0100"), message("m3", "0100")]
    const first = Delivery.select(undefined, [m1])
    const second = Delivery.select(first.cursor, [m2])
    assert.deepStrictEqual(second.deliver.map((m) => m.id), ["m2"])
    // a catch-up sees all three (an edit of m1, a repeat of m2): only m3 is new
    const third = Delivery.select(second.cursor, [{ ...m1, text: "edited" }, m2, m3])
    assert.deepStrictEqual(third.deliver.map((m) => m.id), ["m3"])
    // with a one-ID window, the cursor's own message still is not new once the window moved on
    const narrow = Delivery.select(Delivery.select(first.cursor, [m2], 1).cursor, [m1], 1)
    assert.deepStrictEqual(narrow.deliver, [])
  })

  it("messages that share a sortKey come oldest first: by timestamp, else in the order given", () => {
    const at = (id: string, timestamp: string) => message(id, "0100", { timestamp })
    const [early, late] = [at("early", "2026-01-01T00:00:01.000Z"), at("late", "2026-01-01T00:00:02.000Z")]
    assert.deepStrictEqual(Delivery.select(undefined, [late, early]).deliver.map((m) => m.id), ["early", "late"])
    // same timestamp: the order given (a catch-up gives Desktop's newest-first listing reversed)
    const [first, second] = [at("first", "2026-01-01T00:00:01.000Z"), at("second", "2026-01-01T00:00:01.000Z")]
    assert.deepStrictEqual(Delivery.select(undefined, [first, second]).deliver.map((m) => m.id), ["first", "second"])
  })

  it("keeps a bounded window of recent IDs", () => {
    let cursor: Delivery.ChatCursor | undefined
    for (let i = 1; i <= 10; i++) cursor = Delivery.advance(cursor, message(String(i), String(i)), 3)
    assert.deepStrictEqual(cursor?.recent, ["8", "9", "10"])
    assert.strictEqual(cursor?.id, "10")
  })
})

describe("Checkpoints", () => {
  const withStore = (entries: Record<string, string>) =>
    Layer.effect(
      KeyValueStore.KeyValueStore,
      Effect.gen(function*() {
        const store = yield* KeyValueStore.KeyValueStore
        for (const [key, value] of Object.entries(entries)) yield* store.set(key, value)
        return store
      }).pipe(Effect.provide(KeyValueStore.layerMemory)),
    )
  const load = (entries: Record<string, string>) =>
    Checkpoints.use((c) => c.load).pipe(
      Effect.provide(Checkpoints.layer.pipe(Layer.provide(withStore(entries)))),
      Effect.flip,
    )

  it.effect("refuses a value that is not JSON, a foreign one, and one filed under another chat", () =>
    Effect.gen(function*() {
      const notJson = yield* load({ "beeper-kit/incoming/chat/c1": "{oops" })
      assert.strictEqual(notJson._tag, "CheckpointCorrupt")
      assert.include(notJson.message, "not JSON")
      const foreign = yield* load({ "beeper-kit/incoming/chat/c1": JSON.stringify({ format: "other@9", id: 1 }) })
      assert.include(foreign.message, `format "other@9"`)
      const moved = yield* load({
        "beeper-kit/incoming/chat/c1": JSON.stringify({
          format: "beeper-kit/incoming-checkpoint@1",
          chatID: "c2",
          id: "1",
          sortKey: "1",
          timestamp: null,
          recent: [],
        }),
      })
      assert.include(moved.message, "another chat")
    }))

  it.effect("a checkpoint keeps only the recent IDs that share its sortKey; one with the whole window is still read", () =>
    Effect.gen(function*() {
      const store = yield* KeyValueStore.KeyValueStore
      const checkpoints = yield* Checkpoints
      // 300 messages with a sortKey each, then three more sharing the last one's
      let cursor: Delivery.ChatCursor | undefined
      for (let i = 1; i <= 300; i++) cursor = Delivery.advance(cursor, message(`m${i}`, String(i).padStart(4, "0")))
      for (const id of ["t1", "t2", "t3"]) cursor = Delivery.advance(cursor, message(id, "0300"))
      assert.strictEqual(cursor!.recent.length, Delivery.defaultRecentWindow)
      yield* checkpoints.save(cursor!)
      const stored = JSON.parse((yield* store.get("beeper-kit/incoming/chat/c1"))!)
      assert.deepStrictEqual(stored.recent, ["t1", "t2", "t3"])
      // what is new after a restart is what was new before it, for every message a catch-up can see
      const loaded = (yield* checkpoints.load).get("c1")!
      for (const m of [message("m299", "0299"), message("m300", "0300"), message("t2", "0300"), message("t4", "0300"), message("m301", "0301")]) {
        assert.strictEqual(Delivery.isNew(loaded, m), Delivery.isNew(cursor, m), m.id)
      }
      // a checkpoint written with the whole window (by an earlier version) is read as it is, and goes on
      yield* store.set("beeper-kit/incoming/chat/c2", JSON.stringify({ ...stored, chatID: "c2", recent: cursor!.recent }))
      const old = (yield* checkpoints.load).get("c2")!
      assert.deepStrictEqual(old.recent, cursor!.recent)
      yield* checkpoints.save(Delivery.advance(old, message("m302", "0302", { chatID: "c2" })))
      assert.deepStrictEqual(JSON.parse((yield* store.get("beeper-kit/incoming/chat/c2"))!).recent, [])
    }).pipe(Effect.provide(Layer.provideMerge(Checkpoints.layer, KeyValueStore.layerMemory))))

  it.effect("an origin is never moved forward: one listed but read as absent (a stale read) is not replaced", () =>
    Effect.gen(function*() {
      const data = new Map<string, string>()
      let staleReads = 0
      const store = KeyValueStore.makeStringOnly({
        get: (key) => Effect.sync(() => key.endsWith("/origin") && staleReads-- > 0 ? undefined : data.get(key)),
        set: (key, value) => Effect.sync(() => void data.set(key, value)),
        remove: (key) => Effect.sync(() => void data.delete(key)),
        clear: Effect.sync(() => data.clear()),
        size: Effect.sync(() => data.size),
        keys: Effect.sync(() => [...data.keys()]),
      })
      const origin = (now: number) =>
        Checkpoints.use((c) => c.origin(now)).pipe(
          Effect.provide(Checkpoints.layer.pipe(Layer.provide(Layer.succeed(KeyValueStore.KeyValueStore, store)))),
        )
      assert.strictEqual(yield* origin(1000), 1000)
      staleReads = 1
      const error = yield* Effect.flip(origin(5000))
      assert.strictEqual(error._tag, "CheckpointUnavailable")
      assert.include(error.message, "reads as absent")
      assert.strictEqual(yield* origin(9000), 1000)
    }))

  it.effect("two deliveries starting together on one new store share one origin (neither takes the other's for a stale read)", () =>
    Effect.gen(function*() {
      // a store whose every call yields, as a file's or a namespace's does: the two starts interleave
      const data = new Map<string, string>()
      const later = <A>(f: () => A) => Effect.andThen(Effect.yieldNow, Effect.sync(f))
      const store = KeyValueStore.makeStringOnly({
        get: (key) => later(() => data.get(key)),
        set: (key, value) => later(() => void data.set(key, value)),
        remove: (key) => later(() => void data.delete(key)),
        clear: later(() => data.clear()),
        size: later(() => data.size),
        keys: later(() => [...data.keys()]),
      })
      const checkpoints = Context.get(
        yield* Layer.build(Checkpoints.layer.pipe(Layer.provide(Layer.succeed(KeyValueStore.KeyValueStore, store)))),
        Checkpoints,
      )
      // (before: the second failed with CheckpointUnavailable "… is listed but reads as absent (a stale read of an
      // eventually consistent store?)", and two bots over one new checkpoint file delivered nothing)
      const [a, b] = yield* Effect.all([checkpoints.origin(1000), checkpoints.origin(2000)], { concurrency: 2 })
      assert.deepStrictEqual([a, b], [1000, 1000])
    }).pipe(Effect.scoped))

  it.effect("a save never moves a checkpoint back; at an equal sortKey, the IDs of both saves are kept", () =>
    Effect.gen(function*() {
      const checkpoints = yield* Checkpoints
      const at = (id: string, sortKey: string, recent: ReadonlyArray<string>): Delivery.ChatCursor => ({
        chatID: "c1",
        id,
        sortKey,
        timestamp: undefined,
        recent,
      })
      yield* checkpoints.save(at("m3", "0300", ["m3"]))
      yield* checkpoints.save(at("m1", "0100", ["m1"])) // a slower delivery's older acknowledgement
      assert.strictEqual((yield* checkpoints.load).get("c1")?.id, "m3")
      // another delivery, at the same sortKey, that saw only m4: m3 stays not new
      yield* checkpoints.save(at("m4", "0300", ["m4"]))
      const merged = (yield* checkpoints.load).get("c1")!
      assert.strictEqual(merged.sortKey, "0300")
      for (const id of ["m3", "m4"]) {
        assert.isFalse(Delivery.isNew(merged, message(id, "0300", { chatID: "c1" })), `${id} is new again`)
      }
      assert.isTrue(Delivery.isNew(merged, message("m5", "0300", { chatID: "c1" })))
    }).pipe(Effect.provide(Checkpoints.layerMemory)))
})

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ token: "mock-token", seed: 16, sendDelay: 5 })),
  (server) => Effect.promise(() => server.close()),
)

/** `BeeperEvents` (reconnecting every 10 ms) and `BeeperDesktop` for a Desktop at `baseUrl` (the mock, a stand-in). */
const servicesAt = (baseUrl: string, token: string) =>
  Layer.mergeAll(
    BeeperEvents.layer({
      baseUrl,
      accessToken: Redacted.make(token),
      reconnectSchedule: Schedule.spaced("10 millis"),
    }).pipe(Layer.provide(layerWsConstructor)),
    BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make(token) }).pipe(Layer.provide(FetchHttpClient.layer)),
  )

const services = (server: MockServer) => servicesAt(server.url, server.token)

/** A bot (`maxCatchUp` 5) on a new chat handles one message, "a", then stops: the chat, checkpointed at "a". */
const handledOnce = (server: MockServer, checkpoints: Layer.Layer<Checkpoints>) =>
  Effect.gen(function*() {
    const chat = server.simulate.newChat({ text: "history" })
    yield* laterMillisecond
    const first = yield* follow([chat.id], { maxCatchUp: 5 }).pipe(Effect.provide(checkpoints))
    yield* first.health.ready
    server.simulate.incomingMessage({ chatID: chat.id, text: "a" })
    assert.strictEqual((yield* first.next).message.text, "a")
    yield* Fiber.interrupt(first.fiber)
    return chat
  })

/** A test's body against a fresh mock server, with `services(server)` provided; the server closes with the test. */
const onMockServer = <A, E, R>(body: (server: MockServer) => Effect.Effect<A, E, R>) =>
  Effect.scoped(Effect.flatMap(mockServer, (server) => body(server).pipe(Effect.provide(services(server)))))

/** Runs `incomingMessages` in the background, acknowledging each element; `next` takes the next one. */
const follow = (subscription: "*" | ReadonlyArray<string>, options: IncomingOptions = {}) =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<IncomingMessage>()
    const health = yield* makeHealth
    const fiber = yield* incomingMessages(subscription, { ...options, health }).pipe(
      Stream.runForEach((incoming) => Effect.andThen(incoming.ack, Queue.offer(queue, incoming))),
      Effect.forkScoped,
    )
    return { next: Queue.take(queue), fiber, health, queue }
  })

describe("startup", () => {
  it.live("connectWithin: a Desktop that cannot be reached fails with StartupTimeout instead of retrying silently", () =>
    Effect.gen(function*() {
      const port = yield* Effect.promise(() => closedPort())
      const url = `http://127.0.0.1:${port}`
      const unreachable = Layer.mergeAll(
        BeeperEvents.layer({ baseUrl: url, accessToken: Redacted.make("t"), reconnectSchedule: Schedule.spaced("50 millis") })
          .pipe(Layer.provide(layerWsConstructor)),
        BeeperDesktop.layer({ baseUrl: url, accessToken: Redacted.make("t"), retry: false }).pipe(
          Layer.provide(FetchHttpClient.layer),
        ),
      )
      const error = yield* handleIncoming(() => Effect.void, { connectWithin: "1 second" }).pipe(
        Effect.provide(unreachable),
        Effect.flip,
      )
      assert.strictEqual(error._tag, "StartupTimeout")
    }))
})

describe("incomingMessages against the mock server", () => {
  it.live("a handler failure leaves its message unacknowledged; a restart redelivers it and catches up, none twice", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      yield* restarts(server)
    }).pipe(Effect.scoped))

  it.live("delivers each message of others once: not own sends, not reactions or edits, across WS drops", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      yield* delivery(server)
    }).pipe(Effect.scoped))

  for (const change of ["a reaction to", "an edit of"] as const) {
    it.live(`a fresh bot: ${change} a message from before it started does not deliver that message`, () =>
      Effect.gen(function*() {
        const server = yield* mockServer
        yield* Effect.gen(function*() {
          const chat = server.simulate.newChat({ text: "history, before the bot" })
          yield* laterMillisecond
          const { next, health } = yield* follow("*")
          yield* health.ready
          const desktop = yield* BeeperDesktop
          const history = (yield* desktop.messages.list({ chatID: chat.id })).items
            .find((m) => m.text === "history, before the bot")!
          // the chat has nothing delivered yet: Desktop's upsert carries the whole (old) message
          if (change === "a reaction to") {
            server.simulate.reaction({ chatID: chat.id, messageID: history.id, reactionKey: "👍" })
          } else server.simulate.editMessage({ chatID: chat.id, messageID: history.id, text: "history (edited)" })
          yield* deliversFirst(server, chat.id, next)
        }).pipe(Effect.provide(services(server)))
      }).pipe(Effect.scoped))
  }

  it.live("a restart catches up a message that arrived while down, though the user wrote 20 messages after it (maxCatchUp 5)", () =>
    onMockServer((server) =>
      Effect.gen(function*() {
        const checkpoints = yield* durableInMemory
        const chat = yield* handledOnce(server, checkpoints)
        // while down: "b" from the contact, then 20 of the user's own (more than a page, and than maxCatchUp × 2):
        // before, paging stopped on them and "b" was dropped without a word
        server.simulate.incomingMessage({ chatID: chat.id, text: "b" })
        const desktop = yield* BeeperDesktop
        for (let i = 0; i < 20; i++) yield* desktop.messages.send({ chatID: chat.id, text: `own ${i}` })
        const second = yield* follow([chat.id], { maxCatchUp: 5 }).pipe(Effect.provide(checkpoints))
        yield* second.health.ready
        const marker = server.simulate.incomingMessage({ chatID: chat.id, text: "marker" })
        assert.strictEqual((yield* second.next).message.text, "b")
        assert.strictEqual((yield* second.next).message.id, marker.id)
      })))

  it.live("the catch-up's warning says how many it skipped beyond maxCatchUp, and 'at least' when it stopped fetching", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const lines: Array<string> = []
      const logger = Logger.make((options) => void lines.push(String(options.message)))
      yield* Effect.gen(function*() {
        const skippedBy = (count: number) =>
          Effect.gen(function*() {
            const checkpoints = yield* durableInMemory
            const chat = yield* handledOnce(server, checkpoints)
            for (let i = 0; i < count; i++) server.simulate.incomingMessage({ chatID: chat.id, text: `b${i}` })
            const second = yield* follow([chat.id], { maxCatchUp: 5 }).pipe(Effect.provide(checkpoints))
            yield* second.health.ready
            // the newest five, oldest first
            for (let i = count - 5; i < count; i++) assert.strictEqual((yield* second.next).message.text, `b${i}`)
            yield* Fiber.interrupt(second.fiber)
            return lines.filter((line) => line.includes("beyond maxCatchUp")).at(-1)
          })
        // all fetched: the exact count
        assert.match(String(yield* skippedBy(8)), /skipped 3 message\(s\) beyond maxCatchUp$/)
        // paging stopped at twice maxCatchUp: before, "skipped 15" of 25 read as the whole count
        assert.match(String(yield* skippedBy(30)), /skipped at least \d+ message\(s\) beyond maxCatchUp \(older ones were not fetched\)/)
      }).pipe(Effect.provide(services(server)), Effect.provide(Logger.layer([logger])))
    }).pipe(Effect.scoped))
})

/** A token shaped like a real one (the SDK scrubs it from what the server echoes: a one-character token would not do). */
const realisticToken = "bd_live_7f3c9a1e5b2d4068a9c7e1f3b5d70246"

describe("replyOnce", () => {
  it.live("a reply that failed to send or was deleted does not count: the message is answered again; one in flight does", () =>
    Effect.gen(function*() {
      // sends stay pending until the test settles them: no timing
      const server = yield* mockServerScoped({ token: realisticToken, seed: 16, sendDelay: "manual" })
      yield* Effect.gen(function*() {
        const desktop = yield* BeeperDesktop
        const chat = server.simulate.newChat({ text: "hi" })
        const ping = server.simulate.incomingMessage({ chatID: chat.id, text: "ping" })
        const original = yield* desktop.messages.retrieve({ chatID: chat.id, messageID: ping.id })
        const replies = Effect.map(
          desktop.messages.list({ chatID: chat.id }),
          (page) => page.items.filter((m) => m.isSender === true && m.linkedMessageID === ping.id),
        )

        // the network rejects the first reply
        server.simulate.failNextSend({ status: "FAIL_RETRIABLE", reason: "network_error" })
        const first = yield* replyOnce(original, "pong")
        assert.isTrue(first.sent)
        assert.strictEqual(server.simulate.settle("send"), 1)
        const [failed] = yield* replies
        assert.strictEqual(failed?.sendStatus?.status, "FAIL_RETRIABLE")

        // the handler runs again (a redelivery after a restart): the failed reply is no answer, a new one is sent
        const second = yield* replyOnce(original, "pong")
        assert.isTrue(second.sent, "a reply that failed to send counted as replied: the contact is never answered")
        assert.notStrictEqual(second.id, first.id)
        // ... and while that one is still being sent, a third run does not send a duplicate
        const inFlight = yield* replyOnce(original, "pong")
        assert.deepStrictEqual(inFlight, { id: second.id, sent: false })
        assert.strictEqual(server.simulate.settle("send"), 1)
        const confirmed = (yield* replies).find((m) => m.sendStatus?.status === "SUCCESS")
        assert.isDefined(confirmed)
        assert.deepStrictEqual(yield* replyOnce(original, "pong"), { id: confirmed!.id, sent: false })

        // the confirmed reply is deleted (e.g. on another device): the message is answered again
        server.simulate.deleteMessage({ chatID: chat.id, messageID: confirmed!.id })
        const afterDelete = yield* replyOnce(original, "pong")
        assert.isTrue(afterDelete.sent, "a deleted reply counted as replied")
        server.simulate.settle("send")
        assert.strictEqual((yield* replies).filter((m) => m.sendStatus?.status === "SUCCESS" && !m.isDeleted).length, 1)
      }).pipe(Effect.provide(services(server)))
    }).pipe(Effect.scoped))
})

describe("Desktop hiccups during a reconnect's catch-up", () => {
  it.live("5xx, a reset and a timeout of the catch-up's requests are ridden out: the bot goes on, nothing lost or repeated", () =>
    Effect.gen(function*() {
      const server = yield* mockServerScoped({ token: realisticToken, seed: 16, sendDelay: 5 })
      // no retries of the client's own (and a short timeout): each fault reaches the catch-up
      const layers = Layer.mergeAll(
        BeeperEvents.layer({
          baseUrl: server.url,
          accessToken: Redacted.make(server.token),
          reconnectSchedule: Schedule.spaced("10 millis"),
        }).pipe(Layer.provide(layerWsConstructor)),
        BeeperDesktop.layer({
          baseUrl: server.url,
          accessToken: Redacted.make(server.token),
          retry: false,
          timeout: "1 second",
        }).pipe(Layer.provide(FetchHttpClient.layer)),
      )
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        // the first connection drops after its first event
        server.faults.add({ kind: "wsClose", afterEvents: 1, times: 1 })
        const health = yield* makeHealth
        const handled: Array<string> = []
        const arrivals = yield* Queue.unbounded<void>()
        const fiber = yield* handleIncoming(
          ({ message }) => Effect.andThen(Effect.sync(() => handled.push(message.text ?? "")), Queue.offer(arrivals, undefined)),
          { chats: "*", health, catchUpRetry: Schedule.spaced("10 millis") },
        ).pipe(Effect.forkScoped)
        /** Waits (on the handler's own signal, no timing) until `n` messages were handled in all, or the bot ended. */
        const handledCount = (n: number) =>
          Effect.gen(function*() {
            while (handled.length < n) yield* Queue.take(arrivals)
          }).pipe(Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
            Effect.sync(() => assert.fail(`the bot ended after handling ${JSON.stringify(handled)}: ${String(exit)}`)))))
        yield* health.ready

        // Desktop hiccups: the reconnect's catch-up requests fail — its accounts twice (503, then no answer at all),
        // its chat list once (500), the chat's message list twice (a reset, then 502)
        server.faults.add({ kind: "status", status: 503, times: 1, match: { method: "GET", path: "/v1/accounts" } })
        server.faults.add({ kind: "status", status: 500, times: 1, match: { method: "GET", path: "/v1/chats" } })
        server.faults.add({ kind: "hang", times: 1, match: { method: "GET", path: "/v1/accounts" } })
        const list = { method: "GET", path: "/v1/chats/{chatID}/messages" } as const
        server.faults.add({ kind: "reset", times: 1, match: list })
        server.faults.add({ kind: "status", status: 502, times: 1, match: list })
        // "a" and "b" in one tick: the socket closes after the first event, so the catch-up has to deliver "b"
        server.simulate.incomingMessage({ chatID: chat.id, text: "a" })
        server.simulate.incomingMessage({ chatID: chat.id, text: "b" })
        yield* handledCount(2)
        // still running: a later message is handled live, and nothing came twice
        server.simulate.incomingMessage({ chatID: chat.id, text: "c" })
        yield* handledCount(3)
        assert.deepStrictEqual(handled, ["a", "b", "c"])
        assert.isUndefined(fiber.pollUnsafe(), "handleIncoming ended")
        const state = yield* health.get
        assert.deepStrictEqual(server.faults.list(), [], "every fault was met")
        assert.isAtLeast(state.retries, 5) // one per fault (more only if a request of this busy machine timed out)
        assert.strictEqual(state.connections, 2)
      }).pipe(Effect.provide(layers))
    }).pipe(Effect.scoped))

  it.live("a terminal error of the catch-up still ends the bot: a token the HTTP API refuses (401) is not tried again", () =>
    Effect.gen(function*() {
      const server = yield* mockServerScoped({ token: realisticToken, seed: 16, sendDelay: 5 })
      const layers = Layer.mergeAll(
        BeeperEvents.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
          Layer.provide(layerWsConstructor),
        ),
        // a revoked token on the HTTP side: the socket connects, the catch-up's first request is refused
        BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make("bd_live_0000revoked0000000000000000000") })
          .pipe(Layer.provide(FetchHttpClient.layer)),
      )
      const health = yield* makeHealth
      const error = yield* handleIncoming(() => Effect.void, { health, catchUpRetry: Schedule.spaced("10 millis") }).pipe(
        Effect.provide(layers),
        Effect.flip,
      )
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual((yield* health.get).retries, 0)
    }).pipe(Effect.scoped))
})

describe("a subscribed chat that is gone", () => {
  it.live("a catch-up skips it (404), and the bot goes on delivering the other chats", () =>
    Effect.gen(function*() {
      const server = yield* mockServerScoped({ token: realisticToken, seed: 16, sendDelay: 5 })
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const handled: Array<string> = []
        const arrivals = yield* Queue.unbounded<void>()
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(
          ({ message }) => Effect.andThen(Effect.sync(() => handled.push(message.text ?? "")), Queue.offer(arrivals, undefined)),
          // a chat deleted (or left) since the bot was configured: Desktop answers 404 for it
          { chats: [chat.id, "!gone-since-configured:beeper.local"], health },
        ).pipe(Effect.forkScoped)
        yield* health.ready.pipe(Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
          Effect.sync(() => assert.fail(`the bot ended before it was ready: ${String(exit)}`)))))
        server.simulate.incomingMessage({ chatID: chat.id, text: "still here" })
        yield* Queue.take(arrivals).pipe(Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
          Effect.sync(() => assert.fail(`the bot ended: ${String(exit)}`)))))
        assert.deepStrictEqual(handled, ["still here"])
        assert.isUndefined(fiber.pollUnsafe(), "handleIncoming ended")
      }).pipe(Effect.provide(servicesAt(server.url, server.token)))
    }).pipe(Effect.scoped))
})

describe("a chat deleted before its new message was handled", () => {
  it.live("a bot on \"*\" skips it live (404) with a warning, and goes on delivering the other chats", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const warnings: Array<string> = []
      const logger = Logger.make((options) => {
        const line = String(options.message)
        if (line.includes("was not found")) warnings.push(line)
      })
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const handled: Array<string> = []
        const arrivals = yield* Queue.unbounded<void>()
        const busy = yield* Deferred.make<void>()
        const release = yield* Deferred.make<void>()
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(
          ({ message }) =>
            Effect.gen(function*() {
              if (message.text === "busy") {
                yield* Deferred.succeed(busy, undefined)
                yield* Deferred.await(release)
              }
              handled.push(message.text ?? "")
              yield* Queue.offer(arrivals, undefined)
            }),
          { chats: "*", health },
        ).pipe(Effect.forkScoped)
        const orEnded = <A, E>(wait: Effect.Effect<A, E>) =>
          wait.pipe(Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
            Effect.sync(() => assert.fail(`the bot ended: ${String(exit)}`)))))
        yield* orEnded(health.ready)
        // the bot is busy with a message while someone writes in a new chat, which is deleted (a spam request the
        // user removed) before the bot gets to it: its chats.retrieve answers 404
        server.simulate.incomingMessage({ chatID: chat.id, text: "busy" })
        yield* orEnded(Deferred.await(busy))
        const spam = server.simulate.newChat({ text: "spam" })
        server.simulate.deleteChat(spam.id)
        yield* Deferred.succeed(release, undefined)
        server.simulate.incomingMessage({ chatID: chat.id, text: "after" })
        yield* orEnded(Effect.gen(function*() {
          while (handled.length < 2) yield* Queue.take(arrivals)
        }))
        assert.deepStrictEqual(handled, ["busy", "after"])
        assert.isUndefined(fiber.pollUnsafe(), "handleIncoming ended")
        assert.isTrue(
          warnings.some((line) => line.includes(`chat ${spam.id} was not found`) && line.includes("skipped")),
          `warnings: ${JSON.stringify(warnings)}`,
        )
      }).pipe(Effect.provide(services(server)), Effect.provide(Logger.layer([logger])))
    }).pipe(Effect.scoped))
})

describe("health while the handler is behind", () => {
  it.live("Desktop going away and coming back shows in the health and the log at once, not after the backlog; nothing is lost", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const closed = yield* Effect.promise(() => closedPort())
      const socket = unpluggableWsConstructor(`ws://127.0.0.1:${closed}/v1/ws`)
      const layers = Layer.mergeAll(
        BeeperEvents.layer({
          baseUrl: server.url,
          accessToken: Redacted.make(server.token),
          reconnectSchedule: Schedule.spaced("10 millis"),
        }).pipe(Layer.provide(socket.layer)),
        BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
          Layer.provide(FetchHttpClient.layer),
        ),
      )
      const logged = {
        disconnected: Deferred.makeUnsafe<void>(),
        notConnected: Deferred.makeUnsafe<void>(),
        reconnected: Deferred.makeUnsafe<void>(),
      }
      const logger = Logger.make((options) => {
        const line = String(options.message)
        if (line.includes("live events disconnected")) Deferred.doneUnsafe(logged.disconnected, Effect.void)
        if (line.includes("live events not connected for")) Deferred.doneUnsafe(logged.notConnected, Effect.void)
        if (line.includes("live events connected (connection 2)")) Deferred.doneUnsafe(logged.reconnected, Effect.void)
      })
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const health = yield* makeHealth
        const handled: Array<string> = []
        const arrivals = yield* Queue.unbounded<void>()
        const busy = yield* Deferred.make<void>()
        const release = yield* Deferred.make<void>()
        const fiber = yield* handleIncoming(
          ({ message }) =>
            Effect.gen(function*() {
              if (message.text === "slow") {
                yield* Deferred.succeed(busy, undefined)
                yield* Deferred.await(release)
              }
              handled.push(message.text ?? "")
              yield* Queue.offer(arrivals, undefined)
            }),
          { chats: [chat.id], health },
        ).pipe(Effect.forkScoped)
        // hang guards only (generous, never a timed assertion): the bot must not end, and each wait must end
        const within = <A, E>(what: string, wait: Effect.Effect<A, E>) =>
          wait.pipe(
            Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
              Effect.sync(() => assert.fail(`the bot ended: ${String(exit)}`)))),
            Effect.timeoutOrElse({ duration: "30 seconds", orElse: () => Effect.sync(() => assert.fail(`no ${what}`)) }),
          )
        const handledCount = (n: number) =>
          within(`${n} messages handled`, Effect.gen(function*() {
            while (handled.length < n) yield* Queue.take(arrivals)
          }))
        yield* within("ready", health.ready)
        assert.isTrue((yield* health.get).connected)

        // a second stream of the same layer, on the same connection: the fan-out offers each event to the bot's
        // buffer first, so once this one has seen the backlog, the bot's delivery has it queued too
        const seen = new Set<string>()
        const seenMore = yield* Queue.unbounded<void>()
        const observerLive = yield* Deferred.make<void>()
        yield* Effect.flatMap(BeeperEvents, (live) =>
          live.events([chat.id]).pipe(
            Stream.runForEach((event) =>
              Effect.sync(() => {
                if (event.type === "connected") Deferred.doneUnsafe(observerLive, Effect.void)
                if (event.type === "message.upserted") for (const id of event.ids) seen.add(id)
                Queue.offerUnsafe(seenMore, undefined)
              })
            ),
          )).pipe(Effect.forkScoped)
        yield* within("connected signal of the second stream", Deferred.await(observerLive))
        const onTheConnection = (ids: ReadonlyArray<string>) =>
          within("messages on the connection", Effect.gen(function*() {
            while (!ids.every((id) => seen.has(id))) yield* Queue.take(seenMore)
          }))

        // the handler is stuck on one message while 50 more queue up behind it
        server.simulate.incomingMessage({ chatID: chat.id, text: "slow" })
        yield* within("handler call", Deferred.await(busy))
        const texts = Array.from({ length: 50 }, (_, i) => `m${i}`)
        yield* onTheConnection(texts.slice(0, -1).map((text) => server.simulate.incomingMessage({ chatID: chat.id, text }).id))
        // lastEventAt: when an element arrived, not when the handler got to it (the bot is offered each one first)
        yield* laterMillisecond
        const lastSentAt = Date.now()
        yield* onTheConnection([server.simulate.incomingMessage({ chatID: chat.id, text: texts.at(-1)! }).id])
        assert.isAtLeast((yield* health.get).lastEventAt ?? 0, lastSentAt)

        // Desktop's live events go away: the health and the log say so while the handler is still on "slow"
        socket.unplug()
        yield* within("\"disconnected\" line while the handler was behind", Deferred.await(logged.disconnected))
        const down = yield* health.get
        assert.isFalse(down.connected, "the live events are gone, yet the health says connected")
        assert.strictEqual(down.connections, 1)
        yield* within("\"not connected for\" line while the handler was behind", Deferred.await(logged.notConnected))
        assert.isFalse((yield* health.get).connected)

        // ... and so does its return
        socket.plug()
        yield* within("\"connected (connection 2)\" line while the handler was behind", Deferred.await(logged.reconnected))
        const up = yield* health.get
        assert.isTrue(up.connected)
        assert.strictEqual(up.connections, 2)
        assert.deepStrictEqual(handled, [], "the handler is still on its first message")

        // nothing queued is lost or repeated: the backlog is handled in order once the handler goes on, then a new
        // message (the reconnect's catch-up delivered nothing twice)
        yield* Deferred.succeed(release, undefined)
        yield* handledCount(1 + texts.length)
        server.simulate.incomingMessage({ chatID: chat.id, text: "after" })
        yield* handledCount(2 + texts.length)
        assert.deepStrictEqual(handled, ["slow", ...texts, "after"])
        assert.isUndefined(fiber.pollUnsafe(), "handleIncoming ended")
      }).pipe(Effect.provide(layers), Effect.provide(Logger.layer([logger])))
    }).pipe(Effect.scoped), 60_000)
})

/** `KeyValueFile`'s file system over `node:fs/promises` (the Node adapter's). */
const nodeFiles = KeyValueFile.layerFileSystem({
  readFileString: (file) => readFile(file, "utf8"),
  writeFileString: (file, data) => writeFile(file, data),
  rename,
  remove: (file) => rm(file, { force: true }),
})

describe("a checkpoint file's size", () => {
  it.live("an ack writes the chat's last message, not its window of recent IDs; a restart repeats nothing", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const path = join(mkdtempSync(join(tmpdir(), "beeper-kit-incoming-")), "bot.json")
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const bot = () =>
          Effect.tap(follow([chat.id]).pipe(Effect.provide(Checkpoints.layerFile(path, nodeFiles))), (b) => b.health.ready)
        const first = yield* bot()
        for (let i = 0; i < 5; i++) {
          server.simulate.incomingMessage({ chatID: chat.id, text: `m${i}` })
          assert.strictEqual((yield* first.next).message.text, `m${i}`)
        }
        yield* Fiber.interrupt(first.fiber)
        const stored = JSON.parse(JSON.parse(readFileSync(path, "utf8")).entries[`beeper-kit/incoming/chat/${chat.id}`])
        // before, the whole window: the five IDs here, up to 256 per chat (a file of 1,000 chats was 12.8 MB)
        assert.deepStrictEqual(stored.recent, [])
        const second = yield* bot()
        yield* deliversFirst(server, chat.id, second.next)
      }).pipe(Effect.provide(services(server)))
    }).pipe(Effect.scoped))
})

describe("a checkpoint file that cannot be written", () => {
  it.live("the bot's CheckpointUnavailable says why (the OS reason), not only that the write failed", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const path = join(mkdtempSync(join(tmpdir(), "beeper-kit-incoming-")), "bot.json")
      let refuse = false
      const refusing = KeyValueFile.layerFileSystem({
        readFileString: (file) => readFile(file, "utf8"),
        writeFileString: (file, data) =>
          refuse
            ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES" }))
            : writeFile(file, data),
        rename,
        remove: (file) => rm(file, { force: true }),
      })
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(() => Effect.void, { chats: [chat.id], health }).pipe(
          Effect.provide(Checkpoints.layerFile(path, refusing)),
          Effect.forkScoped,
        )
        yield* health.ready
        refuse = true // the folder's permissions changed under the running bot
        server.simulate.incomingMessage({ chatID: chat.id, text: "hello" })
        const exit = yield* Fiber.await(fiber)
        assert.isTrue(Exit.isFailure(exit))
        const error = Exit.isFailure(exit) ? exit.cause.reasons.find((r) => r._tag === "Fail")?.error : undefined
        assert.strictEqual((error as { _tag?: string } | undefined)?._tag, "CheckpointUnavailable")
        const text = (error as { message: string }).message
        assert.include(text, path)
        assert.include(text, "EACCES: permission denied") // before: only "Unable to set in <path>"
      }).pipe(Effect.provide(services(server)))
    }).pipe(Effect.scoped))

  it.live("a save interrupted while the file is being written leaves no temporary file behind", () =>
    Effect.gen(function*() {
      const directory = mkdtempSync(join(tmpdir(), "beeper-kit-incoming-"))
      const path = join(directory, "bot.json")
      const writing = yield* Deferred.make<void>()
      let finish: () => void = () => {}
      const finished = new Promise<void>((resolve) => (finish = resolve))
      let slow = false
      const files = KeyValueFile.layerFileSystem({
        readFileString: (file) => readFile(file, "utf8"),
        // a slow disk: the temporary file is written, the call has not returned yet
        writeFileString: async (file, data) => {
          await writeFile(file, data)
          if (!slow) return
          Deferred.doneUnsafe(writing, Effect.void)
          await finished
        },
        rename,
        remove: (file) => rm(file, { force: true }),
      })
      yield* Effect.gen(function*() {
        const checkpoints = yield* Checkpoints
        yield* checkpoints.save({ chatID: "c1", id: "1", sortKey: "0001", timestamp: undefined, recent: [] })
        slow = true
        const save = yield* Effect.forkChild(
          checkpoints.save({ chatID: "c1", id: "2", sortKey: "0002", timestamp: undefined, recent: [] }),
        )
        yield* Deferred.await(writing)
        const interrupted = yield* Effect.forkChild(Fiber.interrupt(save)) // Ctrl-C during an ack
        finish()
        yield* Fiber.join(interrupted)
      }).pipe(Effect.provide(Checkpoints.layerFile(path, files)))
      // before, the interrupted save's `bot.json.<tag>.<n>.tmp` stayed beside the file
      assert.deepStrictEqual(readdirSync(directory), ["bot.json"])
      // and the file is whole: the checkpoint before the interrupted save, or after it (it had all but landed)
      const stored = JSON.parse(JSON.parse(readFileSync(path, "utf8")).entries["beeper-kit/incoming/chat/c1"])
      assert.include(["0001", "0002"], stored.sortKey)
    }))
})

describe("two deliveries on one checkpoint store", () => {
  it.effect("two file systems of their own never share a file, whatever its name (each its own disk)", () =>
    Effect.gen(function*() {
      /** A file system in memory: its own files. */
      const inMemory = (files: Map<string, string>) =>
        KeyValueFile.layerFileSystem({
          readFileString: async (path) => {
            const text = files.get(path)
            if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" })
            return text
          },
          writeFileString: async (path, data) => void files.set(path, data),
          rename: async (from, to) => {
            files.set(to, files.get(from)!)
            files.delete(from)
          },
        })
      const [diskA, diskB] = [new Map<string, string>(), new Map<string, string>()]
      const path = "/data/bot.json"
      const cursor = (id: string) => ({ chatID: "c1", id, sortKey: id.padStart(4, "0"), timestamp: 1, recent: [] })
      const a = Context.get(yield* Layer.build(Checkpoints.layerFile(path, inMemory(diskA))), Checkpoints)
      yield* a.save(cursor("1"))
      const b = Context.get(yield* Layer.build(Checkpoints.layerFile(path, inMemory(diskB))), Checkpoints)
      yield* a.save(cursor("2"))
      // before: the second layer's file system took over the first's file, and this save landed on disk B
      const idOn = (disk: Map<string, string>) => JSON.parse(JSON.parse(disk.get(path)!).entries["beeper-kit/incoming/chat/c1"]).id
      assert.strictEqual(idOn(diskA), "2")
      assert.isFalse(diskB.has(path))
      assert.strictEqual((yield* b.load).size, 0)
    }).pipe(Effect.scoped))

  it.live("two bots, each with its own layer over one checkpoint file: neither erases the other's checkpoints", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const path = join(mkdtempSync(join(tmpdir(), "beeper-kit-incoming-")), "bots.json")
      yield* Effect.gen(function*() {
        const [x, y] = [server.simulate.newChat({ text: "history x" }), server.simulate.newChat({ text: "history y" })]
        yield* laterMillisecond
        // each bot provides the file layer itself, as `BeeperNode.layerCheckpointFile(path)` twice would
        const bots = Effect.gen(function*() {
          const bx = yield* follow([x.id]).pipe(Effect.provide(Checkpoints.layerFile(path, nodeFiles)))
          const by = yield* follow([y.id]).pipe(Effect.provide(Checkpoints.layerFile(path, nodeFiles)))
          yield* bx.health.ready
          yield* by.health.ready
          return { bx, by }
        })
        const { bx, by } = yield* bots
        for (let i = 0; i < 3; i++) {
          server.simulate.incomingMessage({ chatID: x.id, text: `x${i}` })
          assert.strictEqual((yield* bx.next).message.text, `x${i}`)
          server.simulate.incomingMessage({ chatID: y.id, text: `y${i}` })
          assert.strictEqual((yield* by.next).message.text, `y${i}`)
        }
        const keys = Object.keys(JSON.parse(readFileSync(path, "utf8")).entries)
        assert.includeMembers(keys, [`beeper-kit/incoming/chat/${x.id}`, `beeper-kit/incoming/chat/${y.id}`])
        yield* Fiber.interrupt(bx.fiber)
        yield* Fiber.interrupt(by.fiber)
        // a restart with nothing new: the first message each delivers is the next one, not one handled before
        const again = yield* bots
        const [mx, my] = [
          server.simulate.incomingMessage({ chatID: x.id, text: "x marker" }),
          server.simulate.incomingMessage({ chatID: y.id, text: "y marker" }),
        ]
        assert.strictEqual((yield* again.bx.next).message.id, mx.id)
        assert.strictEqual((yield* again.by.next).message.id, my.id)
      }).pipe(Effect.provide(services(server)))
    }).pipe(Effect.scoped))

  it.live("a slow bot's late acknowledgement does not move back the checkpoint another bot saved further on", () =>
    onMockServer((server) =>
      Effect.gen(function*() {
        const checkpoints = yield* durableInMemory
        const x = server.simulate.newChat({ text: "history x" })
        yield* laterMillisecond
        // bot A on "*": busy with x0 until bot B (on x) handled x0..x3; then it acknowledges x0 and stays busy
        const release = yield* Deferred.make<void>()
        const slowAcked = yield* Queue.unbounded<IncomingMessage>()
        const slowHealth = yield* makeHealth
        const slow = yield* incomingMessages("*", { health: slowHealth }).pipe(
          Stream.runForEach((incoming) =>
            incoming.message.text === "x0"
              ? Effect.andThen(Deferred.await(release), Effect.andThen(incoming.ack, Queue.offer(slowAcked, incoming)))
              : Effect.never
          ),
          Effect.provide(checkpoints),
          Effect.forkScoped,
        )
        yield* slowHealth.ready
        const fast = yield* follow([x.id]).pipe(Effect.provide(checkpoints))
        yield* fast.health.ready
        for (let i = 0; i < 4; i++) server.simulate.incomingMessage({ chatID: x.id, text: `x${i}` })
        for (let i = 0; i < 4; i++) assert.strictEqual((yield* fast.next).message.text, `x${i}`)
        yield* Deferred.succeed(release, undefined)
        assert.strictEqual((yield* Queue.take(slowAcked)).message.text, "x0")
        yield* Fiber.interrupt(slow)
        yield* Fiber.interrupt(fast.fiber)
        // B restarts: x1..x3 were handled and acknowledged by it; before, A's x0 had overwritten its x3 checkpoint
        const restarted = yield* follow([x.id]).pipe(Effect.provide(checkpoints))
        yield* restarted.health.ready
        yield* deliversFirst(server, x.id, restarted.next)
      })))
})

describe("server-given chat IDs in log lines", () => {
  it.live("a chat ID carrying the token is logged with it scrubbed (the catch-up's 404 warning)", () =>
    Effect.gen(function*() {
      const server = yield* mockServerScoped({ token: realisticToken, seed: 16, sendDelay: 5 })
      const lines: Array<string> = []
      const warned = yield* Deferred.make<void>()
      const logger = Logger.make((options) => {
        const line = String(options.message)
        lines.push(line)
        if (line.includes("was not found while catching up")) Deferred.doneUnsafe(warned, Effect.void)
      })
      const gone = `!${realisticToken}:beeper.local`
      const fiber = yield* handleIncoming(() => Effect.void, { chats: [gone] }).pipe(
        Effect.provide(servicesAt(server.url, server.token)),
        Effect.provide(Logger.layer([logger])),
        Effect.forkScoped,
      )
      yield* Deferred.await(warned).pipe(Effect.raceFirst(Effect.flatMap(Fiber.await(fiber), (exit) =>
        Effect.sync(() => assert.fail(`the bot ended: ${String(exit)}`)))))
      const warning = lines.find((line) => line.includes("was not found while catching up"))
      assert.include(warning, "chat !<redacted>:beeper.local was not found while catching up")
      for (const line of lines) assert.notInclude(line, realisticToken)
    }).pipe(Effect.scoped))
})

describe("Desktop's clock behind the client's (a Worker never shares a machine with Desktop)", () => {
  it.live("a fresh bot's first live message, taken for history, is not lost silently: a Warning names the clocks", () =>
    Effect.gen(function*() {
      const skew = 30_000
      const server = yield* Effect.acquireRelease(
        Effect.promise(() =>
          startMockServer({ token: "mock-token", seed: 16, now: () => Date.now() - skew, fixtureAnchor: Date.now() - skew - 60_000 })
        ),
        (server) => Effect.promise(() => server.close()),
      )
      const warnings: Array<string> = []
      const warned = yield* Deferred.make<void>()
      const logger = Logger.make((options) => {
        const line = String(options.message)
        if (line.includes("clocks to agree")) {
          warnings.push(line)
          Deferred.doneUnsafe(warned, Effect.void)
        }
      })
      yield* Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        const { health, queue } = yield* follow([chat.id])
        yield* health.ready
        server.simulate.incomingMessage({ chatID: chat.id, text: "new, stamped 30 s behind" })
        yield* Deferred.await(warned).pipe(
          Effect.timeoutOrElse({ duration: "30 seconds", orElse: () => Effect.die("no warning of the clocks") }),
        )
        assert.include(warnings[0], "is not delivered")
        // (the limit is documented: the message is taken for history)
        assert.strictEqual(yield* Queue.size(queue), 0)
      }).pipe(Effect.provide(services(server)), Effect.provide(Logger.layer([logger])))
    }).pipe(Effect.scoped))
})

describe("handleIncoming over a checkpoint store that takes its time", () => {
  /**
   * Checkpoints in memory whose saves wait, while `closed`, for the test to open the store (as Workers KV makes a
   * second write to a chat's key wait a second); `saved` lists the message IDs saved, in order.
   */
  const slowCheckpoints = Effect.sync(() => {
    const saved: Array<string> = []
    let gate = Deferred.makeUnsafe<void>()
    Deferred.doneUnsafe(gate, Effect.void)
    const layer = Layer.succeed(Checkpoints, {
      load: Effect.succeed(new Map()),
      origin: (now: number) => Effect.succeed(now),
      save: (cursor: Delivery.ChatCursor) => Effect.andThen(Deferred.await(gate), Effect.sync(() => void saved.push(cursor.id))),
    })
    return {
      layer,
      saved,
      close: () => void (gate = Deferred.makeUnsafe<void>()),
      open: () => void Deferred.doneUnsafe(gate, Effect.void),
    }
  })

  it.live("a burst in one chat is handled without waiting for the store, its acknowledgements written as one; an interruption still writes them", () =>
    onMockServer((server) =>
      Effect.gen(function*() {
        const store = yield* slowCheckpoints
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const handled = yield* Queue.unbounded<string>()
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(({ message }) => Queue.offer(handled, message.id), { chats: [chat.id], health })
          .pipe(Effect.provide(store.layer), Effect.forkScoped)
        yield* health.ready
        const handledNext = Queue.take(handled).pipe(
          Effect.timeoutOrElse({ duration: "20 seconds", orElse: () => Effect.die("a handler waited for the store") }),
        )

        // the store holds every save: all five are handled all the same (before, the second waited for the first save)
        store.close()
        const burst = ["1", "2", "3", "4", "5"].map((n) => server.simulate.incomingMessage({ chatID: chat.id, text: n }).id)
        for (const id of burst) assert.strictEqual(yield* handledNext, id)
        store.open()
        // the save held, then one for those that waited meanwhile: the last one's
        while (store.saved.at(-1) !== burst[4]) yield* Effect.yieldNow
        assert.isAtMost(store.saved.length, 2, `saved: ${store.saved.join(", ")}`)
        // the health counts messages acknowledged, not writes: all five (one write covers four)
        const acknowledged = yield* Effect.gen(function*() {
          while ((yield* health.get).acknowledged < burst.length) yield* Effect.sleep("10 millis")
          return (yield* health.get).acknowledged
        }).pipe(Effect.timeoutOrElse({ duration: "20 seconds", orElse: () => health.get.pipe(Effect.map((h) => h.acknowledged)) }))
        assert.strictEqual(acknowledged, burst.length)

        // interrupted while saves wait: the handled messages are still written before handleIncoming ends
        store.close()
        const more = ["6", "7"].map((n) => server.simulate.incomingMessage({ chatID: chat.id, text: n }).id)
        for (const id of more) assert.strictEqual(yield* handledNext, id)
        const stopping = yield* Effect.forkChild(Fiber.interrupt(fiber))
        yield* Effect.yieldNow
        store.open()
        yield* Fiber.join(stopping)
        assert.strictEqual(store.saved.at(-1), more[1])
      })
    ))
})

describe("handleIncoming over a checkpoint store that fails", () => {
  it.live("a failed write ends delivery between two handlers, never inside one", () =>
    onMockServer((server) =>
      Effect.gen(function*() {
        // Explicit signals instead of timing: the first write (of message 1) is held until the handler of message 2
        // has started, then fails while that handler is still running; the handler goes on well after the failure
        // reached handleIncoming (yields only, no I/O on that path), so delivery ending inside it would show.
        const secondStarted = yield* Deferred.make<void>()
        const writeFailed = yield* Deferred.make<void>()
        const store = Layer.succeed(Checkpoints, {
          load: Effect.succeed(new Map()),
          origin: (now: number) => Effect.succeed(now),
          save: () =>
            Deferred.await(secondStarted).pipe(
              Effect.andThen(Deferred.succeed(writeFailed, undefined)),
              Effect.andThen(Effect.fail(new CheckpointUnavailable({ method: "set", message: "the store refused the write" }))),
            ),
        })
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const health = yield* makeHealth
        const log: Array<string> = []
        const fiber = yield* handleIncoming(({ message }) =>
          Effect.gen(function*() {
            log.push(`start ${message.text}`)
            if (message.text !== "1") {
              yield* Deferred.succeed(secondStarted, undefined)
              // the write of the message before fails meanwhile
              yield* Deferred.await(writeFailed)
              for (let i = 0; i < 1_000; i++) yield* Effect.yieldNow
            }
            log.push(`end ${message.text}`)
          }), { chats: [chat.id], health }).pipe(Effect.provide(store), Effect.forkScoped)
        yield* health.ready
        for (const text of ["1", "2", "3"]) server.simulate.incomingMessage({ chatID: chat.id, text })
        const exit = yield* Fiber.await(fiber)
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) assert.include(String(Cause.squash(exit.cause)), "the store refused the write")
        // the handler running when the write failed ran to its end, and no handler started after the failure
        assert.deepStrictEqual(log, ["start 1", "end 1", "start 2", "end 2"])
      })
    ), 60_000)
})

describe("acknowledgements written behind the handler (AckBehind)", () => {
  /** Moves the test clock on by `n` seconds, a tenth at a time, letting the writes run in between. */
  const seconds = (n: number) =>
    Effect.gen(function*() {
      for (let i = 0; i < n * 10; i++) {
        yield* Effect.yieldNow
        yield* TestClock.adjust("100 millis")
      }
    })

  it.effect("chats are written side by side: 100 chats whose writes take a second each are all written in seconds, not 100", () =>
    Effect.scoped(Effect.gen(function*() {
      const acks = yield* AckBehind.make()
      const written = new Set<string>()
      for (let i = 0; i < 100; i++) {
        const chatID = `chat-${i}`
        yield* acks.offer(chatID, Effect.andThen(Effect.sleep("1 second"), Effect.sync(() => void written.add(chatID))))
      }
      const flushed = yield* Effect.forkChild(acks.flush)
      yield* seconds(10)
      // (before: one write at a time across chats, 10 of 100 by now; a shutdown gave up at 10 s with the rest unwritten)
      assert.strictEqual(written.size, 100)
      yield* Fiber.join(flushed)
    })))

  it.effect("one chat's acknowledgements are still written one at a time, the newest of those waiting only", () =>
    Effect.scoped(Effect.gen(function*() {
      const acks = yield* AckBehind.make()
      const log: Array<string> = []
      const ack = (id: string) =>
        Effect.gen(function*() {
          log.push(`start ${id}`)
          yield* Effect.sleep("1 second")
          log.push(`end ${id}`)
        })
      yield* acks.offer("chat", ack("1"))
      while (!log.includes("start 1")) yield* Effect.yieldNow
      // offered while 1 is written: 3 replaces 2, and waits for 1 to end
      for (const id of ["2", "3"]) yield* acks.offer("chat", ack(id))
      const flushed = yield* Effect.forkChild(acks.flush)
      yield* seconds(3)
      yield* Fiber.join(flushed)
      assert.deepStrictEqual(log, ["start 1", "end 1", "start 3", "end 3"])
    })))

  it.effect("a store too slow for the end of delivery: a Warning says how many chats' checkpoints were not written", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make((options) => void lines.push(String(options.message)))
      yield* Effect.gen(function*() {
        const acks = yield* AckBehind.make()
        yield* acks.offer("written", Effect.void)
        yield* acks.offer("stuck-1", Effect.never)
        yield* acks.offer("stuck-2", Effect.never)
        const ending = yield* Effect.forkChild(acks.flushWithin(Duration.seconds(10)))
        yield* seconds(11)
        yield* Fiber.join(ending)
      }).pipe(Effect.scoped, Effect.provide(Logger.layer([logger])))
      const warnings = lines.filter((line) => line.includes("without writing the checkpoints"))
      assert.strictEqual(warnings.length, 1, lines.join("\n"))
      assert.include(warnings[0], "checkpoints of 2 chat(s)")
      assert.include(warnings[0], "may be delivered again after a restart")

      // a store in time: no warning
      lines.length = 0
      yield* Effect.gen(function*() {
        const acks = yield* AckBehind.make()
        yield* acks.offer("slow", Effect.sleep("1 second"))
        const ending = yield* Effect.forkChild(acks.flushWithin(Duration.seconds(10)))
        yield* seconds(2)
        yield* Fiber.join(ending)
      }).pipe(Effect.scoped, Effect.provide(Logger.layer([logger])))
      assert.deepStrictEqual(lines, [])
    }))
})

describe("health once delivery ended", () => {
  it.live("`connected` is false after an interruption, and after the handler's error ended handleIncoming", () =>
    onMockServer((server) =>
      Effect.gen(function*() {
        const chat = server.simulate.newChat({ text: "history" })
        yield* laterMillisecond
        const bot = (handler: () => Effect.Effect<void, string>) =>
          Effect.gen(function*() {
            const health = yield* makeHealth
            const fiber = yield* handleIncoming(handler, { chats: [chat.id], health }).pipe(Effect.forkScoped)
            yield* health.ready
            assert.isTrue((yield* health.get).connected)
            return { fiber, health }
          })

        const interrupted = yield* bot(() => Effect.void)
        yield* Fiber.interrupt(interrupted.fiber)
        assert.isFalse((yield* interrupted.health.get).connected, "connected after an interruption")

        const failed = yield* bot(() => Effect.fail("handler failed"))
        server.simulate.incomingMessage({ chatID: chat.id, text: "a" })
        assert.isTrue(Exit.isFailure(yield* Fiber.await(failed.fiber)))
        assert.isFalse((yield* failed.health.get).connected, "connected after the handler's error")
      })
    ))
})

/**
 * The scripted stand-in with one chat (the mock server gives every message its own sortKey; this one stores what the
 * test writes): `write` stores a message from the contact with `sortKey`, `announce` sends it live on a connection.
 */
const standIn = (chatID: string) =>
  Effect.gen(function*() {
    const desktop = yield* fakeDesktop({ token: realisticToken })
    desktop.addChat(chatID)
    const write = (id: string, sortKey: string, timestamp = new Date().toISOString()): StoredMessage => {
      const stored: StoredMessage = {
        id,
        accountID: "acc_test",
        chatID,
        senderID: "@alice:beeper.local",
        sortKey,
        timestamp,
        text: id,
      }
      desktop.messages.set(chatID, [...(desktop.messages.get(chatID) ?? []), stored])
      return stored
    }
    const announce = (connection: ServerConnection, stored: StoredMessage) =>
      connection.emit({ type: "message.upserted", chatID, ids: [stored.id], entries: [stored] })
    return { desktop, write, announce, layers: servicesAt(desktop.baseUrl, desktop.token) }
  })

describe("messages that share a sortKey", () => {
  it.live("each is delivered once, live and by a reconnect's catch-up", () =>
    Effect.gen(function*() {
      const chatID = "!shared-sortkey:beeper.local"
      const { desktop, write, announce, layers } = yield* standIn(chatID)
      yield* Effect.gen(function*() {
        const { next, health } = yield* follow([chatID])
        yield* health.ready
        const first = yield* Effect.promise(() => desktop.whenSubscribed(1))
        yield* laterMillisecond

        // two messages Desktop gave the same sortKey, each announced live, then a later one
        announce(first, write("shared-1", "2000001"))
        announce(first, write("shared-2", "2000001"))
        announce(first, write("after", "2000002"))
        // (one at a time: a dropped message shows as the next one arriving in its place, not as a wait)
        for (const id of ["shared-1", "shared-2", "after"]) assert.strictEqual((yield* next).message.id, id)

        // one more with the last one's sortKey arrives while the connection is down: the reconnect's catch-up
        // delivers it, and only it
        write("shared-3", "2000002")
        first.ws.terminate()
        const reconnected = yield* Effect.promise(() => desktop.whenSubscribed(2))
        announce(reconnected, write("later", "2000003"))
        const caughtUp = yield* next
        assert.deepStrictEqual([caughtUp.message.id, caughtUp.source], ["shared-3", "catch-up"])
        // ("later" may come live or with the catch-up, once either way)
        assert.strictEqual((yield* next).message.id, "later")
        assert.strictEqual((yield* health.get).delivered, 5)
      }).pipe(Effect.provide(layers))
    }).pipe(Effect.scoped))

  it.live("handleIncoming: acknowledgements written as one cover every message of the sortKey; a clean restart repeats none", () =>
    Effect.gen(function*() {
      const chatID = "!combined-acks:beeper.local"
      const { desktop, write, announce, layers } = yield* standIn(chatID)
      // one durable store; its writes wait while the gate is closed, so that acknowledgements wait together
      const store = makeCheckpoints(yield* Effect.provide(KeyValueStore.KeyValueStore, KeyValueStore.layerMemory))
      let gate = Deferred.makeUnsafe<void>()
      Deferred.doneUnsafe(gate, Effect.void)
      const checkpoints = Layer.succeed(Checkpoints, {
        ...store,
        save: (cursor: Delivery.ChatCursor) => Effect.andThen(Deferred.await(gate), store.save(cursor)),
      })
      const run = Effect.gen(function*() {
        const handled = yield* Queue.unbounded<string>()
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(({ message }) => Queue.offer(handled, message.id), { chats: [chatID], health })
          .pipe(Effect.provide(checkpoints), Effect.forkScoped)
        yield* health.ready
        return { fiber, health, handled: Queue.take(handled) }
      })
      yield* Effect.gen(function*() {
        const first = yield* run
        const connection = yield* Effect.promise(() => desktop.whenSubscribed(1))
        yield* laterMillisecond
        // three messages of one sortKey handled while the store holds the first write: s2's acknowledgement is
        // replaced by s3's, written as one
        gate = Deferred.makeUnsafe<void>()
        for (const id of ["s1", "s2", "s3"]) {
          announce(connection, write(id, "3000001"))
          assert.strictEqual(yield* first.handled, id)
        }
        Deferred.doneUnsafe(gate, Effect.void)
        while ((yield* first.health.get).acknowledged < 3) yield* Effect.sleep("10 millis")
        yield* Fiber.interrupt(first.fiber)
        // the checkpoint names all three (before: s1 and s3 only, so a restart delivered s2 again)
        const saved = (yield* store.load).get(chatID)
        assert.sameMembers([saved?.id, ...saved?.recent ?? []], ["s1", "s2", "s3"])

        // a clean restart: the first message it handles is a new one
        const second = yield* run
        announce(yield* Effect.promise(() => desktop.whenSubscribed(2)), write("after", "3000002"))
        assert.strictEqual(yield* second.handled, "after")
      }).pipe(Effect.provide(layers))
    }).pipe(Effect.scoped))

  it.live("incomingMessages: acknowledging the last covers the earlier ones of its sortKey after a restart", () =>
    Effect.gen(function*() {
      const chatID = "!last-ack:beeper.local"
      const { desktop, write, announce, layers } = yield* standIn(chatID)
      const checkpoints = yield* durableInMemory
      yield* Effect.gen(function*() {
        const health = yield* makeHealth
        // only the third message's ack is called
        const first = yield* incomingMessages([chatID], { health }).pipe(
          Stream.take(3),
          Stream.runForEach((incoming) => incoming.message.id === "s3" ? incoming.ack : Effect.void),
          Effect.provide(checkpoints),
          Effect.forkScoped,
        )
        yield* health.ready
        const connection = yield* Effect.promise(() => desktop.whenSubscribed(1))
        yield* laterMillisecond
        for (const id of ["s1", "s2", "s3"]) announce(connection, write(id, "4000001"))
        yield* Fiber.join(first)

        // a restart: the first message delivered is a new one (before: s2 and s1 came again)
        const second = yield* follow([chatID]).pipe(Effect.provide(checkpoints))
        yield* second.health.ready
        announce(yield* Effect.promise(() => desktop.whenSubscribed(2)), write("after", "4000002"))
        assert.strictEqual((yield* second.next).message.id, "after")
      }).pipe(Effect.provide(layers))
    }).pipe(Effect.scoped))

  it.live("a catch-up delivers them oldest first (Desktop lists them newest first)", () =>
    Effect.gen(function*() {
      const chatID = "!catch-up-order:beeper.local"
      const { write, layers } = yield* standIn(chatID)
      const checkpoints = yield* durableInMemory
      yield* Effect.gen(function*() {
        // a first run records when delivery started, then stops
        const first = yield* follow([chatID]).pipe(Effect.provide(checkpoints))
        yield* first.health.ready
        yield* Fiber.interrupt(first.fiber)
        // while the bot is down: three messages of one sortKey and one timestamp, sent in this order
        yield* laterMillisecond
        const sentAt = new Date().toISOString()
        for (const id of ["s1", "s2", "s3"]) write(id, "5000001", sentAt)
        const second = yield* follow([chatID]).pipe(Effect.provide(checkpoints))
        const caughtUp = [yield* second.next, yield* second.next, yield* second.next]
        assert.deepStrictEqual(caughtUp.map((incoming) => incoming.message.id), ["s1", "s2", "s3"])
        assert.deepStrictEqual(caughtUp.map((incoming) => incoming.source), ["catch-up", "catch-up", "catch-up"])
      }).pipe(Effect.provide(layers))
    }).pipe(Effect.scoped))
})

/** Waits for the next millisecond: a message of the very millisecond delivery starts in is not older than its origin. */
const laterMillisecond = Effect.gen(function*() {
  const at = Date.now()
  while (Date.now() <= at) yield* Effect.yieldNow
})

const delivery = (server: MockServer) =>
    Effect.gen(function*() {
      const chats = [server.simulate.newChat({ text: "first" }), server.simulate.newChat({ text: "first" })]
      // the chats' first messages are history: delivery starts in a later millisecond than theirs (a message of
      // the very millisecond delivery starts in is not older than its origin, so a catch-up would deliver it)
      const createdAt = Date.now()
      while (Date.now() <= createdAt) yield* Effect.yieldNow
      // every connection drops after 25 events: reconnects (and catch-ups) all along
      server.faults.add({ kind: "wsClose", afterEvents: 25 })
      const { next, health } = yield* follow("*")
      // the mock starts with history: nothing older than the start is delivered, even on "*"
      yield* health.ready
      const desktop = yield* BeeperDesktop
      const sent: Array<string> = []
      const expected: Array<string> = []
      for (let i = 0; i < 30; i++) {
        const chat = chats[i % 2]!
        const m = server.simulate.incomingMessage({ chatID: chat.id, text: `hello ${i}` })
        expected.push(m.id)
        server.simulate.reaction({ chatID: chat.id, messageID: m.id, reactionKey: "👍" })
        server.simulate.editMessage({ chatID: chat.id, messageID: m.id, text: `hello ${i} (edited)` })
        const reply = yield* desktop.messages.send({ chatID: chat.id, text: `reply ${i}` })
        sent.push(reply.pendingMessageID)
      }
      const got: Array<IncomingMessage> = []
      while (got.length < expected.length) got.push(yield* next)
      assert.sameMembers(got.map((g) => g.message.id), expected)
      for (const chat of chats) {
        const ofChat = got.filter((g) => g.chat.id === chat.id).map((g) => g.message.id)
        assert.deepStrictEqual(ofChat, expected.filter((id) => ofChat.includes(id)), "order per chat")
      }
      // nothing more arrives: wait for one more marker message instead of a sleep
      const marker = server.simulate.incomingMessage({ chatID: chats[0]!.id, text: "marker" })
      assert.strictEqual((yield* next).message.id, marker.id)
      const state = yield* health.get
      assert.isAtLeast(state.connections, 2)
      assert.isAtLeast(state.delivered, expected.length + 1)
      assert.isDefined(state.lagMillis)
    }).pipe(Effect.provide(services(server)))

/**
 * Nothing handled before comes again: a new message in `chatID` is the first that `next` delivers (say which came
 * instead when not).
 */
const deliversFirst = (server: MockServer, chatID: string, next: Effect.Effect<IncomingMessage, unknown>) =>
  Effect.gen(function*() {
    const marker = server.simulate.incomingMessage({ chatID, text: "marker" })
    const first = yield* next
    assert.strictEqual(first.message.id, marker.id, `delivered first: ${first.message.text} (${first.source})`)
  })

/**
 * A checkpoint layer over one in-memory store that outlives each layer built from it: "durable" across the restarts
 * of a test (each `Effect.provide` builds the layer again, over the same store).
 */
const durableInMemory = Effect.map(
  Effect.provide(KeyValueStore.KeyValueStore, KeyValueStore.layerMemory),
  (store) => Checkpoints.layer.pipe(Layer.provide(Layer.succeed(KeyValueStore.KeyValueStore, store))),
)

/** Runs `handleIncoming` on one chat, three times on one durable (here: shared in-memory) checkpoint store. */
const restarts = (server: MockServer) =>
  Effect.gen(function*() {
    const checkpoints = yield* durableInMemory
    const chat = server.simulate.newChat({ text: "before the bot" })
    const handled: Array<string> = []
    const arrivals = yield* Queue.unbounded<string>()
    /** Waits (on the handler's own signal, no timing) until `n` messages were handled in all. */
    const handledCount = (n: number) =>
      Effect.gen(function*() {
        while (handled.length < n) yield* Queue.take(arrivals)
      })
    const run = (failOn: string | undefined, stopAfter: number) =>
      Effect.gen(function*() {
        const health = yield* makeHealth
        const fiber = yield* handleIncoming(
          ({ message }) =>
            message.text === failOn
              ? Effect.fail("handler failed" as const)
              : Effect.andThen(Effect.sync(() => handled.push(message.text ?? "")), Queue.offer(arrivals, "")),
          { chats: [chat.id], health },
        ).pipe(Effect.provide(checkpoints), Effect.forkScoped)
        yield* health.ready
        return { fiber, health, stopAfter }
      })

    // run 1: a, b handled; c fails the handler (the run ends; c stays unacknowledged)
    const first = yield* run("c", 3)
    for (const text of ["a", "b", "c"]) server.simulate.incomingMessage({ chatID: chat.id, text })
    const exit = yield* Fiber.await(first.fiber)
    assert.isTrue(Exit.isFailure(exit))
    assert.deepStrictEqual(handled, ["a", "b"])

    // while down: d, e arrive; run 2 redelivers c, catches up d, e — not a or b, nor "before the bot"
    for (const text of ["d", "e"]) server.simulate.incomingMessage({ chatID: chat.id, text })
    const second = yield* run(undefined, 0)
    yield* handledCount(5)
    server.simulate.incomingMessage({ chatID: chat.id, text: "f" })
    yield* handledCount(6)
    yield* Fiber.interrupt(second.fiber)
    assert.deepStrictEqual(handled, ["a", "b", "c", "d", "e", "f"])
    assert.strictEqual((yield* second.health.get).caughtUp, 3)

    // run 3 with nothing new: nothing handled again; a reply through replyOnce is sent once
    const third = yield* run(undefined, 0)
    const last = server.simulate.incomingMessage({ chatID: chat.id, text: "g" })
    yield* handledCount(7)
    yield* Fiber.interrupt(third.fiber)
    assert.deepStrictEqual(handled, ["a", "b", "c", "d", "e", "f", "g"])
    const desktop = yield* BeeperDesktop
    const original = yield* desktop.messages.retrieve({ chatID: chat.id, messageID: last.id })
    const once = yield* replyOnce(original, "pong")
    const twice = yield* replyOnce(original, "pong")
    assert.isTrue(once.sent)
    assert.isFalse(twice.sent) // the reply found (by then confirmed under its final ID)
  }).pipe(Effect.provide(services(server)))
