// Retry policy under TestClock: which operations are retried, how often, how far apart, and Retry-After.
// An in-memory HttpClient answers instantly, so virtual time is exact (real sockets: see http.test.ts).
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, type Exit, Fiber, Layer, Redacted, Schedule } from "effect"
import { TestClock } from "effect/testing"
import { BeeperDesktop, mayHaveBeenSent, type Options, type RequestError, RetryPolicy, type TransportError } from "../src/index.ts"
import { errorBody, fakeHttpClient, type Handler, json } from "./support/fakeHttpClient.ts"
import { mockDesktop } from "./support/mockDesktop.ts"

const token = Redacted.make("test-token-RETRY")

const setup = (handler: Handler, options: Partial<Options> = {}) => {
  const fake = fakeHttpClient(handler)
  const layer = BeeperDesktop.layer({ accessToken: token, ...options }).pipe(Layer.provide(fake.layer))
  return { layer, seen: fake.seen }
}

const chat = {
  id: "c1",
  accountID: "a",
  network: "n",
  title: "t",
  type: "single",
  unreadCount: 0,
  participants: { items: [], hasMore: false, total: 0 },
}

/** Runs `effect` in a fiber and advances the TestClock by `step` until the fiber is done. */
const runAdvancing = <A, E>(effect: Effect.Effect<A, E>, step: Duration.Input = "1 second") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(effect)
    for (let i = 0; i < 1000 && fiber.pollUnsafe() === undefined; i++) {
      yield* TestClock.adjust(step)
    }
    return yield* Fiber.await(fiber)
  })

/**
 * `chats.retrieve` answered by `handler` with one retry: the `TransportError` it ends with (after checking that both
 * attempts were made).
 */
const retriedTwice = (handler: Handler) => {
  const { layer, seen } = setup(handler, { retry: Schedule.recurs(1) })
  return Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const exit = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
    assert.strictEqual(seen.length, 2)
    assert.strictEqual(exit._tag, "Success", "the call succeeded")
    const error = (exit as Exit.Success<RequestError>).value
    assert.strictEqual(error._tag, "TransportError")
    return error as TransportError
  }).pipe(Effect.provide(layer))
}

describe("retries", () => {
  it.effect("an idempotent GET is retried twice on 5xx by default, then fails with ServerError", () => {
    const { layer, seen } = setup(() => errorBody(503))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const exit = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
      assert.strictEqual(exit._tag, "Success")
      if (exit._tag === "Success") {
        assert.strictEqual(exit.value._tag, "ServerError")
        assert.strictEqual((exit.value as { status?: number }).status, 503)
      }
      assert.strictEqual(seen.length, 3)
    }).pipe(Effect.provide(layer))
  })

  it.effect("the default schedule waits ~500 ms then ~1 s (jittered) between attempts", () => {
    const { layer, seen } = setup(() => errorBody(500))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.ignore), "10 millis")
      assert.strictEqual(seen.length, 3)
      const [a, b, c] = seen.map((request) => request.at)
      const first = b! - a!
      const second = c! - b!
      assert.isTrue(first >= 400 && first <= 610, `first delay ${first}`)
      assert.isTrue(second >= 800 && second <= 1210, `second delay ${second}`)
    }).pipe(Effect.provide(layer))
  })

  it.effect("a layer schedule sets count and spacing exactly (no jitter): attempts at 0, 100, 300 ms", () => {
    const schedule = Schedule.exponential("100 millis").pipe(Schedule.upTo({ times: 2 }))
    const { layer, seen } = setup(() => errorBody(502), { retry: schedule })
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const fiber = yield* Effect.forkChild(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
      yield* Effect.yieldNow
      assert.strictEqual(seen.length, 1)
      yield* TestClock.adjust("99 millis")
      assert.strictEqual(seen.length, 1)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(seen.length, 2)
      yield* TestClock.adjust("199 millis")
      assert.strictEqual(seen.length, 2)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(seen.length, 3)
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag, "ServerError")
      assert.deepStrictEqual(seen.map((request) => request.at), [0, 100, 300])
    }).pipe(Effect.provide(layer))
  })

  it.effect("a per-call schedule overrides the layer's; retry: false disables retries", () => {
    const { layer, seen } = setup(() => errorBody(500))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }, { retry: false }).pipe(Effect.ignore))
      assert.strictEqual(seen.length, 1)
      yield* runAdvancing(
        beeper.chats.retrieve({ chatID: "c1" }, { retry: Schedule.spaced("1 second").pipe(Schedule.upTo({ times: 4 })) })
          .pipe(Effect.ignore),
      )
      assert.strictEqual(seen.length, 1 + 5)
    }).pipe(Effect.provide(layer))
  })

  it.effect("429 waits Retry-After (seconds) instead of the shorter backoff", () => {
    const { layer, seen } = setup((_, index) => index === 0 ? errorBody(429, { "retry-after": "7" }) : json(200, chat))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const fiber = yield* Effect.forkChild(beeper.chats.retrieve({ chatID: "c1" }))
      yield* Effect.yieldNow
      yield* TestClock.adjust("6999 millis")
      assert.strictEqual(seen.length, 1)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(seen.length, 2)
      const result = yield* Fiber.join(fiber)
      assert.strictEqual(result.id, "c1")
    }).pipe(Effect.provide(layer))
  })

  it.effect("429 Retry-After as an HTTP date is honoured; an excessive one is capped at maxRetryAfter", () => {
    const { layer, seen } = setup((_, index) =>
      index === 0
        ? errorBody(429, { "retry-after": new Date(20_000).toUTCString() })
        : index === 1
        ? errorBody(429, { "retry-after": "86400" })
        : json(200, chat)
    )
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const fiber = yield* Effect.forkChild(beeper.chats.retrieve({ chatID: "c1" }))
      yield* Effect.yieldNow
      yield* TestClock.adjust("19999 millis")
      assert.strictEqual(seen.length, 1)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(seen.length, 2)
      yield* TestClock.adjust(Duration.subtract(RetryPolicy.maxRetryAfter, Duration.millis(1)))
      assert.strictEqual(seen.length, 2)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(seen.length, 3)
      yield* Fiber.join(fiber)
    }).pipe(Effect.provide(layer))
  })

  it.effect("RateLimited carries retryAfter when retries are exhausted", () => {
    const { layer } = setup(() => errorBody(429, { "retry-after": "2" }))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const exit = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
      assert.strictEqual(exit._tag, "Success")
      if (exit._tag === "Success" && exit.value._tag === "RateLimited") {
        assert.strictEqual(Duration.toMillis(exit.value.retryAfter!), 2000)
      } else assert.fail("expected RateLimited")
    }).pipe(Effect.provide(layer))
  })

  it.effect("messages.send is never retried: one attempt under 5xx, one under a connection reset", () => {
    const { layer, seen } = setup((_, index) => index === 0 ? errorBody(503) : "reset")
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const first = yield* runAdvancing(beeper.messages.send({ chatID: "c1", text: "hi" }).pipe(Effect.flip))
      assert.strictEqual(seen.length, 1)
      const second = yield* runAdvancing(beeper.messages.send({ chatID: "c1", text: "hi" }).pipe(Effect.flip))
      assert.strictEqual(seen.length, 2)
      assert.deepStrictEqual(
        [first, second].map((exit) => exit._tag === "Success" ? exit.value._tag : "defect"),
        ["ServerError", "TransportError"],
      )
    }).pipe(Effect.provide(layer))
  })

  it.effect("a send is not retried even when the caller passes a retry schedule", () => {
    const { layer, seen } = setup(() => errorBody(500))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      yield* runAdvancing(
        beeper.messages.send({ chatID: "c1", text: "hi" }, { retry: Schedule.recurs(5) }).pipe(Effect.ignore),
      )
      assert.strictEqual(seen.length, 1)
    }).pipe(Effect.provide(layer))
  })

  it.effect("a retried call whose last attempt was refused is maybe-sent when an earlier one may have arrived", () => {
    // attempt 1: reset after the request was written (maybe-sent); attempt 2: refused (not-sent). The first may have
    // been read by Desktop, so the call's outcome must not say "nothing was sent".
    return Effect.map(retriedTwice((_, index) => index === 0 ? "reset" : "refused"), (error) => {
      assert.strictEqual(error.delivery, "maybe-sent")
      assert.isTrue(mayHaveBeenSent(error))
    })
  })

  it.effect("a retried call refused on every attempt stays not-sent", () => {
    return Effect.map(retriedTwice(() => "refused"), (error) => assert.strictEqual(error.delivery, "not-sent"))
  })

  it.effect("a reaction (x-idempotency-key) is retried with the same generated transactionID", () => {
    const { layer, seen } = setup((request, index) =>
      index < 2
        ? "reset"
        : json(200, {
          chatID: "c1",
          messageID: "m1",
          reactionKey: "👍",
          success: true,
          transactionID: JSON.parse(request.body ?? "{}").transactionID,
        })
    )
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const exit = yield* runAdvancing(
        beeper.chats.messages.reactions.add({ chatID: "c1", messageID: "m1", reactionKey: "👍" }),
      )
      assert.strictEqual(exit._tag, "Success")
      assert.strictEqual(seen.length, 3)
      const ids = seen.map((request) => JSON.parse(request.body ?? "{}").transactionID)
      assert.isString(ids[0])
      assert.isAbove(ids[0].length, 8)
      assert.deepStrictEqual(new Set(ids).size, 1)
    }).pipe(Effect.provide(layer))
  })

  it.live("an upload is retried after a 503, its file sent whole again (a temporary uploadID: nothing is sent twice)", () =>
    Effect.gen(function*() {
      const { server, layer } = yield* mockDesktop()
      const bytes = new TextEncoder().encode("x".repeat(100_000))
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        for (const [path, upload] of [
          ["/v1/assets/upload", beeper.assets.upload({ file: new Blob([bytes]), fileName: "notes.txt" })],
          ["/v1/assets/upload/base64", beeper.assets.uploadBase64({ content: btoa("hello"), fileName: "hi.txt" })],
        ] as const) {
          server.faults.add({ kind: "status", status: 503, times: 1, match: { method: "POST", path } })
          // before: ServerError, the upload not retried
          const uploaded = yield* upload
          assert.isString(uploaded.uploadID, path)
          assert.deepStrictEqual(server.faults.list(), [], path) // the 503 was answered, then the retry went through
        }
        const whole = yield* beeper.assets.upload({ file: new Blob([bytes]), fileName: "again.txt" })
        assert.strictEqual(whole.fileSize, bytes.byteLength)
      }).pipe(Effect.provide(layer({ retry: Schedule.spaced("10 millis").pipe(Schedule.upTo({ times: 2 })) })))
    }))

  it.effect("4xx other than 408/429, and decode failures, are not retried", () => {
    const { layer, seen } = setup((_, index) => index === 0 ? errorBody(404) : json(200, { id: 42 }))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const notFound = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
      const decode = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }).pipe(Effect.flip))
      assert.strictEqual(seen.length, 2)
      assert.deepStrictEqual(
        [notFound, decode].map((exit) => exit._tag === "Success" ? exit.value._tag : "defect"),
        ["NotFound", "DecodeError"],
      )
    }).pipe(Effect.provide(layer))
  })

  it.effect("408 is retried for idempotent operations", () => {
    const { layer, seen } = setup((_, index) => index === 0 ? errorBody(408) : json(200, chat))
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const exit = yield* runAdvancing(beeper.chats.retrieve({ chatID: "c1" }))
      assert.strictEqual(exit._tag, "Success")
      assert.strictEqual(seen.length, 2)
    }).pipe(Effect.provide(layer))
  })
})
