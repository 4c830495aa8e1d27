// The events buffer between the socket reader and the consumer: offers made while the consumer waits reach it in
// one batch, and a consumer that is waiting is never treated as "behind" by an overflow strategy.
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
})
