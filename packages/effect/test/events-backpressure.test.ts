/**
 * A slow consumer with each overflow strategy. The consumer stalls behind a gate while the server sends a burst;
 * the transport (a recording `ws` constructor) shows what the client read meanwhile.
 * - suspend: the socket stops being read (the `ws` transport is paused) long before the burst is through, and
 *   once the consumer resumes, every event arrives, in order.
 * - drop-oldest: the client keeps reading; the oldest events are dropped, announced by one overflow `gap` naming
 *   their chats, and the newest are kept, in order.
 * - fail: the stream fails with `BufferOverflow`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Deferred, type Duration, Effect, Exit, Fiber, Layer, Redacted, Stream } from "effect"
import {
  BeeperEvents,
  type LiveEvent,
  type OverflowStrategy,
} from "../src/BeeperEvents.ts"
import { type FakeDesktop, fakeDesktop, recordingWsConstructor } from "./events-support.ts"

const BURST = 2000
const CAPACITY = 16

const waitUntil = (condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setImmediate(check))
      check()
    })
  )

/** A burst of `BURST` message.upserted events over 4 chats, then a marker; ~300 bytes each. */
const burst = (desktop: FakeDesktop) => {
  const connection = desktop.connections[0]!
  for (let i = 1; i <= BURST; i++) {
    const m = desktop.addMessage(`chat-${i % 4}`)
    connection.emit({ type: "message.upserted", chatID: m.chatID, ids: [m.id], entries: [m] })
  }
  connection.emit({ type: "chat.deleted", chatID: "end-marker", ids: ["end-marker"] })
}

const isMarker = (e: LiveEvent) => e.type === "chat.deleted" && e.chatID === "end-marker"

/**
 * Subscribes with `strategy`, takes the `connected` signal, then stalls until `gate` opens; afterwards collects
 * until the marker. Returns the server, the transport recording, the gate and the collecting fiber.
 */
const stalledConsumer = (strategy: OverflowStrategy, idleTimeout?: Duration.Input) =>
  Effect.gen(function*() {
    const desktop = yield* fakeDesktop()
    const recording = recordingWsConstructor()
    const layer = BeeperEvents.layer({
      baseUrl: desktop.baseUrl,
      accessToken: Redacted.make(desktop.token),
      bufferCapacity: CAPACITY,
      overflowStrategy: strategy,
      socketHighWaterMark: 16 * 1024,
      ...(idleTimeout === undefined ? {} : { idleTimeout }),
    }).pipe(Layer.provide(recording.layer))
    const gate = yield* Deferred.make<void>()
    const fiber = yield* Effect.gen(function*() {
      const live = yield* BeeperEvents
      let first = true
      return yield* live.events("*").pipe(
        Stream.tap(() => {
          if (!first) return Effect.void
          first = false
          return Deferred.await(gate)
        }),
        Stream.takeUntil(isMarker),
        Stream.runCollect,
      )
    }).pipe(Effect.provide(layer), Effect.forkScoped)
    yield* Effect.promise(() => desktop.whenSubscribed(1))
    burst(desktop)
    return { desktop, recording, gate, fiber }
  })

const sequence = (events: ReadonlyArray<LiveEvent>) =>
  events.flatMap((e) => (e.type === "message.upserted" ? [e.seq] : []))

describe("BeeperEvents backpressure", () => {
  it.live("suspend: stops reading the socket while the consumer stalls, then delivers everything in order", () =>
    Effect.gen(function*() {
      const { recording, gate, fiber } = yield* stalledConsumer("suspend")
      const client = () => recording.sockets[0]
      // the buffer is full and the socket's own buffer reached its mark: the transport is paused
      yield* waitUntil(() => client()?.isPaused === true)
      const readWhileStalled = recording.frames.count
      assert.isBelow(readWhileStalled, BURST / 2)

      yield* Deferred.succeed(gate, undefined)
      const events = yield* Fiber.join(fiber)
      assert.deepStrictEqual(sequence(events), Array.from({ length: BURST }, (_, i) => i + 1))
      assert.isFalse(events.some((e) => e.type === "gap"))
    }))

  it.live("suspend: a consumer stalled for several idle timeouts is not taken for a silent server", () =>
    Effect.gen(function*() {
      // the reader waits on the full buffer, not on the socket: that is no silence, so no liveness check and no drop
      const { desktop, recording, gate, fiber } = yield* stalledConsumer("suspend", "200 millis")
      yield* waitUntil(() => recording.sockets[0]?.isPaused === true)
      yield* Effect.sleep("1200 millis")
      yield* Deferred.succeed(gate, undefined)
      const events = yield* Fiber.join(fiber)
      assert.deepStrictEqual(sequence(events), Array.from({ length: BURST }, (_, i) => i + 1))
      assert.isFalse(events.some((e) => e.type === "disconnected" || e.type === "gap"))
      assert.strictEqual(desktop.connections.length, 1)
    }))

  it.live("drop-oldest: keeps reading, drops the oldest events behind one overflow gap, keeps the newest", () =>
    Effect.gen(function*() {
      const { recording, gate, fiber } = yield* stalledConsumer("drop-oldest")
      // everything reached the client although the consumer did not pull: nothing holds the socket back
      yield* waitUntil(() => recording.frames.count >= BURST + 3)
      yield* Deferred.succeed(gate, undefined)
      const events = yield* Fiber.join(fiber)

      const gaps = events.filter((e) => e.type === "gap")
      assert.isAtLeast(gaps.length, 1)
      const dropped = gaps.reduce((n, g) => n + (g.type === "gap" ? g.dropped : 0), 0)
      const seqs = sequence(events)
      // every event is either delivered or counted as dropped; what is delivered is in order, the newest included
      assert.strictEqual(seqs.length + dropped, BURST)
      assert.deepStrictEqual(seqs, [...seqs].sort((a, b) => a - b))
      assert.strictEqual(seqs[seqs.length - 1], BURST)
      assert.isAbove(dropped, BURST / 2)
      const gap = gaps[0]!
      if (gap.type === "gap") {
        assert.strictEqual(gap.reason, "overflow")
        assert.deepStrictEqual([...gap.chatIDs].sort(), ["chat-0", "chat-1", "chat-2", "chat-3"])
      }
      // the gap comes before the events that follow the drop
      const firstGap = events.findIndex((e) => e.type === "gap")
      assert.isTrue(events.slice(firstGap + 1).every((e) => e.type !== "message.upserted" || e.seq > dropped))
    }))

  it.live("fail: the stream fails with BufferOverflow", () =>
    Effect.gen(function*() {
      const { recording, gate, fiber } = yield* stalledConsumer("fail")
      yield* waitUntil(() => recording.frames.count >= BURST + 3)
      yield* Deferred.succeed(gate, undefined)
      const exit = yield* Fiber.await(fiber)
      assert.isTrue(Exit.isFailure(exit))
      const error = yield* Fiber.join(fiber).pipe(Effect.flip)
      assert.strictEqual(error._tag, "BufferOverflow")
      assert.strictEqual(error._tag === "BufferOverflow" ? error.capacity : 0, CAPACITY)
    }))
})
