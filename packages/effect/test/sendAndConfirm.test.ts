// sendAndConfirm: send once, then wait (bounded) until the pendingMessageID resolves — by polling `messages.retrieve`
// (TestClock + an in-memory client make it deterministic), and against the mock server, with and without live events.
import { assert, describe, it } from "@effect/vitest"
import { inspect } from "node:util"
import * as http from "node:http"
import { Cause, Duration, Effect, Fiber, Layer, Redacted, Schedule } from "effect"
import { TestClock } from "effect/testing"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { BeeperDesktop, BeeperEvents, mayHaveBeenSent, sendAndConfirm } from "../src/index.ts"
import { fakeDesktop, layerWsConstructor } from "./events-support.ts"
import { mockDesktop } from "./support/mockDesktop.ts"
import { errorBody, fakeHttpClient, type Handler, json } from "./support/fakeHttpClient.ts"

const token = Redacted.make("test-token-SEND")

const message = (id: string, status?: "SUCCESS" | "PENDING" | "FAIL_RETRIABLE" | "FAIL_PERMANENT") => ({
  id,
  accountID: "acc",
  chatID: "c1",
  senderID: "@me:beeper.com",
  sortKey: "000000000042",
  timestamp: "2025-01-01T00:00:00.000Z",
  text: "hello",
  isSender: true,
  ...(status === undefined
    ? {}
    : {
      sendStatus: {
        status,
        timestamp: "2025-01-01T00:00:01.000Z",
        ...(status.startsWith("FAIL") ? { reason: "NETWORK_DOWN", message: "the network refused it" } : {}),
      },
    }),
})

/** A fake Desktop: send → pending p1; retrieve answers with `lookups[n]` (the last one repeats). */
const desktop = (lookups: ReadonlyArray<Response | (() => Response)>, sendAnswer?: Response) => {
  let n = 0
  const handler: Handler = (request) => {
    if (request.method === "POST") return sendAnswer ?? json(200, { chatID: "c1", pendingMessageID: "p1" })
    const answer = lookups[Math.min(n++, lookups.length - 1)]!
    return typeof answer === "function" ? answer() : answer.clone()
  }
  const fake = fakeHttpClient(handler)
  return {
    layer: BeeperDesktop.layer({ accessToken: token }).pipe(Layer.provide(fake.layer)),
    seen: fake.seen,
  }
}

const drive = <A, E, R>(effect: Effect.Effect<A, E, R>, step: Duration.Input = "100 millis") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(effect)
    for (let i = 0; i < 10_000 && fiber.pollUnsafe() === undefined; i++) yield* TestClock.adjust(step)
    return yield* Fiber.join(fiber)
  })

describe("sendAndConfirm (polling)", () => {
  it.effect("returns the confirmed message once the pending ID resolves", () => {
    const { layer, seen } = desktop([
      json(404, { code: "NOT_FOUND", message: "not yet" }),
      json(200, message("p1", "PENDING")),
      json(200, message("p1")),
      json(200, message("$final", "SUCCESS")),
    ])
    return Effect.gen(function*() {
      const confirmed = yield* drive(sendAndConfirm({ chatID: "c1", text: "hello" }))
      assert.strictEqual(confirmed.id, "$final")
      assert.strictEqual(confirmed.sendStatus?.status, "SUCCESS")
      const sends = seen.filter((request) => request.method === "POST")
      const lookups = seen.filter((request) => request.method === "GET")
      assert.strictEqual(sends.length, 1)
      assert.strictEqual(lookups.length, 4)
      assert.strictEqual(lookups[0]!.url.pathname, "/v1/chats/c1/messages/p1")
      // Polls are spaced by the default interval (500 ms).
      assert.deepStrictEqual(lookups.map((request) => request.at - lookups[0]!.at), [0, 500, 1000, 1500])
    }).pipe(Effect.provide(layer))
  })

  it.effect("a message whose id changed and carries no send status counts as confirmed", () => {
    const { layer } = desktop([json(200, message("p1")), json(200, message("$final"))])
    return Effect.gen(function*() {
      const confirmed = yield* drive(sendAndConfirm({ chatID: "c1", text: "hello" }, { pollInterval: "50 millis" }))
      assert.strictEqual(confirmed.id, "$final")
    }).pipe(Effect.provide(layer))
  })

  it.effect("a failed send status is a typed SendFailed", () => {
    const { layer } = desktop([json(200, message("p1", "PENDING")), json(200, message("p1", "FAIL_PERMANENT"))])
    return Effect.gen(function*() {
      const error = yield* drive(Effect.flip(sendAndConfirm({ chatID: "c1", text: "hello" })))
      assert.strictEqual(error._tag, "SendFailed")
      if (error._tag === "SendFailed") {
        assert.strictEqual(error.status, "FAIL_PERMANENT")
        assert.strictEqual(error.reason, "NETWORK_DOWN")
        assert.strictEqual(error.pendingMessageID, "p1")
      }
    }).pipe(Effect.provide(layer))
  })

  it.effect("the wait is bounded: SendUnconfirmed after `within`, with the pending ID to look up later", () => {
    const { layer, seen } = desktop([json(200, message("p1", "PENDING"))])
    return Effect.gen(function*() {
      const error = yield* drive(Effect.flip(sendAndConfirm({ chatID: "c1", text: "hello" }, { within: "3 seconds" })))
      assert.strictEqual(error._tag, "SendUnconfirmed")
      // accepted by Desktop: a caller asking whether to send again is told it was sent
      assert.isTrue(mayHaveBeenSent(error))
      if (error._tag === "SendUnconfirmed") {
        assert.strictEqual(error.pendingMessageID, "p1")
        assert.strictEqual(Duration.toMillis(error.waited), 3000)
      }
      assert.strictEqual(seen.filter((request) => request.method === "POST").length, 1)
    }).pipe(Effect.provide(layer))
  })

  it.effect("onSent sees the pending ID as soon as the send is accepted, before the wait (an interrupted wait can say so)", () => {
    const { layer, seen } = desktop([json(200, message("p1", "PENDING"))])
    return Effect.gen(function*() {
      const sent: Array<{ readonly pendingMessageID: string; readonly lookups: number }> = []
      const onSent = (answer: { readonly pendingMessageID: string }) =>
        Effect.sync(() => sent.push({ pendingMessageID: answer.pendingMessageID, lookups: seen.filter((r) => r.method === "GET").length }))
      const fiber = yield* Effect.forkChild(sendAndConfirm({ chatID: "c1", text: "hello" }, { onSent }))
      for (let i = 0; i < 100 && sent.length === 0; i++) yield* TestClock.adjust("100 millis")
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(sent, [{ pendingMessageID: "p1", lookups: 0 }])
    }).pipe(Effect.provide(layer))
  })

  it.effect("a failed send fails with its own error, is not retried and nothing is polled", () => {
    const { layer, seen } = desktop([json(200, message("p1", "SUCCESS"))], errorBody(503))
    return Effect.gen(function*() {
      const error = yield* drive(Effect.flip(sendAndConfirm({ chatID: "c1", text: "hello" })))
      assert.strictEqual(error._tag, "ServerError")
      assert.strictEqual(seen.length, 1)
    }).pipe(Effect.provide(layer))
  })
})

/**
 * Waits (in real time) until `condition` holds: for what happens over a real socket while the test's clock stands
 * still. Gives up after 30 seconds (a hang guard, not a speed bound: what it waits for takes milliseconds).
 */
const waitUntil = (what: string, condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<boolean>((resolve) => {
      const deadline = Date.now() + 30_000
      const check = () => (condition() ? resolve(true) : Date.now() > deadline ? resolve(false) : setTimeout(check, 5))
      check()
    })
  ).pipe(Effect.flatMap((held) => held ? Effect.void : Effect.die(new Error(`never happened: ${what}`))))

describe("sendAndConfirm: server-given IDs in errors", () => {
  const secret = Redacted.value(token)
  /** Every printed form of an error a user (or a logger) could produce. */
  const printed = (error: unknown) =>
    [String(error), JSON.stringify(error), inspect(error, { depth: 20 }), Cause.pretty(Cause.fail(error))].join("\n")
  const echoing = { chatID: `!${secret}:beeper.com`, pendingMessageID: `pm-${secret}` }

  it.effect("SendUnconfirmed: a send answer echoing the token has it scrubbed from the IDs and the message", () => {
    const { layer } = desktop([json(401, { code: "UNAUTHORIZED", message: "no" })], json(200, echoing))
    return Effect.gen(function*() {
      let seen: unknown
      const error = yield* drive(Effect.flip(sendAndConfirm({ chatID: "c1", text: "hello" }, {
        onSent: (sent) => Effect.sync(() => (seen = sent)),
      })))
      assert.strictEqual(error._tag, "SendUnconfirmed")
      if (error._tag === "SendUnconfirmed") {
        assert.strictEqual(error.pendingMessageID, "pm-<redacted>")
        assert.strictEqual(error.chatID, "!<redacted>:beeper.com")
        assert.include(error.message, "message pm-<redacted> was sent but not confirmed")
      }
      assert.notInclude(printed(error), secret)
      // the caller's own data, as Desktop answered
      assert.deepStrictEqual(seen, echoing)
    }).pipe(Effect.provide(layer))
  })

  it.effect("SendFailed: the IDs are scrubbed like its message and reason", () => {
    const failed = { ...message(`pm-${secret}`, "FAIL_PERMANENT"), chatID: echoing.chatID }
    const { layer } = desktop([json(200, failed)], json(200, echoing))
    return Effect.gen(function*() {
      const error = yield* drive(Effect.flip(sendAndConfirm({ chatID: "c1", text: "hello" })))
      assert.strictEqual(error._tag, "SendFailed")
      if (error._tag === "SendFailed") {
        assert.strictEqual(error.pendingMessageID, "pm-<redacted>")
        assert.strictEqual(error.chatID, "!<redacted>:beeper.com")
      }
      assert.notInclude(printed(error), secret)
    }).pipe(Effect.provide(layer))
  })
})

describe("sendAndConfirm when the live events stream fails (a refused upgrade)", () => {
  // The events layer's token is wrong: the stand-in refuses the upgrade with 401 and the stream ends with
  // `Unauthorized` at once. The HTTP side is the in-memory fake. The test clock stands still unless a test moves it.
  const refusedEvents = (baseUrl: string) =>
    BeeperEvents.layer({ baseUrl, accessToken: Redacted.make("wrong-token") }).pipe(
      Layer.provide(layerWsConstructor),
      Layer.orDie,
    )

  it.effect("the send goes out at once, without waiting out the 5 seconds allowed for the subscription", () =>
    Effect.gen(function*() {
      const events = yield* fakeDesktop()
      const { layer, seen } = desktop([json(200, message("$final", "SUCCESS"))])
      const fiber = yield* sendAndConfirm({ chatID: "c1", text: "hello" }).pipe(
        Effect.provide(Layer.merge(layer, refusedEvents(events.baseUrl))),
        Effect.forkChild,
      )
      // Not one tick of the clock: before the fix the send waited for the subscription until 5 s had passed.
      yield* waitUntil("the message confirmed", () => fiber.pollUnsafe() !== undefined)
      const confirmed = yield* Fiber.join(fiber)
      assert.strictEqual(confirmed.id, "$final")
      assert.strictEqual(events.refused.count, 1)
      assert.deepStrictEqual(seen.map((request) => request.method), ["POST", "GET"])
    }))

  it.effect("lookups go at the polling pace (500 ms), not at the 5 s safety net of a live subscription", () =>
    Effect.gen(function*() {
      const events = yield* fakeDesktop()
      const { layer, seen } = desktop([json(200, message("p1", "PENDING")), json(200, message("$final", "SUCCESS"))])
      const fiber = yield* sendAndConfirm({ chatID: "c1", text: "hello" }).pipe(
        Effect.provide(Layer.merge(layer, refusedEvents(events.baseUrl))),
        Effect.forkChild,
      )
      yield* waitUntil("the first lookup", () => seen.some((request) => request.method === "GET"))
      for (let i = 0; i < 100 && fiber.pollUnsafe() === undefined; i++) yield* TestClock.adjust("100 millis")
      const confirmed = yield* Fiber.join(fiber)
      assert.strictEqual(confirmed.id, "$final")
      const lookups = seen.filter((request) => request.method === "GET")
      assert.deepStrictEqual(lookups.map((request) => request.at - lookups[0]!.at), [0, 500])
    }))

  it.effect("a pollInterval of the caller's own stands", () =>
    Effect.gen(function*() {
      const events = yield* fakeDesktop()
      const { layer, seen } = desktop([json(200, message("p1", "PENDING")), json(200, message("$final", "SUCCESS"))])
      const fiber = yield* sendAndConfirm({ chatID: "c1", text: "hello" }, { pollInterval: "2 seconds" }).pipe(
        Effect.provide(Layer.merge(layer, refusedEvents(events.baseUrl))),
        Effect.forkChild,
      )
      yield* waitUntil("the first lookup", () => seen.some((request) => request.method === "GET"))
      for (let i = 0; i < 100 && fiber.pollUnsafe() === undefined; i++) yield* TestClock.adjust("100 millis")
      yield* Fiber.join(fiber)
      const lookups = seen.filter((request) => request.method === "GET")
      assert.deepStrictEqual(lookups.map((request) => request.at - lookups[0]!.at), [0, 2000])
    }))
})

describe("sendAndConfirm when the upgrade is refused with another status (a tunnel's 404, 502)", () => {
  /** A server that refuses every WebSocket upgrade with `status`, counting the attempts. */
  const refusingServer = (status: string) =>
    Effect.acquireRelease(
      Effect.promise(() =>
        new Promise<{ url: string; upgrades: { count: number }; server: http.Server }>((resolve) => {
          const upgrades = { count: 0 }
          const server = http.createServer((_req, res) => res.writeHead(404).end())
          server.on("upgrade", (_req, socket) => {
            upgrades.count++
            upgradeSocket(socket).end(`HTTP/1.1 ${status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`)
          })
          server.listen(0, "127.0.0.1", () =>
            resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, upgrades, server }))
        })
      ),
      ({ server }) => Effect.promise(() => new Promise<void>((resolve) => server.close(() => resolve()))),
    )
  /**
   * Events through that server: the first reconnect at once, the next an hour later (on the test clock, which moves
   * only when a test moves it) — a stream that goes on trying, so only a failed attempt can tell it is not live.
   */
  const retryingEvents = (baseUrl: string) => {
    let retries = 0
    const schedule = Schedule.spaced("1 hour").pipe(
      Schedule.modifyDelay(({ duration }) => Effect.succeed(retries++ === 0 ? Duration.zero : duration)),
    )
    return BeeperEvents.layer({ baseUrl, accessToken: token, reconnectSchedule: schedule }).pipe(
      Layer.provide(layerWsConstructor),
      Layer.orDie,
    )
  }

  for (const status of ["404 Not Found", "502 Bad Gateway"]) {
    it.effect(`${status}: the send goes out without waiting out the 5 s for the subscription, once; lookups every 500 ms`, () =>
      Effect.gen(function*() {
        const refusing = yield* refusingServer(status)
        const { layer, seen } = desktop([json(200, message("p1", "PENDING")), json(200, message("$final", "SUCCESS"))])
        const fiber = yield* sendAndConfirm({ chatID: "c1", text: "hello" }).pipe(
          Effect.provide(Layer.merge(layer, retryingEvents(refusing.url))),
          Effect.forkChild,
        )
        // Not one tick of the clock: before the fix the send waited for the subscription until 5 s had passed.
        yield* waitUntil("the send", () => seen.some((request) => request.method === "POST"))
        yield* waitUntil("the first lookup", () => seen.some((request) => request.method === "GET"))
        for (let i = 0; i < 100 && fiber.pollUnsafe() === undefined; i++) yield* TestClock.adjust("100 millis")
        const confirmed = yield* Fiber.join(fiber)
        assert.strictEqual(confirmed.id, "$final")
        assert.isAtLeast(refusing.upgrades.count, 2)
        assert.deepStrictEqual(seen.map((request) => request.method), ["POST", "GET", "GET"])
        const lookups = seen.filter((request) => request.method === "GET")
        // (before: 5 s apart, the safety net of a live subscription)
        assert.deepStrictEqual(lookups.map((request) => request.at - lookups[0]!.at), [0, 500])
      }).pipe(Effect.scoped))
  }
})

describe("sendAndConfirm against the mock server", () => {
  it.live("polling: resolves the pending ID to the delivered message", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockDesktop({ sendDelay: 30 })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        const confirmed = yield* sendAndConfirm({ chatID: items[0]!.id, text: "confirm me" }, { pollInterval: "20 millis" })
        assert.strictEqual(confirmed.sendStatus?.status, "SUCCESS")
        assert.include(confirmed.text ?? "", "confirm me")
        assert.notMatch(confirmed.id, /^m\d/)
      }).pipe(Effect.provide(layer()))
    }))

  // Desktop took the send (the message is in the chat) but its 2xx answer cannot be read: a broken body, a field
  // type that breaks the spec, or one over the size limit. The error must say "may have been sent", never "not sent".
  for (
    const [kind, fault, layerOptions, tag] of [
      ["a body that is not JSON", { kind: "malformedJson" }, {}, "DecodeError"],
      ["a body that breaks the spec", { kind: "schemaViolation" }, {}, "DecodeError"],
      ["a body over maxResponseBytes", undefined, { maxResponseBytes: { json: 8 } }, "ResponseTooLarge"],
    ] as const
  ) {
    it.live(`an accepted send whose answer cannot be read (${kind}): ${tag}, maybe-sent, sent once`, () =>
      Effect.gen(function*() {
        const { server, layer } = yield* mockDesktop({ sendDelay: 5 })
        const text = `accepted, answer unreadable: ${kind}`
        const inChat = () =>
          Effect.gen(function*() {
            const beeper = yield* BeeperDesktop
            const { items } = yield* beeper.messages.list({ chatID })
            return items.map((m) => m.text)
          }).pipe(Effect.provide(layer()))
        const chatID = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          return (yield* beeper.chats.list({ limit: 1 })).items[0]!.id
        }).pipe(Effect.provide(layer()))
        if (fault !== undefined) {
          server.faults.add({ ...fault, times: 2, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
        }
        const [confirmed, plain] = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          return [
            yield* Effect.flip(sendAndConfirm({ chatID, text }, { pollInterval: "20 millis" })),
            yield* Effect.flip(beeper.messages.send({ chatID, text: `${text} (plain send)` })),
          ] as const
        }).pipe(Effect.provide(layer(layerOptions)))
        for (const failure of [confirmed, plain]) {
          assert.strictEqual(failure._tag, tag)
          assert.strictEqual((failure as { delivery?: string }).delivery, "maybe-sent")
          assert.isTrue(mayHaveBeenSent(failure))
        }
        // each was sent exactly once: the answer was lost, not the message, and nothing sent it again
        const texts = yield* inChat()
        assert.strictEqual(texts.filter((t) => t === text).length, 1)
        assert.strictEqual(texts.filter((t) => t === `${text} (plain send)`).length, 1)
      }))
  }

  it.live("a 2xx read whose body breaks the spec is maybe-sent too (the server answered); a status error carries no delivery", () =>
    Effect.gen(function*() {
      const { server, layer } = yield* mockDesktop()
      server.faults.add({ kind: "schemaViolation", times: 1, match: { method: "GET", path: "/v1/accounts" } })
      server.faults.add({ kind: "status", status: 503, times: 1, match: { method: "GET", path: "/v1/chats" } })
      const [decode, status] = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        return [yield* Effect.flip(beeper.accounts.list()), yield* Effect.flip(beeper.chats.list())] as const
      }).pipe(Effect.provide(layer({ retry: false })))
      assert.strictEqual(decode._tag, "DecodeError")
      assert.strictEqual((decode as { delivery?: string }).delivery, "maybe-sent")
      assert.strictEqual(status._tag, "ServerError")
      assert.isFalse(mayHaveBeenSent(status))
    }))

  it.live("polling: the network's rejection is a SendFailed", () =>
    Effect.gen(function*() {
      const { server, layer } = yield* mockDesktop({ sendDelay: 30 })
      server.simulate.failNextSend({ status: "FAIL_RETRIABLE", reason: "rate_limited" })
      const error = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        return yield* Effect.flip(sendAndConfirm({ chatID: items[0]!.id, text: "doomed" }, { pollInterval: "20 millis" }))
      }).pipe(Effect.provide(layer()))
      assert.strictEqual(error._tag, "SendFailed")
      if (error._tag === "SendFailed") {
        assert.strictEqual(error.status, "FAIL_RETRIABLE")
        assert.strictEqual(error.reason, "rate_limited")
      }
    }))

  it.live("with BeeperEvents: confirmed through live events, without waiting for a poll", () =>
    Effect.gen(function*() {
      const { services } = yield* mockDesktop({ sendDelay: 30 })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        // Polls are an hour apart: only an event can wake the lookup within the bound (generous: the mock delivers
        // in 30 ms, but a busy machine may be slow).
        const confirmed = yield* sendAndConfirm(
          { chatID: items[0]!.id, text: "via events" },
          { pollInterval: "1 hour", within: "2 minutes" },
        )
        assert.strictEqual(confirmed.sendStatus?.status, "SUCCESS")
      }).pipe(Effect.provide(services()))
    }), 180_000)
})
