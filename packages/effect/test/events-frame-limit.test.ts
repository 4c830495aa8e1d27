/**
 * Size bounds against a hostile Desktop: a frame over `maxFrameBytes` (default 16 MiB) is not read — the connection
 * is dropped with a `disconnected` signal naming the size and the limit, and the stream goes on — on Node's built-in
 * WebSocket and on `ws`; and a stalled consumer's buffer is bounded by the size of its frames (`bufferMaxBytes`), not
 * only by their count. Bounded by events and counts, not by timing.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Queue, Redacted, Schedule, Stream } from "effect"
import type { Socket } from "effect/socket"
import { BeeperEvents, type LiveEvent } from "../src/BeeperEvents.ts"
import { fakeDesktop, layerWsConstructor } from "./events-support.ts"
import { type RawConnection, startRawWsServer } from "./support/rawWsServer.ts"

const MiB = 1024 * 1024
const token = "frame-limit-token"

/** A `message.deleted` frame of exactly `bytes`, padded with an unknown field. */
const eventOfSize = (seq: number, bytes: number): string => {
  const head = `{"type":"message.deleted","seq":${seq},"ts":1739320000000,"chatID":"c1","ids":["m${seq}"],"pad":"`
  return head + "a".repeat(bytes - head.length - 2) + `"}`
}

const collect = (stream: Stream.Stream<LiveEvent, unknown>) =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<LiveEvent>()
    yield* stream.pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
    return Queue.take(queue)
  })

const oversized = (constructor: Layer.Layer<Socket.WebSocketConstructor> | undefined) =>
  Effect.gen(function*() {
    // the first connection gets a 20 MiB frame, the next ones only their acknowledgement
    const server = yield* Effect.acquireRelease(
      Effect.promise(() =>
        startRawWsServer((connection: RawConnection) => {
          if (connection === server.connections[0]) connection.send(eventOfSize(1, 20 * MiB))
        })
      ),
      (server) => Effect.promise(() => server.close()),
    )
    const layer = BeeperEvents.layer({
      baseUrl: server.baseUrl,
      accessToken: Redacted.make(token),
      reconnectSchedule: Schedule.spaced("10 millis"),
    })
    const next = yield* Effect.gen(function*() {
      const live = yield* BeeperEvents
      return yield* collect(live.events("*"))
    }).pipe(Effect.provide(constructor === undefined ? layer : layer.pipe(Layer.provide(constructor))))
    const seen: Array<LiveEvent> = []
    while (!seen.some((event) => event.type === "connected" && event.connection === 2)) seen.push(yield* next)
    return seen
  })

describe("BeeperEvents size bounds", () => {
  for (const [name, constructor] of [["Node's built-in WebSocket", undefined], ["ws", layerWsConstructor]] as const) {
    it.live(`a 20 MiB frame (${name}): the connection is dropped, saying why, and the stream goes on`, () =>
      Effect.gen(function*() {
        const seen = yield* oversized(constructor)
        assert.deepStrictEqual(seen.map((event) => event.type), ["connected", "disconnected", "connected"])
        const disconnected = seen.find((event) => event.type === "disconnected")
        assert.strictEqual(
          disconnected?.type === "disconnected" ? disconnected.message : undefined,
          "closed with code 1009 (a frame of 20 MiB was over maxFrameBytes (16 MiB): not read, the connection is closed)",
        )
        // the oversized frame never reached the consumer
        assert.isFalse(seen.some((event) => event.type === "message.deleted"))
      }).pipe(Effect.scoped), { timeout: 60_000 })
  }

  it.live("a stalled consumer's buffer holds frames up to bufferMaxBytes, not 1,024 of any size", () =>
    Effect.gen(function*() {
      const frames = 40
      const desktop = yield* fakeDesktop({ token })
      const layer = BeeperEvents.layer({ baseUrl: desktop.baseUrl, accessToken: Redacted.make(token) }).pipe(
        Layer.provide(layerWsConstructor),
      )
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        // a watcher that keeps up, and a stream whose consumer is stalled until everything reached its buffer
        const watcher = yield* collect(live.events("*", { bufferMaxBytes: 256 * MiB }))
        const stalled = yield* Queue.unbounded<LiveEvent>()
        const gate = yield* Queue.unbounded<void>()
        yield* live.events("*", { overflowStrategy: "drop-oldest", bufferMaxBytes: 4 * MiB }).pipe(
          Stream.runForEach((event) =>
            Effect.andThen(Queue.offer(stalled, event), event.type === "connected" ? Queue.take(gate) : Effect.void)
          ),
          Effect.forkScoped,
        )
        const connection = yield* Effect.promise(() => desktop.whenSubscribed(1))
        while ((yield* watcher).type !== "connected");
        assert.strictEqual((yield* Queue.take(stalled)).type, "connected")
        for (let seq = 1; seq <= frames; seq++) connection.sendRaw(eventOfSize(seq, MiB))
        // a first marker, then a second one once the watcher saw the first: by then the session has handed the first
        // (and every frame before it) to both streams' buffers
        connection.sendRaw(eventOfSize(frames + 1, 100))
        while (!isSeq(yield* watcher, frames + 1));
        connection.sendRaw(eventOfSize(frames + 2, 100))
        while (!isSeq(yield* watcher, frames + 2));
        yield* Queue.offer(gate, undefined)
        const delivered: Array<LiveEvent> = []
        while (delivered.length === 0 || !isSeq(delivered[delivered.length - 1]!, frames + 2)) {
          delivered.push(yield* Queue.take(stalled))
        }
        const big = delivered.filter((event) => event.type === "message.deleted" && event.seq <= frames)
        // at most 4 MiB of 1 MiB frames were held (plus the one that crossed the budget), not all 40
        assert.isAtMost(big.length, 5)
        const gap = delivered[0]!
        assert.strictEqual(gap.type, "gap")
        if (gap.type === "gap") {
          assert.strictEqual(gap.reason, "overflow")
          // nothing vanished: every event is either delivered or counted in the gap
          const events = delivered.filter((event) => event.type === "message.deleted").length
          assert.strictEqual(gap.dropped + events, frames + 2)
        }
      }).pipe(Effect.provide(layer))
    }).pipe(Effect.scoped), { timeout: 60_000 })
})

const isSeq = (event: LiveEvent, seq: number): boolean => event.type === "message.deleted" && event.seq === seq
