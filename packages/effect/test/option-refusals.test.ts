// Options that cannot be meant are refused clearly, naming the option: a TypeError when a layer is built (or a stream
// of `events` / `incomingMessages` / `handleIncoming` starts), an `InvalidRequest` for a call's own options — never a
// silently unbounded buffer or checkpoint, a hang, a catch-up turned off, or a defect that names nothing. Each value
// here is one that plain JavaScript (or a cast) can pass; none of these tests waits for anything to time out.
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Redacted, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import { Fiber } from "effect"
import {
  BeeperDesktop,
  BeeperEvents,
  handleIncoming,
  incomingMessages,
  type IncomingOptions,
  sendAndConfirm,
} from "../src/index.ts"
import { fakeHttpClient, json } from "./support/fakeHttpClient.ts"
import { mockDesktop } from "./support/mockDesktop.ts"

const token = Redacted.make("test-token-OPTIONS")
// nothing listens there: a refusal must come before any connection is tried
const nowhere = "http://127.0.0.1:9"

/** A value as a test's name shows it. */
const show = (value: unknown): string => typeof value === "number" ? String(value) : JSON.stringify(value)

/** The defect an effect died with (the test fails if it did anything else). */
const defectOf = <A, E>(exit: Exit.Exit<A, E>): unknown => {
  assert.isTrue(Exit.isFailure(exit), "expected a defect, got a success")
  if (Exit.isSuccess(exit)) return undefined
  const die = exit.cause.reasons.find(Cause.isDieReason)
  assert.isDefined(die, `expected a defect, got ${Cause.pretty(exit.cause)}`)
  return die?.defect
}

/** Asserts a TypeError whose message matches `pattern`. */
const assertTypeError = (defect: unknown, pattern: RegExp) => {
  assert.instanceOf(defect, TypeError)
  assert.match((defect as TypeError).message, pattern)
}

/** A `BeeperDesktop` over an in-memory client that answers every request with `{}` and records them. */
const recordingDesktop = (options: Record<string, unknown> = {}) => {
  const fake = fakeHttpClient(() => json(200, {}))
  return {
    layer: BeeperDesktop.layer({ accessToken: token, ...options } as never).pipe(Layer.provide(fake.layer)),
    seen: fake.seen,
  }
}

/** Builds the layer and uses the service once; the defect it died with. */
const desktopLayerDefect = (options: Record<string, unknown>) =>
  Effect.gen(function*() {
    const { layer, seen } = recordingDesktop(options)
    const exit = yield* Effect.exit(Effect.provide(Effect.flatMap(Effect.service(BeeperDesktop), (b) => b.info.retrieve()), layer))
    assert.strictEqual(seen.length, 0, "nothing may be sent")
    return defectOf(exit)
  })

/** Builds a `BeeperEvents` layer and starts one stream; the defect it died with. */
const eventsDefect = (options: Record<string, unknown>, streamOptions?: Record<string, unknown>) =>
  Effect.exit(
    Effect.gen(function*() {
      const live = yield* BeeperEvents
      return yield* Stream.runCollect(Stream.take(live.events("*", streamOptions as never), 1))
    }).pipe(Effect.provide(BeeperEvents.layer({ accessToken: token, baseUrl: nowhere, ...options } as never))),
  ).pipe(Effect.map(defectOf))

describe("BeeperEvents options", () => {
  for (const overflowStrategy of ["dropOldest", "FAIL", "", null]) {
    it.effect(`overflowStrategy ${show(overflowStrategy)} is refused at layer build and per stream`, () =>
      Effect.gen(function*() {
        assertTypeError(yield* eventsDefect({ overflowStrategy }), /^BeeperEvents: overflowStrategy must be one of "suspend", "drop-oldest", "fail"/)
        assertTypeError(
          yield* eventsDefect({}, { overflowStrategy }),
          /^BeeperEvents\.events: overflowStrategy must be one of "suspend", "drop-oldest", "fail"/,
        )
      }))
  }

  for (const reconnectSchedule of [3, true, {}, null, "exponential"]) {
    it.effect(`reconnectSchedule ${show(reconnectSchedule)} is refused at layer build (it never dialled)`, () =>
      Effect.gen(function*() {
        assertTypeError(yield* eventsDefect({ reconnectSchedule }), /^BeeperEvents: reconnectSchedule must be a Schedule, got /)
      }))
  }

  for (const subscriptionTimeout of [0, -1, Number.NaN, "soon", null]) {
    it.effect(`subscriptionTimeout ${String(subscriptionTimeout)} is refused at layer build (it redialled forever)`, () =>
      Effect.gen(function*() {
        assertTypeError(
          yield* eventsDefect({ subscriptionTimeout }),
          /^BeeperEvents: subscriptionTimeout must be a duration longer than zero, got /,
        )
      }))
  }

  for (const stableAfter of ["soon", Number.NaN, -1, 0]) {
    it.effect(`stableAfter ${String(stableAfter)} is refused at layer build`, () =>
      Effect.gen(function*() {
        assertTypeError(yield* eventsDefect({ stableAfter }), /^BeeperEvents: stableAfter must be a duration longer than zero, got /)
      }))
  }

  it.effect("the strategies there are, and schedules and durations that can be meant, still build", () =>
    Effect.gen(function*() {
      for (const overflowStrategy of ["suspend", "drop-oldest", "fail"] as const) {
        const exit = yield* Effect.exit(Effect.provide(
          Effect.service(BeeperEvents),
          BeeperEvents.layer({
            accessToken: token,
            baseUrl: nowhere,
            overflowStrategy,
            reconnectSchedule: Schedule.recurs(0),
            stableAfter: "1 second",
            subscriptionTimeout: "1 minute",
          }),
        ))
        assert.isTrue(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "")
      }
    }))
})

describe("BeeperDesktop options", () => {
  for (const retry of [3, true, {}, null]) {
    it.effect(`a layer retry of ${show(retry)} is refused at layer build`, () =>
      Effect.gen(function*() {
        assertTypeError(yield* desktopLayerDefect({ retry }), /^BeeperDesktop: retry must be a Schedule or false, got /)
      }))

    it.effect(`a call's retry of ${show(retry)} is an InvalidRequest naming options.retry, nothing sent`, () => {
      const { layer, seen } = recordingDesktop()
      return Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const error = yield* Effect.flip(beeper.accounts.list(undefined, { retry: retry as never }))
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") {
          assert.strictEqual(error.field, "options.retry")
          assert.match(error.message, /retry must be a Schedule or false/)
        }
        assert.strictEqual(seen.length, 0)
      }).pipe(Effect.provide(layer))
    })
  }

  for (const options of ["x", 5, true]) {
    it.effect(`call options ${show(options)} are an InvalidRequest naming options, nothing sent (they were read as none)`, () => {
      const { layer, seen } = recordingDesktop()
      return Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const error = yield* Effect.flip(beeper.accounts.list(undefined, options as never))
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") {
          assert.strictEqual(error.field, "options")
          assert.match(error.message, /^the call options \(the second argument\) must be an object, got /)
        }
        assert.strictEqual(seen.length, 0)
      }).pipe(Effect.provide(layer))
    })
  }

  for (const [name, options, field] of [
    ["a direction of \"sideways\"", { direction: "sideways" }, "options.direction"],
    ["a cursor of 5", { cursor: 5 }, "options.cursor"],
  ] as const) {
    it.effect(`a stream's ${name} is an InvalidRequest naming ${field} (it named an input key never passed), nothing sent`, () => {
      const { layer, seen } = recordingDesktop()
      return Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const error = yield* Effect.flip(Stream.runDrain(beeper.chats.list.stream({}, options as never)))
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") assert.strictEqual(error.field, field)
        assert.strictEqual(seen.length, 0)
      }).pipe(Effect.provide(layer))
    })
  }

  /** The InvalidRequest a call, a stream or sendAndConfirm fails with; nothing may have been sent. */
  const refusal = <E>(run: (beeper: BeeperDesktop["Service"]) => Effect.Effect<unknown, E, BeeperDesktop>) => {
    const { layer, seen } = recordingDesktop()
    return Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.flatMap(Effect.service(BeeperDesktop), run))
      assert.strictEqual(seen.length, 0, "nothing may be sent")
      assert.strictEqual((error as { _tag?: string })._tag, "InvalidRequest")
      return error as unknown as { readonly field: string; readonly message: string }
    }).pipe(Effect.provide(layer))
  }

  for (const key of ["retries", "timeoutMs", "Retry"]) {
    it.effect(`a call option "${key}" (no such option) is an InvalidRequest naming it and the options there are (it ran with the defaults)`, () =>
      Effect.gen(function*() {
        const call = yield* refusal((beeper) => beeper.accounts.list(undefined, { [key]: 3 } as never))
        assert.strictEqual(call.field, `options.${key}`)
        assert.strictEqual(call.message, `the call options (the second argument) have no option "${key}": they are "retry", "timeout"`)
        const stream = yield* refusal((beeper) => Stream.runDrain(beeper.chats.list.stream({}, { [key]: 3 } as never)))
        assert.strictEqual(stream.field, `options.${key}`)
        assert.include(stream.message, `"retry", "timeout", "direction", "cursor", "maxEmptyPages"`)
        const confirm = yield* refusal(() => sendAndConfirm({ chatID: "c1", text: "hi" }, { within: "1 second", [key]: 3 } as never))
        assert.strictEqual(confirm.field, `options.${key}`)
        assert.include(confirm.message, `"retry", "timeout", "within", "pollInterval", "onSent", "onSending"`)
      }))
  }

  it.effect("a stream's option given to a plain call is refused, saying where it belongs (it was dropped, the call sent)", () =>
    Effect.gen(function*() {
      for (const key of ["cursor", "direction", "maxEmptyPages"]) {
        const notPaginated = yield* refusal((beeper) => beeper.messages.retrieve({ chatID: "c", messageID: "m" }, { [key]: "after" } as never))
        assert.strictEqual(notPaginated.field, `options.${key}`)
        assert.include(notPaginated.message, "messages.retrieve is not paginated")
      }
      const paginated = yield* refusal((beeper) => beeper.chats.list({}, { maxEmptyPages: 2 } as never))
      assert.include(paginated.message, `"maxEmptyPages" is an option of chats.list.stream and chats.list.pages`)
      // chats.list's input has a cursor: that is where a plain call takes one
      const input = yield* refusal((beeper) => beeper.chats.list({}, { cursor: "abc" } as never))
      assert.include(input.message, `"cursor" is an input key of chats.list: pass it in the input`)
      // and an input key given to a stream's options
      const limit = yield* refusal((beeper) => Stream.runDrain(beeper.chats.list.stream({}, { limit: 5 } as never)))
      assert.strictEqual(limit.field, "options.limit")
      assert.include(limit.message, `"limit" is an input key of chats.list`)
    }))

  it.effect("an option given as input is hinted only where it exists: a stream's options for paginated operations alone", () =>
    Effect.gen(function*() {
      // following "pass it as the second argument" sent the call with the option dropped
      for (const [operation, key] of [["messages.retrieve", "cursor"], ["chats.retrieve", "direction"], ["accounts.list", "maxEmptyPages"]] as const) {
        const input = operation === "accounts.list" ? {} : { chatID: "c", messageID: "m" }
        const error = yield* refusal((beeper) =>
          beeper.call(operation, { ...(operation === "chats.retrieve" ? { chatID: "c" } : input), [key]: "x" } as never)
        )
        assert.strictEqual(error.field, key)
        assert.notInclude(error.message, "second argument")
        assert.include(error.message, `${operation} is not paginated: it has no "${key}" option either`)
      }
      const paginated = yield* refusal((beeper) => beeper.chats.list({ maxEmptyPages: 2 } as never))
      assert.include(paginated.message, `"maxEmptyPages" is an option of chats.list.stream and chats.list.pages`)
      const call = yield* refusal((beeper) => beeper.accounts.list({ timeout: "1 second" } as never))
      assert.include(call.message, `"timeout" is a call option: pass it as the second argument, e.g. accounts.list(input, { timeout: … })`)
      // a stream's input takes no cursor nor direction: they are not listed as keys it takes
      const typo = yield* refusal((beeper) => Stream.runDrain(beeper.chats.list.stream({ limt: 2 } as never)))
      assert.strictEqual(typo.message, `unknown input key "limt": chats.list.stream takes "accountIDs", "limit"`)
      const option = yield* refusal((beeper) => Stream.runDrain(beeper.chats.list.stream({ maxEmptyPages: 2 } as never)))
      assert.include(option.message, `"maxEmptyPages" is a stream option: pass it as the second argument, e.g. chats.list.stream(input, { maxEmptyPages: … })`)
    }))

  it.effect("a stream's own options and sendAndConfirm's are not refused by the calls they make", () => {
    const fake = fakeHttpClient((request) =>
      request.method === "POST"
        ? json(200, { chatID: "c1", pendingMessageID: "p1" })
        : request.url.pathname.includes("/messages/")
        ? json(200, { id: "m1", accountID: "a", chatID: "c1", senderID: "s", sortKey: "1", timestamp: "2025-01-01T00:00:00.000Z", isSender: true, sendStatus: { status: "SUCCESS", timestamp: "2025-01-01T00:00:01.000Z" } })
        : json(200, { items: [], hasMore: false })
    )
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      yield* Stream.runDrain(beeper.chats.list.stream({}, { direction: "after", maxEmptyPages: 2, cursor: "c", retry: false, timeout: "5 seconds" }))
      const message = yield* sendAndConfirm({ chatID: "c1", text: "hi" }, { within: "5 seconds", pollInterval: "1 second", retry: false, onSent: () => {} })
      assert.strictEqual(message.id, "m1")
    }).pipe(Effect.provide(BeeperDesktop.layer({ accessToken: token, validateResponses: false }).pipe(Layer.provide(fake.layer))))
  })

  it.effect("a layer retry of false or a Schedule, and a call's, still work", () => {
    const { layer, seen } = recordingDesktop({ retry: false, validateResponses: false })
    return Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      yield* beeper.info.retrieve(undefined, { retry: Schedule.recurs(1) })
      yield* beeper.info.retrieve(undefined, { retry: false })
      assert.strictEqual(seen.length, 2)
    }).pipe(Effect.provide(layer))
  })

  for (const timeout of ["soon", null, [], {}, Number.NaN, 0]) {
    it.effect(`a layer timeout of ${show(timeout)} is a TypeError naming timeout`, () =>
      Effect.gen(function*() {
        assertTypeError(yield* desktopLayerDefect({ timeout }), /^BeeperDesktop: timeout must be a duration longer than zero, got /)
      }))
  }

  it.effect("a transformClient that is not a function is a TypeError naming it (it failed on the first request)", () =>
    Effect.gen(function*() {
      assertTypeError(yield* desktopLayerDefect({ transformClient: 5 }), /^BeeperDesktop: transformClient must be a function, got 5/)
    }))

  it.effect("an accessToken that is a plain string is a TypeError saying to use Redacted.make, without the token", () =>
    Effect.gen(function*() {
      const secret = "plain-string-token-4711"
      const defect = yield* desktopLayerDefect({ accessToken: secret })
      assertTypeError(defect, /accessToken must be a Redacted value, got string: wrap the token with Redacted\.make\(token\)/)
      assert.notInclude((defect as TypeError).message, secret)
      const eventsDefectOf = yield* eventsDefect({ accessToken: secret })
      assertTypeError(eventsDefectOf, /accessToken must be a Redacted value/)
      assert.notInclude((eventsDefectOf as TypeError).message, secret)
    }))
})

describe("accessToken holding no token", () => {
  // `Redacted.make(env.BEEPER_ACCESS_TOKEN)` with the variable unset, or set empty (before: a TypeError reading
  // 'trim' of undefined that named no option; an empty token built the layer and was sent as `Bearer `)
  for (const [what, held, pattern] of [
    ["undefined (an unset variable)", undefined, /^Beeper Desktop accessToken must hold a string, got undefined inside Redacted: is the variable it was read from set\?/],
    ["null", null, /^Beeper Desktop accessToken must hold a string, got null inside Redacted/],
    ["a number", 42, /^Beeper Desktop accessToken must hold a string, got number inside Redacted/],
    ["empty", "", /^Beeper Desktop accessToken is empty: Beeper Desktop needs an access token\. Create one in Beeper Desktop → Settings → Developers/],
    ["blank", " \n", /^Beeper Desktop accessToken is empty/],
  ] as const) {
    it.effect(`a Redacted holding ${what} is a TypeError naming accessToken at layer build, nothing sent`, () =>
      Effect.gen(function*() {
        const accessToken = Redacted.make(held as never)
        assertTypeError(yield* desktopLayerDefect({ accessToken }), pattern)
        assertTypeError(yield* eventsDefect({ accessToken }), pattern)
      }))
  }
})

describe("incomingMessages / handleIncoming options", () => {
  // Both services in context but unreachable: a refusal comes before either is used.
  const services = Layer.mergeAll(
    recordingDesktop().layer,
    BeeperEvents.layer({ accessToken: token, baseUrl: nowhere }),
  )
  const cases: ReadonlyArray<readonly [string, Record<string, unknown>, RegExp]> = [
    ["recentWindow NaN (an unbounded checkpoint)", { recentWindow: Number.NaN }, /recentWindow must be a whole number of at least 1, got NaN/],
    ["recentWindow 0", { recentWindow: 0 }, /recentWindow must be a whole number of at least 1, got 0/],
    ["maxCatchUp NaN (no bound)", { maxCatchUp: Number.NaN }, /maxCatchUp must be a whole number of at least 1, got NaN/],
    ["maxCatchUp 0 (silently 1)", { maxCatchUp: 0 }, /maxCatchUp must be a whole number of at least 1, got 0/],
    ["maxCatchUp -3 (silently 1)", { maxCatchUp: -3 }, /maxCatchUp must be a whole number of at least 1, got -3/],
    ["catchUpSince NaN (catch-up silently off)", { catchUpSince: Number.NaN }, /catchUpSince must be a duration longer than zero, got NaN/],
    ["catchUpSince -1 (catch-up silently off)", { catchUpSince: -1 }, /catchUpSince must be a duration longer than zero, got -1/],
    ["catchUpSince 'soon'", { catchUpSince: "soon" }, /catchUpSince must be a duration longer than zero, got "soon"/],
    ["connectWithin 'soon'", { connectWithin: "soon" }, /connectWithin must be a duration longer than zero, got "soon"/],
    ["connectWithin NaN (an immediate StartupTimeout)", { connectWithin: Number.NaN }, /connectWithin must be a duration longer than zero, got NaN/],
    ["catchUpRetry 3 (nothing delivered)", { catchUpRetry: 3 }, /catchUpRetry must be a Schedule, got 3/],
    ["health {} (health?.update is not a function, mid-delivery)", { health: {} }, /health must be an object with an update function, got/],
  ]
  for (const [label, options, pattern] of cases) {
    it.effect(`${label} is refused when the delivery starts`, () =>
      Effect.gen(function*() {
        const stream = yield* Effect.exit(Stream.runDrain(incomingMessages("*", options as IncomingOptions)))
        const streamDefect = defectOf(stream)
        assertTypeError(streamDefect, /^incomingMessages: /)
        assertTypeError(streamDefect, pattern)
        const handled = yield* Effect.exit(handleIncoming(() => Effect.void, options as IncomingOptions))
        const handleDefect = defectOf(handled)
        assertTypeError(handleDefect, /^handleIncoming: /)
        assertTypeError(handleDefect, pattern)
      }).pipe(Effect.provide(services)))
  }
})

describe("sendAndConfirm's onSent", () => {
  const message = { id: "m1", accountID: "acc", chatID: "c1", senderID: "@me:beeper.com", sortKey: "1", timestamp: "2025-01-01T00:00:00.000Z", text: "hi", isSender: true, sendStatus: { status: "SUCCESS", timestamp: "2025-01-01T00:00:01.000Z" } }
  const polling = () => {
    const fake = fakeHttpClient((request) =>
      request.method === "POST" ? json(200, { chatID: "c1", pendingMessageID: "p1" }) : json(200, message)
    )
    return { layer: BeeperDesktop.layer({ accessToken: token }).pipe(Layer.provide(fake.layer)), seen: fake.seen }
  }
  /** Runs with the TestClock moved on until the effect is done. */
  const drive = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.gen(function*() {
      const fiber = yield* Effect.forkChild(effect)
      for (let i = 0; i < 1_000 && fiber.pollUnsafe() === undefined; i++) yield* TestClock.adjust("100 millis")
      return yield* Fiber.join(fiber)
    })

  for (const onSent of [5, "log", {}, null]) {
    it.effect(`onSent ${show(onSent)} is an InvalidRequest naming options.onSent, before anything is sent`, () => {
      const { layer, seen } = polling()
      return Effect.gen(function*() {
        const error = yield* Effect.flip(sendAndConfirm({ chatID: "c1", text: "hi" }, { onSent: onSent as never }))
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") {
          assert.strictEqual(error.field, "options.onSent")
          assert.match(error.message, /onSent must be a function/)
        }
        assert.strictEqual(seen.length, 0)
      }).pipe(Effect.provide(layer))
    })
  }

  for (const options of ["soon", 5, []]) {
    it.effect(`options ${show(options)} are an InvalidRequest naming options, before anything is sent`, () => {
      const { layer, seen } = polling()
      return Effect.gen(function*() {
        const error = yield* Effect.flip(sendAndConfirm({ chatID: "c1", text: "hi" }, options as never))
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") {
          assert.strictEqual(error.field, "options")
          assert.match(error.message, /^the options of sendAndConfirm \(the second argument\) must be an object, got /)
        }
        assert.strictEqual(seen.length, 0)
      }).pipe(Effect.provide(layer))
    })
  }

  it.effect("options null are none, as plain JavaScript writes it (it died reading null.within)", () => {
    const { layer } = polling()
    return Effect.gen(function*() {
      const confirmed = yield* drive(sendAndConfirm({ chatID: "c1", text: "hi" }, null as never))
      assert.strictEqual(confirmed.id, "m1")
    }).pipe(Effect.provide(layer))
  })

  it.effect("onSending that is not a function is an InvalidRequest naming options.onSending, before anything is sent", () => {
    const { layer, seen } = polling()
    return Effect.gen(function*() {
      const error = yield* Effect.flip(sendAndConfirm({ chatID: "c1", text: "hi" }, { onSending: "soon" as never }))
      assert.strictEqual(error._tag, "InvalidRequest")
      if (error._tag === "InvalidRequest") assert.strictEqual(error.field, "options.onSending")
      assert.strictEqual(seen.length, 0)
    }).pipe(Effect.provide(layer))
  })

  it.effect("onSending runs just before the send goes out, and one that throws does not stop it", () => {
    const { layer, seen } = polling()
    return Effect.gen(function*() {
      const requestsWhenCalled: Array<number> = []
      const confirmed = yield* drive(sendAndConfirm({ chatID: "c1", text: "hi" }, {
        onSending: () => void requestsWhenCalled.push(seen.length),
      }))
      assert.strictEqual(confirmed.id, "m1")
      assert.deepStrictEqual(requestsWhenCalled, [0]) // before the POST, and once
      assert.strictEqual(seen[0]?.method, "POST")
      const again = yield* drive(sendAndConfirm({ chatID: "c1", text: "hi" }, {
        onSending: () => {
          throw new Error("callback threw")
        },
      }))
      assert.strictEqual(again.id, "m1")
    }).pipe(Effect.provide(layer))
  })

  it.live("with BeeperEvents in context: onSending runs after the subscription, just before the send", () =>
    Effect.gen(function*() {
      const { server, services } = yield* mockDesktop({ sendDelay: 30 })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        // the mock server's changes to the chat: a send stores its message at once
        let changes = 0
        const stop = server.onChange((event) => {
          if (event.type === "message.upserted" && event.chatID === items[0]!.id) changes++
        })
        let changesWhenCalled: number | undefined
        const confirmed = yield* sendAndConfirm({ chatID: items[0]!.id, text: "onSending with events" }, {
          onSending: () => void (changesWhenCalled = changes),
          within: "2 minutes",
        })
        stop()
        assert.strictEqual(confirmed.sendStatus?.status, "SUCCESS")
        assert.strictEqual(changesWhenCalled, 0)
        assert.isAtLeast(changes, 1)
      }).pipe(Effect.provide(services()))
    }), 180_000)

  it.effect("an onSent returning nothing, a Promise (awaited), or one that throws, fails or rejects: the message is still confirmed", () => {
    const { layer } = polling()
    return Effect.gen(function*() {
      const calls: Array<string> = []
      const onSents: ReadonlyArray<(sent: { readonly pendingMessageID: string }) => unknown> = [
        (sent) => void calls.push(`undefined ${sent.pendingMessageID}`),
        async (sent) => {
          await Promise.resolve()
          calls.push(`async ${sent.pendingMessageID}`)
        },
        () => {
          throw new Error("callback threw")
        },
        () => Promise.reject(new Error("callback rejected")),
        () => Effect.fail("callback failed"),
        () => Effect.die("callback died"),
        (sent) => Effect.sync(() => calls.push(`effect ${sent.pendingMessageID}`)),
      ]
      for (const onSent of onSents) {
        const confirmed = yield* drive(sendAndConfirm({ chatID: "c1", text: "hi" }, { onSent: onSent as never }))
        assert.strictEqual(confirmed.id, "m1")
      }
      assert.deepStrictEqual(calls, ["undefined p1", "async p1", "effect p1"])
    }).pipe(Effect.provide(layer))
  })

  it.live("with BeeperEvents in context: an onSent returning nothing, or a Promise, still confirms the message", () =>
    Effect.gen(function*() {
      const { services } = yield* mockDesktop({ sendDelay: 30 })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        const seen: Array<string> = []
        for (const onSent of [() => undefined, async (sent: { readonly pendingMessageID: string }) => void seen.push(sent.pendingMessageID)]) {
          const confirmed = yield* sendAndConfirm(
            { chatID: items[0]!.id, text: "onSent with events" },
            { onSent: onSent as never, within: "2 minutes" },
          )
          assert.strictEqual(confirmed.sendStatus?.status, "SUCCESS")
        }
        assert.strictEqual(seen.length, 1)
      }).pipe(Effect.provide(services()))
    }), 180_000)
})
