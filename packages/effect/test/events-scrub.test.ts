/**
 * The token in live events, over a real `ws` server: frames are parsed as the server sent them (the events of the
 * spec and the `ready` / `subscriptions.updated` frames are the user's data, never scrubbed), so a short or common
 * token (`1`, `chat`, `2025`, `dev`) breaks no frame and changes no text; what becomes an error or a signal (an
 * `error` frame, a close reason, a malformed frame, an unknown event) still has the token replaced by `<redacted>`.
 */
import { assert, describe, it } from "@effect/vitest"
import { inspect } from "node:util"
import { Effect, Layer, Queue, Redacted, Schedule, type Scope, Stream } from "effect"
import { BeeperEvents, type LiveEvent } from "../src/BeeperEvents.ts"
import { type FakeDesktop, fakeDesktop, type FakeDesktopOptions, layerWsConstructor } from "./events-support.ts"
import { captureDrift } from "./support/driftCapture.ts"
import { recordingTracer } from "./support/recordingTracer.ts"

// deno-lint-ignore no-explicit-any
type Json = any

const layerFor = (desktop: FakeDesktop) =>
  BeeperEvents.layer({
    baseUrl: desktop.baseUrl,
    accessToken: Redacted.make(desktop.token),
    reconnectSchedule: Schedule.spaced("5 millis"),
  }).pipe(Layer.provide(layerWsConstructor))

/** Runs `events("*")` in the background; `next` takes the next element. */
const follow = Effect.gen(function*() {
  const live = yield* BeeperEvents
  const queue = yield* Queue.unbounded<LiveEvent>()
  yield* live.events("*").pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
  return Queue.take(queue)
})

const withDesktop = <A, E>(
  options: FakeDesktopOptions,
  body: (desktop: FakeDesktop, next: Effect.Effect<LiveEvent>) => Effect.Effect<A, E, BeeperEvents | Scope.Scope>,
) =>
  Effect.gen(function*() {
    const desktop = yield* fakeDesktop(options)
    return yield* Effect.flatMap(follow, (next) => body(desktop, next)).pipe(Effect.provide(layerFor(desktop)))
  }).pipe(Effect.scoped)

const iso = "2025-01-02T03:04:05.000Z"
const text = "the developer devices: dev, 1 chat in 2025 (chatIDs 1, 10, 2025)"

describe("live events with a short or common token", () => {
  for (const token of ["1", "chat", "2025", "dev"]) {
    it.live(`token ${JSON.stringify(token)}: ready, the acknowledgement, ts and message text arrive intact`, () =>
      withDesktop({ token }, (desktop, next) =>
        Effect.gen(function*() {
          // the handshake went through: `ready` (version 1) read, the set acknowledged, `chatIDs` intact
          assert.deepStrictEqual(yield* next, { type: "connected", connection: 1, chatIDs: ["*"] })
          const chatID = "!chat1:beeper.com"
          const message = { ...desktop.addMessage(chatID), text }
          const connection = desktop.connections[0]!
          connection.send({ type: "message.upserted", seq: 1, ts: iso, chatID, ids: [message.id], entries: [message] })
          connection.send({ type: "chat.deleted", seq: 2, ts: iso, chatID: "chat", ids: ["chat", "1", "2025", "dev"] })
          const upserted = (yield* next) as Json
          assert.strictEqual(upserted.type, "message.upserted")
          assert.strictEqual(upserted.ts, Date.parse(iso))
          assert.strictEqual(upserted.chatID, chatID)
          assert.deepStrictEqual(upserted.entries, [message])
          assert.deepStrictEqual(yield* next, {
            type: "chat.deleted",
            seq: 2,
            ts: Date.parse(iso),
            chatID: "chat",
            ids: ["chat", "1", "2025", "dev"],
          })
        })), { timeout: 30_000 })
  }

  it.live("an error frame naming a short token as a word: redacted there only", () =>
    withDesktop({ token: "dev" }, (desktop, next) =>
      Effect.gen(function*() {
        assert.strictEqual((yield* next).type, "connected")
        desktop.connections[0]!.send({ type: "error", code: "INTERNAL_ERROR", message: "token dev refused (see the developer docs)" })
        assert.deepStrictEqual(yield* next, {
          type: "server.error",
          code: "INTERNAL_ERROR",
          message: "token <redacted> refused (see the developer docs)",
        })
      })), { timeout: 30_000 })
})

describe("live events with a long token: what becomes an error or a signal is scrubbed", () => {
  const token = "tok-SECRET-1234567890abcdef"

  it.live("error frames, malformed frames, unknown events, their drift reports and close reasons carry <redacted>", () => {
    const capture = captureDrift()
    return withDesktop({ token }, (desktop, next) =>
      Effect.gen(function*() {
        assert.strictEqual((yield* next).type, "connected")
        const connection = desktop.connections[0]!
        connection.send({ type: "error", code: `C_${token}`, message: `bad Bearer ${token}`, requestID: `r-${token}` })
        // the token straddles the 1,000th character: scrubbed before the frame is cut
        connection.sendRaw(`${"x".repeat(995)}${token}{`)
        connection.send({ type: `x.${token}`, seq: 1, [token]: `v ${token}` })
        connection.ws.close(4000, `bye ${token}`)
        const error = (yield* next) as Json
        assert.deepStrictEqual(error, {
          type: "server.error",
          code: "C_<redacted>",
          message: "bad Bearer <redacted>",
          requestID: "r-<redacted>",
        })
        const malformed = (yield* next) as Json
        assert.strictEqual(malformed.type, "frame.malformed")
        assert.strictEqual(malformed.error.frame, `${"x".repeat(995)}<redacted>{`.slice(0, 1000))
        const unknown = (yield* next) as Json
        assert.deepStrictEqual({ ...unknown }, {
          type: "unknown",
          eventType: "x.<redacted>",
          frame: { type: "x.<redacted>", seq: 1, "<redacted>": "v <redacted>" },
        })
        const disconnected = (yield* next) as Json
        assert.deepStrictEqual(disconnected, {
          type: "disconnected",
          connection: 1,
          message: "closed with code 4000 (bye <redacted>)",
        })
        assert.notInclude(JSON.stringify([error, malformed, unknown, disconnected]), token.slice(0, 5))
        assert.deepStrictEqual(capture.lines.map((line) => line.source), ["error", "x.<redacted>"])
        assert.notInclude(JSON.stringify(capture.lines), token.slice(0, 5))
      })).pipe(Effect.provide(capture.layer))
  }, { timeout: 30_000 })

  it.live("a close reason with line breaks and escape sequences: the disconnected message is one line without them", () =>
    withDesktop({ token }, (desktop, next) =>
      Effect.gen(function*() {
        assert.strictEqual((yield* next).type, "connected")
        desktop.connections[0]!.ws.close(4000, `bye ${token}\n\u001b[31mRED\u001b[0m\u0007`)
        // before: "closed with code 4000 (bye <redacted>\n\u001b[31mRED\u001b[0m\u0007)", printed as it is by loggers
        assert.deepStrictEqual(yield* next, {
          type: "disconnected",
          connection: 1,
          message: "closed with code 4000 (bye <redacted> [31mRED [0m)",
        })
      })), { timeout: 30_000 })

  it.live("the BeeperEvents.connection span ends with the close reason scrubbed", () => {
    const { spans, tracer } = recordingTracer()
    return withDesktop({ token }, (desktop, next) =>
      Effect.gen(function*() {
        assert.strictEqual((yield* next).type, "connected")
        desktop.connections[0]!.ws.close(4000, `bye ${token}`)
        // the connection's span has ended by the time its `disconnected` is delivered
        assert.strictEqual((yield* next).type, "disconnected")
        const ended = spans.filter((span) => span.name === "BeeperEvents.connection" && span.status._tag === "Ended")
        assert.isAtLeast(ended.length, 1)
        const first = ended[0]!
        const exit = first.status._tag === "Ended" ? first.status.exit : undefined
        const shown = `${inspect(exit, { depth: 20 })} ${JSON.stringify(exit)}`
        assert.include(shown, "closed with code 4000 (bye <redacted>)")
        assert.notInclude(shown, token.slice(0, 5))
      })).pipe(Effect.withTracer(tracer))
  }, { timeout: 30_000 })
})
