// The events buffer between the socket reader and the consumer: offers made while the consumer waits reach it in
// one batch, and a consumer that is waiting is never treated as "behind" by an overflow strategy.
import { heapAfterGc } from "@beeper-kit/testkit/memory"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Stream } from "effect"
import * as EventBuffer from "../src/events/EventBuffer.ts"
import type { OverflowStrategy } from "../src/events/EventBuffer.ts"

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
