/**
 * One socket per layer: `sendAndConfirm` and any number of events streams share one live WebSocket (the union of
 * their chats), each stream receiving its own chats with its own signals; and every connection attempt of it is
 * logged (Info while a bot's stream runs). Against the mock server (real HTTP + WebSocket on 127.0.0.1); sockets are
 * counted by a recording WebSocket constructor.
 */
import type { MockServer } from "@beeper-kit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Layer, Logger, Queue, Redacted, References, Schedule, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import type * as Socket from "effect/socket/Socket"
import { BeeperDesktop, BeeperEvents, type LiveEvent, sendAndConfirm } from "../src/index.ts"
import { layerWsConstructor, recordingWsConstructor } from "./events-support.ts"
import { mockDesktop } from "./support/mockDesktop.ts"

/** The events layer for `server`, every socket recorded. */
const eventsFor = (server: MockServer) => {
  const recording = recordingWsConstructor()
  const layer = BeeperEvents.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
    Layer.provide(recording.layer),
    Layer.orDie,
  )
  return { layer, sockets: recording.sockets }
}

/** Runs a stream into a queue for the scope; `next` takes the next element. */
const follow = (stream: Stream.Stream<LiveEvent, unknown>) =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<LiveEvent>()
    const fiber = yield* stream.pipe(Stream.runForEach((e) => Queue.offer(queue, e)), Effect.forkScoped)
    return { next: Queue.take(queue), fiber }
  })

/** Takes elements until one satisfies `done`; returns all taken. */
const takeUntil = (next: Effect.Effect<LiveEvent>, done: (e: LiveEvent) => boolean) =>
  Effect.gen(function*() {
    const taken: Array<LiveEvent> = []
    while (true) {
      const e = yield* next
      taken.push(e)
      if (done(e)) return taken
    }
  })

const chatOf = (e: LiveEvent): string | undefined => ("chatID" in e && typeof e.chatID === "string" ? e.chatID : undefined)

describe("one socket per layer", () => {
  it.live("100 concurrent sendAndConfirm calls open exactly one WebSocket, and all are confirmed", () =>
    Effect.gen(function*() {
      const { server, layer } = yield* mockDesktop({ sendDelay: 30 })
      const events = eventsFor(server)
      const confirmed = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 5 })
        // polls an hour apart: only live events can confirm within the bound
        return yield* Effect.forEach(
          Array.from({ length: 100 }, (_, i) => i),
          (i) =>
            sendAndConfirm(
              { chatID: items[i % items.length]!.id, text: `concurrent ${i}` },
              { pollInterval: "1 hour", within: "2 minutes" },
            ),
          { concurrency: "unbounded" },
        )
      }).pipe(Effect.provide(Layer.merge(layer(), events.layer)))
      assert.strictEqual(confirmed.length, 100)
      for (const message of confirmed) assert.strictEqual(message.sendStatus?.status, "SUCCESS")
      assert.strictEqual(new Set(confirmed.map((m) => m.id)).size, 100)
      assert.strictEqual(events.sockets.length, 1)
    }), 180_000)

  it.live("two streams with different chats share one connection; each sees only its chats", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      const events = eventsFor(server)
      const [a, b] = [server.simulate.newChat({ text: "a" }), server.simulate.newChat({ text: "b" })]
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const first = yield* follow(live.events([a.id]))
        assert.strictEqual((yield* first.next).type, "connected")
        const second = yield* follow(live.events([b.id]))
        const connected = yield* second.next
        assert.deepStrictEqual(connected, { type: "connected", connection: 1, chatIDs: [b.id] })
        for (let i = 0; i < 3; i++) {
          server.simulate.incomingMessage({ chatID: a.id, text: `to a ${i}` })
          server.simulate.incomingMessage({ chatID: b.id, text: `to b ${i}` })
        }
        const markerA = server.simulate.incomingMessage({ chatID: a.id, text: "marker a" })
        const markerB = server.simulate.incomingMessage({ chatID: b.id, text: "marker b" })
        const hasMarker = (id: string) => (e: LiveEvent) => e.type === "message.upserted" && e.ids.includes(id)
        const seenA = yield* takeUntil(first.next, hasMarker(markerA.id))
        const seenB = yield* takeUntil(second.next, hasMarker(markerB.id))
        assert.deepStrictEqual([...new Set(seenA.map(chatOf))], [a.id])
        assert.deepStrictEqual([...new Set(seenB.map(chatOf))], [b.id])
        assert.isAtLeast(seenA.filter((e) => e.type === "message.upserted").length, 4)
        assert.isAtLeast(seenB.filter((e) => e.type === "message.upserted").length, 4)
        // the server was asked for the union
        assert.strictEqual(events.sockets.length, 1)
      }).pipe(Effect.provide(events.layer))
    }), 120_000)

  it.live("a dropped connection signals disconnected, connected and a gap to every subscriber, each for its chats", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      const events = eventsFor(server)
      const chat = server.simulate.newChat({ text: "a" })
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const one = yield* follow(live.events([chat.id]))
        const all = yield* follow(live.events("*"))
        yield* takeUntil(one.next, (e) => e.type === "connected")
        yield* takeUntil(all.next, (e) => e.type === "connected")
        // the next event is the connection's last
        server.faults.add({ kind: "wsClose", afterEvents: 1, times: 1 })
        server.simulate.incomingMessage({ chatID: chat.id, text: "then the drop" })
        const isGap = (e: LiveEvent) => e.type === "gap"
        const afterOne = (yield* takeUntil(one.next, isGap)).filter((e) => e.type !== "message.upserted")
        const afterAll = (yield* takeUntil(all.next, isGap)).filter((e) => chatOf(e) === undefined)
        assert.deepStrictEqual(afterOne.map((e) => e.type), ["disconnected", "connected", "gap"])
        assert.deepStrictEqual(afterAll.map((e) => e.type), ["disconnected", "connected", "gap"])
        assert.deepStrictEqual(afterOne[2], { type: "gap", reason: "reconnect", chatIDs: [chat.id], allChats: false, dropped: 0 })
        const gapAll = afterAll[2]
        assert.isTrue(gapAll?.type === "gap" && gapAll.allChats && gapAll.chatIDs.includes(chat.id))
        assert.strictEqual(events.sockets.length, 2)
      }).pipe(Effect.provide(events.layer))
    }), 120_000)

  it.live("the connection closes when the last stream ends, and the next stream opens a new one", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      const events = eventsFor(server)
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        yield* Effect.scoped(Effect.gen(function*() {
          const one = yield* follow(live.events("*"))
          const two = yield* follow(live.events([]))
          yield* takeUntil(one.next, (e) => e.type === "connected")
          yield* takeUntil(two.next, (e) => e.type === "connected")
          yield* Fiber.interrupt(one.fiber)
          // one stream left: the other keeps the connection
          assert.strictEqual(events.sockets[0]!.readyState, events.sockets[0]!.OPEN)
          assert.strictEqual(events.sockets.length, 1)
        }))
        // the last stream ended: the connection closes
        const first = events.sockets[0]!
        yield* Effect.promise(() =>
          new Promise<void>((resolve) => first.readyState === first.CLOSED ? resolve() : first.once("close", () => resolve()))
        )
        const again = yield* Effect.scoped(Effect.gen(function*() {
          const three = yield* follow(live.events("*"))
          return yield* three.next
        }))
        assert.strictEqual(again.type, "connected")
        assert.strictEqual(events.sockets.length, 2)
      }).pipe(Effect.provide(events.layer))
    }), 120_000)
})

/**
 * Runs an events stream (with `streamOptions`) against a closed port (or the server at `baseUrl`) until `count`
 * connection attempts were logged; the level and text of each attempt's line. With `withDesktop`, `BeeperDesktop` is
 * provided too; `webSocket` is the WebSocket constructor (Node's built-in one by default).
 */
const attemptLines = (
  count: number,
  {
    streamOptions = {},
    withDesktop = false,
    server,
    webSocket = BeeperEvents.layerWebSocketConstructor,
  }: {
    readonly streamOptions?: { readonly logAttempts?: boolean }
    readonly withDesktop?: boolean
    readonly server?: { readonly baseUrl: string; readonly token: string }
    readonly webSocket?: Layer.Layer<Socket.WebSocketConstructor>
  } = {},
) =>
  Effect.gen(function*() {
    const baseUrl = server?.baseUrl ?? `http://127.0.0.1:${yield* Effect.promise(() => closedPort())}`
    const token = server?.token ?? "t"
    const lines: Array<{ level: string; message: string }> = []
    const enough = yield* Deferred.make<void>()
    const logger = Logger.make((options) => {
      const message = String(Array.isArray(options.message) ? options.message[0] : options.message)
      if (!message.includes("live events connecting")) return
      lines.push({ level: options.logLevel, message })
      if (lines.length >= count) Deferred.doneUnsafe(enough, Effect.void)
    })
    const layer = BeeperEvents.layer({
      baseUrl,
      accessToken: Redacted.make(token),
      reconnectSchedule: Schedule.spaced("20 millis"),
    }).pipe(Layer.provide(webSocket), Layer.orDie)
    // with BeeperDesktop, a failed open whose status the runtime hides is checked over HTTP (a 401 is Unauthorized)
    const desktop = BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make(token), retry: false })
      .pipe(Layer.provide(FetchHttpClient.layer), Layer.orDie)
    yield* Effect.scoped(Effect.gen(function*() {
      const live = yield* BeeperEvents
      yield* follow(live.events("*", streamOptions))
      yield* Deferred.await(enough)
    })).pipe(
      Effect.provide(Layer.mergeAll(layer, Logger.layer([logger]), withDesktop ? desktop : Layer.empty)),
      Effect.provideService(References.MinimumLogLevel, "Debug"),
    )
    return { lines: lines.slice(0, count), url: `${baseUrl.replace(/^http/, "ws")}/v1/ws` }
  })

describe("connection attempts are logged", () => {
  it.live("every attempt of the connection is an Info line while a stream asks for it (logAttempts)", () =>
    Effect.gen(function*() {
      const { lines, url } = yield* attemptLines(3, { streamOptions: { logAttempts: true } })
      assert.deepStrictEqual(lines.map((l) => l.level), ["Info", "Info", "Warn"])
      assert.include(lines[0]!.message, `${url} (attempt 1)`)
      assert.include(lines[1]!.message, "(attempt 2; last: ")
      assert.include(lines[2]!.message, "(attempt 3; last: ")
    }), 120_000)

  it.live("without logAttempts the attempts are Debug lines, but after 2, 4, 8, … failures in a row a Warning says so", () =>
    Effect.gen(function*() {
      const { lines } = yield* attemptLines(9)
      assert.deepStrictEqual(lines.map((l) => l.level), ["Debug", "Debug", "Warn", "Debug", "Warn", "Debug", "Debug", "Debug", "Warn"])
      assert.match(lines[2]!.message, /\(attempt 3; last: .*\): not connected after 2 failed attempts in a row/)
      assert.match(lines[8]!.message, /\(attempt 9; last: .*\): not connected after 8 failed attempts in a row/)
      // Node's built-in WebSocket says nothing of why (a closed port, a refused token), and without BeeperDesktop
      // nothing can ask Desktop: the Warning says what to check
      assert.include(lines[2]!.message, "last: could not open the WebSocket (the runtime gives no reason)")
      assert.include(lines[2]!.message, "Check that Beeper Desktop is running at that address and that BEEPER_ACCESS_TOKEN is right")
    }), 120_000)

  it.live("with BeeperDesktop (the token checked over HTTP when an open fails) the Warning names no token to check", () =>
    Effect.gen(function*() {
      const { lines } = yield* attemptLines(3, { withDesktop: true })
      assert.deepStrictEqual(lines.map((l) => l.level), ["Debug", "Debug", "Warn"])
      assert.match(lines[2]!.message, /\(attempt 3; last: could not open the WebSocket\): not connected after 2 failed attempts in a row$/)
    }), 120_000)

  it.live("a runtime that says why an open failed (`ws`: connection refused) has its reason in the Warning", () =>
    Effect.gen(function*() {
      const { lines } = yield* attemptLines(3, { webSocket: layerWsConstructor })
      // (before: "last: could not open the WebSocket", the ECONNREFUSED `ws` reported dropped)
      assert.match(lines[2]!.message, /\(attempt 3; last: could not open the WebSocket \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\): not connected after 2 failed attempts in a row$/)
    }), 120_000)

  it.live("connections that open, then drop before they are stable, are not called failures to connect", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      // every connection is closed (1000) as soon as its subscription is confirmed: each one connected
      server.faults.add({ kind: "wsClose", afterEvents: 0, code: 1000 })
      const { lines } = yield* attemptLines(5, { server: { baseUrl: server.url, token: server.token } })
      assert.deepStrictEqual(lines.map((l) => l.level), ["Debug", "Debug", "Warn", "Debug", "Warn"])
      // (before: "not connected after 2 failed attempts in a row", while the stream had delivered `connected` twice)
      assert.match(
        lines[2]!.message,
        /\(attempt 3; last: closed with code 1000.*\): no stable connection after 2 attempts in a row \(2 connected, then dropped before it was stable\)$/,
      )
      assert.match(lines[4]!.message, /no stable connection after 4 attempts in a row \(4 connected, then dropped/)
    }), 120_000)
})
