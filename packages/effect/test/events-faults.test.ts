/**
 * Faults: 401 on the upgrade (a terminal `Unauthorized`, not a reconnect loop) on `ws` and on Node's built-in
 * WebSocket, a silent server (reconnect) versus a quiet but alive one (no reconnect), a server that cannot be
 * reached (`ConnectionLost` when the schedule gives up), and scope safety (closing the stream closes the socket).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Queue, Redacted, Schedule, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { Socket } from "effect/socket"
import { createServer } from "node:net"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { BeeperDesktop } from "../src/BeeperDesktop.ts"
import { BeeperEvents, type LiveEvent } from "../src/BeeperEvents.ts"
import { acknowledge, type FakeDesktop, fakeDesktop, layerWsConstructor, recordingWsConstructor } from "./events-support.ts"

/**
 * The idle timeout of the liveness tests: far longer than a handshake or an answer to a liveness check takes even
 * on a busy machine (milliseconds), so that only the silence a test arranges trips it.
 */
const IDLE_TIMEOUT = "1 second"

const eventsLayer = (baseUrl: string, token: string, extra: { idleTimeout?: typeof IDLE_TIMEOUT } = {}) =>
  BeeperEvents.layer({
    baseUrl,
    accessToken: Redacted.make(token),
    reconnectSchedule: Schedule.spaced("5 millis").pipe(Schedule.upTo({ times: 2 })),
    ...extra,
  })

const waitUntil = (condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setImmediate(check))
      check()
    })
  )

const collectInto = (stream: Stream.Stream<LiveEvent, unknown>) =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<LiveEvent>()
    const fiber = yield* stream.pipe(Stream.runForEach((e) => Queue.offer(queue, e)), Effect.forkScoped)
    return { next: Queue.take(queue), fiber }
  })

describe("BeeperEvents faults", () => {
  it.live("401 on the upgrade (ws): fails with Unauthorized after one attempt", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(desktop.baseUrl, "wrong-token").pipe(Layer.provide(layerWsConstructor))))
      assert.strictEqual(error._tag, "Unauthorized")
      if (error._tag === "Unauthorized") {
        assert.strictEqual(error.status, 401)
        assert.strictEqual(error.path, "/v1/ws")
        assert.notInclude(JSON.stringify(error), "wrong-token")
      }
      assert.strictEqual(desktop.refused.count, 1)
    }))

  it.live("403 on the upgrade: fails with Forbidden, no reconnect", () =>
    Effect.gen(function*() {
      const { createServer: createHttpServer } = yield* Effect.promise(() => import("node:http"))
      let attempts = 0
      const server = createHttpServer()
      server.on("upgrade", (_req, socket) => {
        attempts++
        upgradeSocket(socket).end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
      })
      yield* Effect.acquireRelease(
        Effect.promise(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))),
        () => Effect.promise(() => new Promise<void>((resolve) => server.close(() => resolve()))),
      )
      const { port } = server.address() as { port: number }
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(`http://127.0.0.1:${port}`, "t").pipe(Layer.provide(layerWsConstructor))))
      assert.strictEqual(error._tag, "Forbidden")
      assert.strictEqual(attempts, 1)
    }))

  it.live("401 on Node's built-in WebSocket (no status reported): one HTTP probe through BeeperDesktop decides", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const desktopLayer = BeeperDesktop.layer({ baseUrl: desktop.baseUrl, accessToken: Redacted.make("wrong-token") })
        .pipe(Layer.provide(FetchHttpClient.layer))
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(
        // no WebSocketConstructor given: the default one over globalThis.WebSocket
        Effect.provide(Layer.merge(eventsLayer(desktop.baseUrl, "wrong-token"), desktopLayer)),
      )
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual(desktop.refused.count, 1)
      assert.deepStrictEqual(desktop.httpRequests, ["GET /v1/accounts"])
    }))

  it.live("without a status and without BeeperDesktop, a refused upgrade is retried until the schedule ends", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(desktop.baseUrl, "wrong-token")))
      assert.strictEqual(error._tag, "ConnectionLost")
      assert.strictEqual(desktop.refused.count, 3)
    }))

  it.live("a WebSocket the runtime refuses to dial (Deno's NotCapable) ends the stream with ConnectionLost, no reconnect", () =>
    Effect.gen(function*() {
      let dials = 0
      const refusing = Layer.succeed(Socket.WebSocketConstructor)(() => {
        dials++
        throw Object.assign(
          new Error('Requires net access to "127.0.0.1:1", run again with the --allow-net flag'),
          { name: "NotCapable" },
        )
      })
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer("http://127.0.0.1:1", "a-token").pipe(Layer.provide(refusing))))
      assert.strictEqual(error._tag, "ConnectionLost")
      assert.include(error.message, "NotCapable: Requires net access")
      assert.strictEqual(dials, 1)
    }))

  it.live("a WebSocket that refuses headers (a browser, Deno before 2.5) is not dialled without the token: ConnectionLost says why", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const dials: Array<unknown> = []
      // Deno 2.4's constructor: an options object is read as a protocol and refused
      class HeaderlessWebSocket {
        constructor(_url: string, options?: unknown) {
          dials.push(options)
          if (typeof options === "object" && options !== null && !Array.isArray(options)) {
            throw new SyntaxError("Invalid protocol value.")
          }
          throw new Error("dialled without the token")
        }
      }
      const original = globalThis.WebSocket
      yield* Effect.acquireRelease(
        Effect.sync(() => (globalThis.WebSocket = HeaderlessWebSocket as unknown as typeof WebSocket)),
        () => Effect.sync(() => (globalThis.WebSocket = original)),
      )
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(desktop.baseUrl, desktop.token)))
      assert.strictEqual(error._tag, "ConnectionLost")
      assert.include(error.message, "cannot send the Authorization header on the upgrade")
      assert.include(error.message, "Invalid protocol value.")
      // one dial, with the headers; never one without them (which Desktop would answer 401, read as a refused token)
      assert.strictEqual(dials.length, 1)
    }).pipe(Effect.scoped))

  it.live("the default constructor sends the token in the Authorization header (Node ≥ 22.19)", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const first = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.take(1), Stream.runCollect)
      }).pipe(Effect.provide(eventsLayer(desktop.baseUrl, desktop.token)))
      assert.deepStrictEqual(first, [{ type: "connected", connection: 1, chatIDs: ["*"] }])
    }))

  it.live("fails with ConnectionLost when nothing listens and the schedule gives up", () =>
    Effect.gen(function*() {
      // a port that was free a moment ago
      const port = yield* Effect.promise(() =>
        new Promise<number>((resolve) => {
          const server = createServer().listen(0, "127.0.0.1", () => {
            const { port } = server.address() as { port: number }
            server.close(() => resolve(port))
          })
        })
      )
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runCollect, Effect.flip)
      }).pipe(Effect.provide(eventsLayer(`http://127.0.0.1:${port}`, "t").pipe(Layer.provide(layerWsConstructor))))
      assert.strictEqual(error._tag, "ConnectionLost")
      assert.strictEqual(error._tag === "ConnectionLost" ? error.attempts : 0, 3)
    }))

  it.live("a silent server (no answer to the liveness check) is dropped and reconnected, with a gap", () =>
    Effect.gen(function*() {
      // the first connection goes silent after the handshake: it ignores everything, even subscriptions.set
      const desktop = yield* fakeDesktop({
        onSubscribe: (connection, frame) => {
          if (connection.index === 1 && connection.received.length > 1) return
          acknowledge(connection, frame)
        },
      })
      const events = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events(["c1"]).pipe(Stream.take(4), Stream.runCollect)
      }).pipe(
        Effect.provide(
          eventsLayer(desktop.baseUrl, desktop.token, { idleTimeout: IDLE_TIMEOUT }).pipe(
            Layer.provide(layerWsConstructor),
          ),
        ),
      )
      assert.deepStrictEqual(events.map((e) => e.type), ["connected", "disconnected", "connected", "gap"])
      assert.include(events[1]?.type === "disconnected" ? events[1].message : "", "no answer to a liveness check")
      assert.deepStrictEqual(events[3], { type: "gap", reason: "reconnect", chatIDs: ["c1"], allChats: false, dropped: 0 })
      // the liveness check was a second subscriptions.set of the same set, on the first connection
      assert.deepStrictEqual(
        desktop.connections[0]?.received.map((f) => f["chatIDs"]),
        [["c1"], ["c1"]],
      )
    }))

  it.live("a quiet server that answers the liveness check keeps its connection", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop({
        onSubscribe: (connection, frame) => {
          acknowledge(connection, frame)
          // once the liveness check came (the second set), send an event
          if (connection.received.length === 2) connection.emit({ type: "chat.upserted", chatID: "c1", ids: ["c1"] })
        },
      })
      const events = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events(["c1"]).pipe(Stream.take(2), Stream.runCollect)
      }).pipe(
        Effect.provide(
          eventsLayer(desktop.baseUrl, desktop.token, { idleTimeout: IDLE_TIMEOUT }).pipe(
            Layer.provide(layerWsConstructor),
          ),
        ),
      )
      assert.deepStrictEqual(events.map((e) => e.type), ["connected", "chat.upserted"])
      assert.strictEqual(desktop.connections.length, 1)
    }))

  it.live("closing the stream's scope closes the socket; nothing reconnects afterwards", () =>
    Effect.gen(function*() {
      const desktop: FakeDesktop = yield* fakeDesktop()
      const recording = recordingWsConstructor()
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const { next, fiber } = yield* collectInto(live.events("*"))
        yield* next
        assert.strictEqual(desktop.openConnections(), 1)
        yield* Fiber.interrupt(fiber)
      }).pipe(
        Effect.provide(eventsLayer(desktop.baseUrl, desktop.token).pipe(Layer.provide(recording.layer))),
      )
      const client = recording.sockets[0]!
      yield* waitUntil(() => client.readyState === client.CLOSED && desktop.openConnections() === 0)
      assert.strictEqual(recording.sockets.length, 1)
      assert.strictEqual(desktop.connections.length, 1)
    }))
})
