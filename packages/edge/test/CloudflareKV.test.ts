/**
 * `BeeperEdge.layerCheckpointKV`: delivery checkpoints in a Workers KV namespace (here a Map behind the binding's
 * shape, listing in pages of 2 as KV pages its keys) — a checkpoint read back by a new layer, a value that is not one
 * failing with `CheckpointCorrupt`, a binding that is missing or no namespace refused when the layer is built; and
 * Workers KV's one write per second to a key (a faster one refused with a 429, as workerd does), on the test clock:
 * writes paced and merged, a 429 from elsewhere tried again, bounded; and a put slower than its caller's patience:
 * the caller stops waiting, the put lands all the same.
 */
import { Checkpoints } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Clock, Effect, Exit, Fiber, Option } from "effect"
import { TestClock } from "effect/testing"
import { BeeperEdge } from "../src/index.ts"
import { make as makeKVStore } from "../src/CloudflareKV.ts"

interface FakeNamespace extends BeeperEdge.KVNamespaceLike {
  readonly data: Map<string, string>
  /** Every put that landed: key, value, and when (by `now`). */
  readonly puts: Array<{ key: string; value: string; at: number }>
}

/**
 * A namespace in a Map; with `now`, a put to a key less than a second after the last one to it fails as Workers KV's
 * does, and `refuse(key)` may refuse more (a write from elsewhere).
 */
const fakeNamespace = (now?: () => number, refuse: (key: string) => boolean = () => false): FakeNamespace => {
  const data = new Map<string, string>()
  const puts: Array<{ key: string; value: string; at: number }> = []
  return {
    data,
    puts,
    get: (key) => Promise.resolve(data.get(key) ?? null),
    put: (key, value) => {
      const at = now?.() ?? 0
      const last = puts.findLast((p) => p.key === key)
      if (refuse(key) || (now !== undefined && last !== undefined && at - last.at < 1000)) {
        return Promise.reject(new Error("KV PUT failed: 429 Too Many Requests"))
      }
      puts.push({ key, value, at })
      return Promise.resolve(void data.set(key, value))
    },
    delete: (key) => Promise.resolve(void data.delete(key)),
    list: (options = {}) => {
      const names = [...data.keys()].filter((k) => k.startsWith(options.prefix ?? "")).sort()
      const start = options.cursor === undefined ? 0 : Number(options.cursor)
      const end = start + 2
      return Promise.resolve({
        keys: names.slice(start, end).map((name) => ({ name })),
        list_complete: end >= names.length,
        ...(end >= names.length ? {} : { cursor: String(end) }),
      })
    },
  }
}

/**
 * A namespace whose puts land only when let go (`held`, in order): far slower than `handleIncoming`'s 10 s at its end.
 * `namespace` is the fake behind it, where the puts that landed are recorded.
 */
const slowNamespace = (now: () => number) => {
  const held: Array<() => void> = []
  const namespace = fakeNamespace(now)
  const put = namespace.put
  const slow: BeeperEdge.KVNamespaceLike = {
    ...namespace,
    put: (key, value) => new Promise<void>((resolve) => held.push(() => resolve(put(key, value)))),
  }
  return { namespace, slow, held }
}

const cursor = (chatID: string) => ({ chatID, id: "7", sortKey: "0007", timestamp: undefined, recent: ["7"] })

describe("BeeperEdge.layerCheckpointKV", () => {
  it.effect("checkpoints of several chats are read back through a new layer (KV listed page by page)", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace()
      yield* Checkpoints.use((c) => Effect.forEach(["a", "b", "c"], (chat) => c.save(cursor(chat)))).pipe(
        Effect.provide(BeeperEdge.layerCheckpointKV(namespace)),
      )
      const loaded = yield* Checkpoints.use((c) => c.load).pipe(Effect.provide(BeeperEdge.layerCheckpointKV(namespace)))
      assert.deepStrictEqual([...loaded.keys()].sort(), ["a", "b", "c"])
      // (a checkpoint keeps only the recent IDs after its own message, those sharing its sortKey: none here)
      assert.deepStrictEqual(loaded.get("b"), { ...cursor("b"), recent: [] })
    }))

  // (before: accepted; the first read failed `CheckpointUnavailable: Workers KV get failed …: Cannot read properties of
  // undefined (reading 'get')`, as if KV were down)
  for (const [what, binding, pattern] of [
    ["missing (undefined: not in the Worker's configuration)", undefined, /the KV namespace binding is missing \(got undefined\)/],
    ["null", null, /the KV namespace binding is missing \(got null\)/],
    ["a string", "BOT_CHECKPOINTS", /the KV namespace binding is not a KV namespace \(got string\)/],
    ["an object without put and delete", { get: () => {}, list: () => {} }, /not a KV namespace \(it has no put, delete\)/],
  ] as const) {
    it.effect(`a binding that is ${what} is a TypeError naming the binding when the layer is built`, () =>
      Effect.gen(function*() {
        const exit = yield* Effect.exit(
          Checkpoints.use((c) => c.load).pipe(Effect.provide(BeeperEdge.layerCheckpointKV(binding as never))),
        )
        assert.isTrue(Exit.isFailure(exit), "the layer was built")
        const defect = Exit.isFailure(exit) ? exit.cause.reasons.find(Cause.isDieReason)?.defect : undefined
        assert.instanceOf(defect, TypeError, Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "")
        assert.match((defect as TypeError).message, /^BeeperEdge\.layerCheckpointKV: /)
        assert.match((defect as TypeError).message, pattern)
        assert.include((defect as TypeError).message, "an object with get, put, list and delete")
      }))
  }

  it.effect("a waitUntil that is not a function is a TypeError naming it when the layer is built", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(
        Checkpoints.use((c) => c.load).pipe(
          Effect.provide(BeeperEdge.layerCheckpointKV(fakeNamespace(), { waitUntil: "ctx.waitUntil" as never })),
        ),
      )
      const defect = Exit.isFailure(exit) ? exit.cause.reasons.find(Cause.isDieReason)?.defect : undefined
      assert.instanceOf(defect, TypeError, Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "the layer was built")
      assert.strictEqual(
        (defect as TypeError).message,
        "BeeperEdge.layerCheckpointKV: waitUntil must be a function, e.g. (promise) => ctx.waitUntil(promise) (got string)",
      )
    }))

  it.effect("a foreign value fails with CheckpointCorrupt", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace()
      namespace.data.set("beeper-kit/incoming/chat/a", "{\"last\":12}")
      const error = yield* Checkpoints.use((c) => c.load).pipe(
        Effect.provide(BeeperEdge.layerCheckpointKV(namespace)),
        Effect.flip,
      )
      assert.strictEqual(error._tag, "CheckpointCorrupt")
    }))
})

describe("BeeperEdge.layerCheckpointKV: one write per second to a key", () => {
  const testNow = Effect.gen(function*() {
    const clock = yield* Clock.Clock
    return () => clock.currentTimeMillisUnsafe()
  })
  /** Moves the test clock on by `seconds`, one second at a time, letting the forked writes run in between. */
  const seconds = (n: number) =>
    Effect.gen(function*() {
      for (let i = 0; i < n; i++) {
        yield* Effect.yieldNow
        yield* TestClock.adjust("1 second")
      }
    })
  const at = (sortKey: string) => ({ chatID: "a", id: sortKey, sortKey, timestamp: undefined, recent: [sortKey] })

  it.effect("two acknowledgements in one chat within a second both land: the second waits for the window (no 429)", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace(yield* testNow)
      const saves = yield* Checkpoints.use((c) => Effect.andThen(c.save(at("0001")), c.save(at("0002")))).pipe(
        Effect.provide(BeeperEdge.layerCheckpointKV(namespace)),
        Effect.forkChild,
      )
      yield* seconds(3)
      yield* Fiber.join(saves)
      const chat = namespace.puts.filter((p) => p.key === "beeper-kit/incoming/chat/a")
      assert.deepStrictEqual(chat.map((p) => JSON.parse(p.value).sortKey), ["0001", "0002"])
      assert.isAtLeast(chat[1]!.at - chat[0]!.at, 1000)
    }))

  it.effect("a chat's write waiting for its window holds back no other chat's: chats' checkpoints are written side by side", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace(yield* testNow)
      yield* Checkpoints.use((c) =>
        Effect.gen(function*() {
          yield* c.save(at("0001"))
          // a second checkpoint of chat a within the second: it waits for a's window
          const second = yield* Effect.forkChild(c.save(at("0002")))
          yield* Effect.yieldNow
          // chat b's lands meanwhile, the clock not moved (before, every save of the store waited for a's window: a
          // shutdown writing many chats took a window per chat, and gave up with checkpoints unwritten)
          const b = yield* c.save(cursor("b")).pipe(Effect.timeoutOption("20 seconds"), TestClock.withLive)
          yield* seconds(2)
          yield* Fiber.join(second)
          assert.isTrue(Option.isSome(b), "chat b's save waited for chat a's window")
        })
      ).pipe(Effect.provide(BeeperEdge.layerCheckpointKV(namespace)))
      const [first, b, second] = namespace.puts
      assert.deepStrictEqual([first?.key, b?.key, second?.key], [
        "beeper-kit/incoming/chat/a",
        "beeper-kit/incoming/chat/b",
        "beeper-kit/incoming/chat/a",
      ])
      assert.strictEqual(b!.at, first!.at)
      assert.isAtLeast(second!.at - first!.at, 1000)
    }))

  it.effect("writes asked for while one waits are merged: the newest value lands once, and every caller resumes then", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace(yield* testNow)
      const store = makeKVStore(namespace)
      yield* store.set("k", "1")
      const resumed: Array<string> = []
      const later = yield* Effect.forEach(["2", "3", "4"], (value) =>
        Effect.forkChild(Effect.andThen(store.set("k", value), Effect.sync(() => resumed.push(value)))))
      yield* Effect.yieldNow
      assert.deepStrictEqual(resumed, [], "no caller resumes before its write landed")
      // a read sees the newest value asked for, not KV's older copy
      assert.strictEqual(yield* store.get("k"), "4")
      yield* seconds(2)
      yield* Fiber.joinAll(later)
      assert.deepStrictEqual(namespace.puts.map((p) => p.value), ["1", "4"])
      assert.deepStrictEqual(resumed.sort(), ["2", "3", "4"])
      assert.strictEqual(namespace.data.get("k"), "4")
    }))

  it.effect("a 429 (a write from elsewhere) is tried again after the window; a key that stays refused fails, bounded", () =>
    Effect.gen(function*() {
      let refusals = 2
      const namespace = fakeNamespace(yield* testNow, (key) => key === "flaky" && refusals-- > 0)
      const store = makeKVStore(namespace)
      const flaky = yield* Effect.forkChild(store.set("flaky", "v"))
      yield* seconds(3)
      yield* Fiber.join(flaky)
      assert.strictEqual(namespace.data.get("flaky"), "v")

      let attempts = 0
      const refusing = makeKVStore(fakeNamespace(yield* testNow, () => (attempts++, true)))
      const failed = yield* Effect.forkChild(Effect.flip(refusing.set("k", "v")))
      yield* seconds(6)
      const error = yield* Fiber.join(failed)
      assert.include(String(error.cause), "429")
      assert.strictEqual(attempts, 4) // the write and three retries
    }))

  it.effect("a caller stops waiting for a slow put when interrupted; the put still lands, and the callers merged into it resume", () =>
    Effect.gen(function*() {
      const { namespace, slow, held } = slowNamespace(yield* testNow)
      const store = makeKVStore(slow)
      const first = yield* Effect.forkChild(store.set("k", "1"))
      while (held.length < 1) yield* Effect.yieldNow
      // the next write waits for the first; a third merges into it
      const second = yield* Effect.forkChild(store.set("k", "2"))
      const third = yield* Effect.forkChild(store.set("k", "3"))
      yield* Effect.yieldNow
      const stopping = yield* Effect.forkChild(Fiber.interruptAll([first, second]))
      for (let i = 0; i < 100 && stopping.pollUnsafe() === undefined; i++) yield* Effect.yieldNow
      const stoppedBeforeThePut = stopping.pollUnsafe() !== undefined
      held.shift()!()
      yield* seconds(2)
      while (held.length < 1) yield* Effect.yieldNow
      held.shift()!()
      yield* Fiber.join(third)
      yield* Fiber.join(stopping)
      // (before: the interruption waited for the put, as long as it took: handleIncoming returned when a slow KV
      // write ended, long past its 10 s)
      assert.isTrue(stoppedBeforeThePut, "the interruption waited for the put")
      assert.deepStrictEqual(namespace.puts.map((p) => p.value), ["1", "3"])
      assert.strictEqual(namespace.data.get("k"), "3")
      assert.strictEqual(yield* store.get("k"), "3")
    }))

  it.effect("with waitUntil, a write its caller stopped waiting for is handed to the Worker: its promise settles when the put lands", () =>
    Effect.gen(function*() {
      const { namespace, slow, held } = slowNamespace(yield* testNow)
      const handed: Array<Promise<unknown>> = []
      const settled: Array<boolean> = []
      const store = makeKVStore(slow, {
        waitUntil: (promise) => {
          const index = handed.push(promise) - 1
          settled[index] = false
          void promise.then(() => settled[index] = true)
        },
      })
      const caller = yield* Effect.forkChild(store.set("k", "1"))
      while (held.length < 1) yield* Effect.yieldNow
      // handleIncoming stops waiting (its 10 s at the end): the caller is interrupted, the put is still in flight
      yield* Fiber.interrupt(caller)
      for (let i = 0; i < 20; i++) yield* Effect.yieldNow
      // (before: nothing was handed to the Worker, which could end with the put cut off)
      assert.strictEqual(handed.length, 1, "the write was not handed to waitUntil")
      assert.deepStrictEqual(settled, [false], "the promise settled before the put landed")
      held.shift()!()
      yield* Effect.promise(() => handed[0]!)
      assert.deepStrictEqual(settled, [true])
      assert.strictEqual(namespace.data.get("k"), "1")
    }))
})
