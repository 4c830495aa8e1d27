// The events buffer between the socket reader and the consumer: offers made while the consumer waits reach it in
// one batch, and a consumer that is waiting is never treated as "behind" by an overflow strategy.
import { heapAfterGc } from "@beeper-kit/testkit/memory"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Stream } from "effect"
import * as EventBuffer from "../src/events/EventBuffer.ts"
import type { OverflowStrategy } from "../src/events/EventBuffer.ts"
import { isDroppable, type LiveEvent, overflowGap } from "../src/events/LiveEvent.ts"

const bufferOf = (strategy: OverflowStrategy) =>
  EventBuffer.make<number | "overflow", never>({ capacity: 2, strategy, onDrop: () => "overflow" })

describe("EventBuffer", () => {
  for (const strategy of ["suspend", "drop-oldest", "fail"] as const) {
    it.effect(`${strategy}: a burst larger than the capacity, offered while the consumer waits, arrives whole`, () =>
      Effect.gen(function*() {
        const buffer = yield* bufferOf(strategy)
        const batches: Array<ReadonlyArray<number | "overflow">> = []
        const consumer = yield* buffer.stream.pipe(
          Stream.chunks,
          Stream.tap((batch) => Effect.sync(() => batches.push(batch))),
          Stream.runDrain,
          Effect.forkChild,
        )
        yield* Effect.yieldNow
        // one synchronous burst, as a socket batch is handled: three offers, capacity two
        const accepted = [yield* buffer.offer(1), yield* buffer.offer(2), yield* buffer.offer(3)]
        yield* buffer.end
        yield* Fiber.join(consumer)
        assert.deepStrictEqual(accepted, [true, true, true])
        assert.deepStrictEqual(batches.flat(), [1, 2, 3])
        assert.isAtMost(batches.length, 2)
      }))
  }

  describe("byte budget (maxBytes): full at the budget as at the capacity, whatever the strategy", () => {
    // elements are their own size: a stalled consumer, offers of 10 bytes each, a budget of 25 and room for 1,000
    const sized = (strategy: OverflowStrategy) =>
      EventBuffer.make<number | "overflow", never>({
        capacity: 1_000,
        maxBytes: 25,
        sizeOf: (a) => (a === "overflow" ? 0 : 10),
        strategy,
        onDrop: () => "overflow",
      })

    it.effect("suspend: the reader waits once the buffered elements reach the budget; nothing is lost", () =>
      Effect.gen(function*() {
        const buffer = yield* sized("suspend")
        const offered: Array<number> = []
        const producer = yield* Effect.forEach(
          Array.from({ length: 10 }, (_, i) => i + 1),
          (i) => Effect.andThen(buffer.offer(i), Effect.sync(() => offered.push(i))),
        ).pipe(Effect.forkChild)
        yield* Effect.yieldNow
        yield* Effect.yieldNow
        // 3 elements (30 bytes) crossed the budget: the 4th waits, whatever room the capacity leaves
        assert.deepStrictEqual(offered, [1, 2, 3])
        assert.isUndefined(producer.pollUnsafe())
        const out: Array<number | "overflow"> = []
        yield* buffer.stream.pipe(
          Stream.take(10),
          Stream.runForEach((a) => Effect.sync(() => out.push(a))),
        )
        yield* Fiber.join(producer)
        assert.deepStrictEqual(out, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      }))

    it.effect("drop-oldest: the oldest are dropped until the rest is within the budget, announced by one record", () =>
      Effect.gen(function*() {
        const buffer = yield* sized("drop-oldest")
        for (let i = 1; i <= 10; i++) yield* buffer.offer(i)
        yield* buffer.end
        assert.deepStrictEqual(yield* Stream.runCollect(buffer.stream), ["overflow", 8, 9, 10])
      }))

    it.effect("fail: the stream fails with BufferOverflow at the budget", () =>
      Effect.gen(function*() {
        const buffer = yield* sized("fail")
        const accepted: Array<boolean> = []
        for (let i = 1; i <= 5; i++) accepted.push(yield* buffer.offer(i))
        assert.deepStrictEqual(accepted, [true, true, true, false, false])
        const error = yield* buffer.stream.pipe(Stream.runCollect, Effect.flip)
        assert.strictEqual(error._tag, "BufferOverflow")
        assert.include(error.message, "25 bytes")
      }))

    it.effect("an element larger than the budget still fits an empty buffer", () =>
      Effect.gen(function*() {
        const buffer = yield* EventBuffer.make<number, never>({ capacity: 10, maxBytes: 5, sizeOf: (a) => a, strategy: "fail" })
        assert.isTrue(yield* buffer.offer(100))
        assert.isFalse(yield* buffer.offer(1))
      }))
  })

  it.effect("drop-oldest: kept elements stay in place among the drops; each drop is O(1) work", () =>
    Effect.gen(function*() {
      // strings are kept (signals), numbers may be dropped; the overflow record lists what was dropped
      let inspected = 0
      const buffer = yield* EventBuffer.make<number | string | Array<number>, never>({
        capacity: 4,
        strategy: "drop-oldest",
        isDroppable: (a) => {
          inspected++
          return typeof a === "number"
        },
        overflow: () => {
          const dropped: Array<number> = []
          return { add: (a) => dropped.push(a as number), record: () => dropped }
        },
      })
      for (const a of ["connected", 1, "gap", 2]) yield* buffer.offer(a)
      for (let i = 3; i <= 2_000; i++) yield* buffer.offer(i)
      yield* buffer.end
      const out = yield* Stream.runCollect(buffer.stream)
      const dropped = Array.from({ length: 1_998 }, (_, i) => i + 1)
      // the record first, then the kept signals in their order, then the newest
      assert.deepStrictEqual(out, [dropped, "connected", "gap", 1_999, 2_000])
      // the kept signals at the front are looked at once, not once per drop
      assert.isAtMost(inspected, 2 * 2_000)
    }))

  it.effect("drop-oldest: a gap pushed out by the flood is folded into the overflow gap, its allChats and count kept", () =>
    Effect.gen(function*() {
      // As BeeperEvents builds its buffers: events may be dropped, signals only when nothing else is buffered. A
      // stalled consumer of capacity 1 holds a gap of every chat; two events follow. The first pushes the gap out (no
      // event to drop instead), the second pushes the first out: the one overflow gap must still say "every chat"
      // (else fillGaps() fills only c1) and count the folded gap's 3, the gap itself and the first event.
      const buffer = yield* EventBuffer.make<LiveEvent, never>({
        capacity: 1,
        strategy: "drop-oldest",
        isDroppable,
        overflow: overflowGap,
      })
      const event = (seq: number): LiveEvent => ({ type: "message.deleted", seq, ts: 0, chatID: "c1", ids: [`m${seq}`] })
      yield* buffer.offer({ type: "gap", reason: "overflow", chatIDs: ["c0"], allChats: true, dropped: 3 })
      yield* buffer.offer(event(1))
      yield* buffer.offer(event(2))
      yield* buffer.end
      const out = yield* Stream.runCollect(buffer.stream)
      assert.deepStrictEqual(out, [
        { type: "gap", reason: "overflow", chatIDs: ["c0", "c1"], allChats: true, dropped: 5 },
        event(2),
      ])
    }))

  it.effect("drop-oldest: a signal the consumer has not taken at the head does not make each drop keep a slot", () =>
    Effect.gen(function*() {
      // A stalled consumer with `connected` (kept) at the head, and a flood behind it: drops make holes after the
      // head, which the head cannot move past. 2,000,000 drops kept ~16–32 MiB of slots before the holes were taken
      // out; a buffer of 4 holds next to nothing.
      const buffer = yield* EventBuffer.make<number | string, never>({
        capacity: 4,
        strategy: "drop-oldest",
        isDroppable: (a) => typeof a === "number",
        onDrop: () => 0,
      })
      yield* buffer.offer("connected")
      const baseline = heapAfterGc()
      for (let i = 1; i <= 2_000_000; i++) yield* buffer.offer(i)
      const grownMiB = heapAfterGc() - baseline
      assert.isBelow(grownMiB, 4, `a buffer of 4 grew the heap by ${grownMiB.toFixed(1)} MiB`)
      yield* buffer.end
      const out = yield* Stream.runCollect(buffer.stream)
      // the overflow record first, then the kept signal, then the newest three
      assert.deepStrictEqual(out, [0, "connected", 1_999_998, 1_999_999, 2_000_000])
    }), 120_000)
})
