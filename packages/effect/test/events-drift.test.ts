// Tolerant reading of live events: frames a newer, older or other Desktop could send, each named after its source,
// sent twice over a real WebSocket — no event and no entry lost (partial entries completed over HTTP, or listed in
// `unhydrated` with their ID and a reason), each tolerance logged once per layer and counted every time, and with
// `strict: true` each tolerance refused as a `frame.malformed` signal (never silence; an error, so not drift).
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Queue, Redacted, Schedule, type Scope, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperEvents, BeeperServices, type LiveEvent } from "../src/index.ts"
import { type DriftKind, maxLoggedDrifts, maxMetricSources, otherSource } from "../src/internal/drift.ts"
import { captureDrift, driftCount } from "./support/driftCapture.ts"
import { type FakeDesktop, fakeDesktop, layerWsConstructor, type StoredMessage } from "./events-support.ts"

// Frames and events are plain JSON the tests reshape freely.
// deno-lint-ignore no-explicit-any
type Json = any

const iso = "2025-02-12T00:26:40.000Z"
const isoMillis = Date.parse(iso)

/** What a variant's frames refer to: a message and a chat stored on the stand-in (for hydration). */
interface Fixture {
  readonly chatID: string
  readonly message: StoredMessage
  readonly chat: Record<string, unknown>
}

interface Variant {
  readonly name: string
  /** The frame Desktop sends, numbered `seq` (a string is sent as is). */
  readonly frame: (fixture: Fixture, seq: number) => Json
  /** Every tolerance of one frame: logged once, counted once per frame. `[]`: exactly as specified. */
  readonly drift: ReadonlyArray<{ readonly source: string; readonly path: string; readonly kind: DriftKind }>
  /** What the consumer receives for one frame (never nothing). */
  readonly check: (event: Json, fixture: Fixture, sent: Json) => void
  /** Set the stand-in up (e.g. make the fetch fail). */
  readonly setup?: (desktop: FakeDesktop, fixture: Fixture) => void
  /** Without `BeeperDesktop` (no HTTP client to complete entries with). */
  readonly eventsOnly?: boolean
  /** HTTP requests one frame makes (hydration), per GET attempt. */
  readonly fetches?: number
}

const upserted = (fixture: Fixture, seq: number, extra: Json = {}) => ({
  type: "message.upserted",
  seq,
  ts: 1_739_320_000_000 + seq,
  chatID: fixture.chatID,
  ids: [fixture.message.id],
  ...extra,
})

/** The message as the consumer must receive it: the stored one, complete. */
const sameMessage = (entry: Json, fixture: Fixture) => assert.deepStrictEqual(entry, fixture.message)

const variants: ReadonlyArray<Variant> = [
  {
    name: "observed wire (docs page, mock server): ts as epoch ms number — exactly as specified",
    frame: (f, seq) => upserted(f, seq),
    drift: [],
    check: (event, _, sent) => {
      assert.strictEqual(event.type, "message.upserted")
      assert.strictEqual(event.ts, sent.ts)
    },
  },
  {
    name: "upstream 5.0.0: ts as date-time string — exactly as specified (read as epoch ms)",
    frame: (f, seq) => upserted(f, seq, { ts: iso }),
    drift: [],
    check: (event, f) => {
      assert.strictEqual(event.ts, isoMillis)
      assert.deepStrictEqual(event.ids, [f.message.id])
    },
  },
  {
    name: "upstream 5.0.0: ts as date-time string with an offset, on chat.deleted — exactly as specified",
    frame: (f, seq) => ({ type: "chat.deleted", seq, ts: "2025-02-12T01:26:40+01:00", chatID: f.chatID, ids: [f.chatID] }),
    drift: [],
    check: (event) => {
      assert.strictEqual(event.type, "chat.deleted")
      assert.strictEqual(event.ts, isoMillis)
    },
  },
  {
    name: "observed wire: ts as ms numeric string",
    frame: (f, seq) => upserted(f, seq, { ts: String(isoMillis) }),
    drift: [{ source: "message.upserted", path: "ts", kind: "timestamp-format" }],
    check: (event) => assert.strictEqual(event.ts, isoMillis),
  },
  {
    name: "docs example: entries [{id, reactions: []}] → hydrated with messages.retrieve",
    frame: (f, seq) => upserted(f, seq, { entries: [{ id: f.message.id, reactions: [] }] }),
    drift: [
      { source: "message.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[0]", kind: "entry-hydrated" },
    ],
    fetches: 1,
    check: (event, f) => {
      assert.strictEqual(event.entries.length, 1)
      sameMessage(event.entries[0], f)
      assert.isUndefined(event.unhydrated)
    },
  },
  {
    name: "entry missing required field (sortKey) → hydrated, in the server's order",
    frame: (f, seq) => {
      const { sortKey: _, ...partial } = f.message
      const other = { ...f.message, id: "m-complete", sortKey: "5" }
      return upserted(f, seq, { ids: ["m-complete", f.message.id], entries: [other, partial] })
    },
    drift: [
      { source: "message.upserted", path: "entries[1]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[1]", kind: "entry-hydrated" },
    ],
    fetches: 1,
    check: (event, f) => {
      assert.deepStrictEqual(event.entries.map((m: Json) => m.id), ["m-complete", f.message.id])
      sameMessage(event.entries[1], f)
    },
  },
  {
    name: "entry with unknown enum value (type POLL) → kept as sent, not fetched",
    frame: (f, seq) => upserted(f, seq, { entries: [{ ...f.message, type: "POLL" }] }),
    drift: [{ source: "message.upserted", path: "entries[0].type", kind: "unknown-enum-value" }],
    fetches: 0,
    check: (event, f) => assert.deepStrictEqual(event.entries, [{ ...f.message, type: "POLL" }]),
  },
  {
    name: "entry whose timestamp is no ISO 8601 date-time (epoch ms as a string) → kept as sent, not fetched",
    frame: (f, seq) => upserted(f, seq, { entries: [{ ...f.message, timestamp: String(isoMillis) }] }),
    drift: [{ source: "message.upserted", path: "entries[0].timestamp", kind: "timestamp-format" }],
    fetches: 0,
    check: (event, f) => assert.deepStrictEqual(event.entries, [{ ...f.message, timestamp: String(isoMillis) }]),
  },
  {
    name: "newer Desktop: entry with an undeclared field → read without it, not fetched",
    frame: (f, seq) => upserted(f, seq, { entries: [{ ...f.message, threadRootID: "t1" }] }),
    drift: [{ source: "message.upserted", path: "entries[0].threadRootID", kind: "unknown-field" }],
    fetches: 0,
    check: (event, f) => sameMessage(event.entries[0], f),
  },
  {
    name: "hydration 404 → event with ids + reason not-found",
    frame: (f, seq) => upserted(f, seq, { ids: ["m-gone"], entries: [{ id: "m-gone", reactions: [] }] }),
    drift: [
      { source: "message.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[0]", kind: "entry-unhydrated" },
    ],
    fetches: 1,
    check: (event) => {
      assert.deepStrictEqual(event.ids, ["m-gone"])
      assert.deepStrictEqual(event.entries, [])
      assert.deepStrictEqual(event.unhydrated.map((u: Json) => [u.id, u.reason]), [["m-gone", "not-found"]])
      assert.match(event.unhydrated[0].message, /^NotFound: /)
    },
  },
  {
    name: "hydration 500 (after its retry) → event with ids + reason request-failed",
    setup: (desktop, f) => desktop.failingChats.add(f.chatID),
    frame: (f, seq) => upserted(f, seq, { entries: [{ id: f.message.id }] }),
    drift: [
      { source: "message.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[0]", kind: "entry-unhydrated" },
    ],
    fetches: 2,
    check: (event, f) => {
      assert.deepStrictEqual(event.ids, [f.message.id])
      assert.deepStrictEqual(event.unhydrated.map((u: Json) => [u.id, u.reason]), [[f.message.id, "request-failed"]])
      assert.match(event.unhydrated[0].message, /^ServerError: /)
    },
  },
  {
    name: "partial entry without an id → reason missing-id, nothing fetched",
    frame: (f, seq) => upserted(f, seq, { entries: [{ reactions: [] }] }),
    drift: [
      { source: "message.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[0]", kind: "entry-unhydrated" },
    ],
    fetches: 0,
    check: (event, f) => {
      assert.deepStrictEqual(event.ids, [f.message.id])
      assert.deepStrictEqual(event.unhydrated, [{ id: undefined, reason: "missing-id", message: "the entry has no id to fetch it by" }])
    },
  },
  {
    name: "docs example without an HTTP client → reason no-http-client",
    eventsOnly: true,
    frame: (f, seq) => upserted(f, seq, { entries: [{ id: f.message.id, reactions: [] }] }),
    drift: [
      { source: "message.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "message.upserted", path: "entries[0]", kind: "entry-unhydrated" },
    ],
    fetches: 0,
    check: (event, f) => {
      assert.deepStrictEqual(event.entries, [])
      assert.deepStrictEqual(event.unhydrated.map((u: Json) => [u.id, u.reason]), [[f.message.id, "no-http-client"]])
    },
  },
  {
    name: "upstream 5.0.0: chat.upserted with a partial entry → hydrated with chats.retrieve",
    frame: (f, seq) => ({ type: "chat.upserted", seq, ts: 1, chatID: f.chatID, ids: [f.chatID], entries: [{ id: f.chatID, title: "new" }] }),
    drift: [
      { source: "chat.upserted", path: "entries[0]", kind: "partial-entry" },
      { source: "chat.upserted", path: "entries[0]", kind: "entry-hydrated" },
    ],
    fetches: 1,
    check: (event, f) => assert.deepStrictEqual(event.entries, [f.chat]),
  },
  {
    name: "upstream 5.0.0: chat.upserted with a complete Chat entry",
    frame: (f, seq) => ({ type: "chat.upserted", seq, ts: 1, chatID: f.chatID, ids: [f.chatID], entries: [f.chat] }),
    drift: [],
    fetches: 0,
    check: (event, f) => assert.deepStrictEqual(event.entries, [f.chat]),
  },
  {
    name: "upstream 5.0.0: entries on message.deleted → passed on as sent",
    frame: (f, seq) => ({ type: "message.deleted", seq, ts: 1, chatID: f.chatID, ids: ["m9"], entries: [{ id: "m9" }] }),
    drift: [],
    fetches: 0,
    check: (event) => assert.deepStrictEqual(event.entries, [{ id: "m9" }]),
  },
  {
    name: "newer Desktop (issue 13): accountID on domain frames",
    frame: (f, seq) => upserted(f, seq, { accountID: "whatsapp", entries: [f.message] }),
    drift: [],
    check: (event, f) => {
      assert.strictEqual(event.accountID, "whatsapp")
      sameMessage(event.entries[0], f)
    },
  },
  {
    name: "newer Desktop: an undeclared field on a domain frame",
    frame: (f, seq) => ({ type: "message.deleted", seq, ts: 1, chatID: f.chatID, ids: ["m9"], origin: "bridge" }),
    drift: [{ source: "message.deleted", path: "origin", kind: "unknown-field" }],
    check: (event) => assert.deepStrictEqual(event, { type: "message.deleted", seq: event.seq, ts: 1, chatID: event.chatID, ids: ["m9"] }),
  },
  {
    name: "newer Desktop (issue 13): message.stream",
    frame: (f, seq) => ({ type: "message.stream", seq, ts: iso, chatID: f.chatID, delta: { text: "hel" } }),
    drift: [],
    check: (event, f, sent) => {
      assert.strictEqual(event.type, "message.stream")
      assert.strictEqual(event.ts, isoMillis)
      assert.strictEqual(event.chatID, f.chatID)
      assert.deepStrictEqual(event.frame, sent)
    },
  },
  {
    name: "third-party clients: app.state.updated {seq, ts, appState: {state}}",
    frame: (_, seq) => ({ type: "app.state.updated", seq, ts: 1, appState: { state: "needs-login", e2ee: {} } }),
    drift: [],
    check: (event, _, sent) => {
      assert.strictEqual(event.type, "app.state.updated")
      assert.strictEqual(event.state, "needs-login")
      assert.deepStrictEqual(event.appState, sent.appState)
    },
  },
  {
    name: "third-party tests: app.state.updated with seq null",
    frame: () => ({ type: "app.state.updated", seq: null, ts: 1, appState: { state: "ready" } }),
    drift: [],
    check: (event) => {
      assert.strictEqual(event.state, "ready")
      assert.isUndefined(event.seq)
    },
  },
  {
    name: "newer Desktop: an unknown frame type (message.typing) → an unknown event",
    frame: (f, seq) => ({ type: "message.typing", seq, chatID: f.chatID, userID: "@bob:local" }),
    drift: [{ source: "message.typing", path: "", kind: "unknown-event-type" }],
    check: (event, _, sent) => assert.deepStrictEqual(event, { type: "unknown", eventType: "message.typing", frame: sent }),
  },
  {
    name: "newer Desktop: error code outside the enum → server.error with that code",
    frame: () => ({ type: "error", code: "RATE_LIMITED", message: "slow down" }),
    drift: [{ source: "error", path: "code", kind: "unknown-enum-value" }],
    check: (event) => assert.deepStrictEqual(event, { type: "server.error", code: "RATE_LIMITED", message: "slow down" }),
  },
  {
    name: "upstream 5.0.0: error code NOT_SUBSCRIBED (in the enum)",
    frame: () => ({ type: "error", code: "NOT_SUBSCRIBED", message: "not subscribed" }),
    drift: [],
    check: (event) => assert.deepStrictEqual(event, { type: "server.error", code: "NOT_SUBSCRIBED", message: "not subscribed" }),
  },
]

const chatID = "!drift:beeper.local"

/** The layer under test: the events service, with `BeeperDesktop` (one retry, no delay) unless `eventsOnly`. */
const layerFor = (desktop: FakeDesktop, options: { readonly strict: boolean; readonly eventsOnly?: boolean | undefined }) => {
  const connection = {
    baseUrl: desktop.baseUrl,
    accessToken: Redacted.make(desktop.token),
    reconnectSchedule: Schedule.spaced("5 millis"),
    strict: options.strict,
  }
  return (options.eventsOnly === true
    ? BeeperEvents.layer(connection)
    : BeeperServices.layer({ ...connection, retry: Schedule.recurs(1), maxServerErrors: 10 }).pipe(
      Layer.provide(FetchHttpClient.layer),
    )).pipe(Layer.provide(layerWsConstructor))
}

/** Streams `"*"` into a queue, then waits for `connected` and the stand-in's subscription: the queue, the connection. */
const followAll = (desktop: FakeDesktop) =>
  Effect.gen(function*() {
    const live = yield* BeeperEvents
    const queue = yield* Queue.unbounded<LiveEvent>()
    yield* live.events("*").pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
    assert.strictEqual((yield* Queue.take(queue)).type, "connected")
    const connection = yield* Effect.promise(() => desktop.whenSubscribed(1))
    return { queue, connection }
  })

/**
 * Streams `"*"` from the stand-in, waits for `connected`, has the stand-in send `frames` (after `setup`), and
 * returns the next `count` elements, the fixture and the stand-in.
 */
const exchange = (
  variant: Variant,
  options: { readonly strict: boolean; readonly count: (frames: number) => number },
  frames: number,
): Effect.Effect<{ readonly received: Array<LiveEvent>; readonly fixture: Fixture; readonly sent: Array<Json>; readonly desktop: FakeDesktop }, unknown, Scope.Scope> =>
  Effect.gen(function*() {
    const desktop = yield* fakeDesktop()
    const fixture: Fixture = { chatID, message: desktop.addMessage(chatID), chat: desktop.addChat(chatID) }
    variant.setup?.(desktop, fixture)
    const received = yield* Effect.gen(function*() {
      const { queue, connection } = yield* followAll(desktop)
      const sent = Array.from({ length: frames }, (_, i) => variant.frame(fixture, i + 1))
      for (const frame of sent) typeof frame === "string" ? connection.sendRaw(frame) : connection.send(frame)
      const out: Array<LiveEvent> = []
      for (let i = 0; i < options.count(frames); i++) out.push(yield* Queue.take(queue))
      return { out, sent }
    }).pipe(Effect.provide(layerFor(desktop, { strict: options.strict, eventsOnly: variant.eventsOnly })))
    return { received: received.out, fixture, sent: received.sent, desktop }
  })

/** HTTP requests for one message or chat (what hydration makes). */
const fetchesOf = (desktop: FakeDesktop) =>
  desktop.httpRequests.filter((r) => /^GET \/v1\/chats\/[^/?]+(\/messages\/[^/?]+)?$/.test(r)).length

describe("live events read tolerantly", () => {
  it.each(variants)("$name: nothing lost, each tolerance logged once and counted", (variant) => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { received, fixture, sent, desktop } = yield* exchange(variant, { strict: false, count: (n) => n }, 2)
      assert.strictEqual(received.length, 2)
      for (const [i, event] of received.entries()) variant.check(event, fixture, sent[i])
      assert.deepStrictEqual(
        capture.lines.map((line) => ({ source: line.source, path: line.path, kind: line.kind })),
        [...variant.drift],
      )
      assert.isTrue(capture.lines.every((line) => line.level === "Warn" && typeof line.detail === "string"))
      for (const drift of variant.drift) assert.strictEqual(yield* driftCount(drift.source, drift.kind), 2)
      if (variant.fetches !== undefined) assert.strictEqual(fetchesOf(desktop), 2 * variant.fetches)
    }).pipe(Effect.scoped, Effect.provide(capture.layer), Effect.runPromise)
  })

  const tolerant = variants.filter((variant) => variant.drift.length > 0)

  it.each(tolerant)("$name: strict refuses it with a frame.malformed signal", (variant) => {
    const capture = captureDrift()
    // an error frame still does its job under strict: the signal comes before it
    const control = variant.frame({ chatID, message: {} as StoredMessage, chat: {} }, 1).type === "error"
    return Effect.gen(function*() {
      const { received, sent, desktop } = yield* exchange(variant, { strict: true, count: (n) => (control ? 2 * n : n) }, 1)
      const signal = received[0] as Json
      assert.strictEqual(signal.type, "frame.malformed")
      assert.strictEqual(signal.error._tag, "MalformedFrame")
      assert.strictEqual(JSON.parse(signal.error.frame).type, sent[0].type)
      for (const drift of variant.drift.filter((d) => d.kind !== "entry-hydrated" && d.kind !== "entry-unhydrated")) {
        assert.include(signal.error.message, drift.kind)
      }
      // it says what was refused, not what a tolerant reader would have done with it
      assert.notInclude(signal.error.message, "delivered")
      if (control) assert.strictEqual(received[1]?.type, "server.error")
      // refused before any fetch: strict does not complete partial entries
      assert.strictEqual(fetchesOf(desktop), 0)
      // an error, not drift: neither logged nor counted
      assert.deepStrictEqual(capture.lines, [])
      for (const drift of variant.drift) assert.strictEqual(yield* driftCount(drift.source, drift.kind), 0)
    }).pipe(Effect.scoped, Effect.provide(capture.layer), Effect.runPromise)
  })

  it.each([false, true])("never reports or signals the token a frame echoes (strict: %s)", (strict) => {
    const capture = captureDrift()
    const echo: Variant = {
      name: "echo",
      // a field named like the token, then a malformed frame carrying it
      frame: (f, seq) =>
        seq === 1
          ? { type: "message.deleted", seq, ts: 1, chatID: f.chatID, ids: [], "test-token": true }
          : `{"type":"ready","version":"test-token","chatIDs":[]}`,
      drift: [],
      check: () => undefined,
    }
    return Effect.gen(function*() {
      const { received, desktop } = yield* exchange(echo, { strict, count: (n) => n }, 2)
      assert.strictEqual(desktop.token, "test-token")
      assert.notInclude(JSON.stringify([...received, ...capture.lines]), "test-token")
      assert.deepStrictEqual(received.map((event) => event.type), [strict ? "frame.malformed" : "message.deleted", "frame.malformed"])
      assert.include((received[1] as Json).error.frame, `"version":"<redacted>"`)
      if (strict) assert.include((received[0] as Json).error.message, "unknown-field")
      else assert.deepStrictEqual(capture.lines.map((line) => line.path), ["<redacted>"])
    }).pipe(Effect.scoped, Effect.provide(capture.layer), Effect.runPromise)
  })

  it.each([false, true])("a ready frame of a protocol version this SDK does not know (upstream: enum [1]) is reported, and strict refuses it (strict: %s)", (strict) => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const desktop = yield* fakeDesktop({
        sendReady: false,
        onConnection: (connection) => connection.send({ type: "ready", version: 2, chatIDs: [] }),
      })
      const received = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        const queue = yield* Queue.unbounded<LiveEvent>()
        yield* live.events("*").pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
        const out: Array<LiveEvent> = []
        // the version is read as open: the stream connects, and an event after it is delivered
        while (out.at(-1)?.type !== "connected") out.push(yield* Queue.take(queue))
        const connection = yield* Effect.promise(() => desktop.whenSubscribed(1))
        connection.send({ type: "message.deleted", seq: 1, ts: 1, chatID, ids: ["m1"] })
        out.push(yield* Queue.take(queue))
        return out
      }).pipe(Effect.provide(layerFor(desktop, { strict, eventsOnly: true })))
      if (strict) {
        assert.deepStrictEqual(received.map((event) => event.type), ["frame.malformed", "connected", "message.deleted"])
        assert.include((received[0] as Json).error.message, "unknown-enum-value")
        assert.deepStrictEqual(capture.lines, [])
      } else {
        assert.deepStrictEqual(received.map((event) => event.type), ["connected", "message.deleted"])
        assert.deepStrictEqual(
          capture.lines.map((line) => ({ source: line.source, path: line.path, kind: line.kind })),
          [{ source: "ready", path: "version", kind: "unknown-enum-value" }],
        )
        assert.include(String(capture.lines[0]?.detail), "unknown value 2 (known: 1)")
      }
    }).pipe(Effect.scoped, Effect.provide(capture.layer), Effect.runPromise)
  })

  it.each([
    ["an unknown event", "typing.updated"],
    ["a message.stream", "message.stream"],
  ])("%s nested 100,000 levels deep is delivered, and can still be logged as JSON (kept 64 levels deep)", (_, type) =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const event = yield* Effect.gen(function*() {
        const { queue, connection } = yield* followAll(desktop)
        const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`
        connection.sendRaw(`{"type":"${type}","seq":1,"ts":1,"chatID":"${chatID}","delta":${deep}}`)
        return yield* Queue.take(queue)
      }).pipe(Effect.provide(layerFor(desktop, { strict: false, eventsOnly: true })))
      assert.strictEqual(event.type, type === "message.stream" ? "message.stream" : "unknown")
      // before, for message.stream: RangeError: Maximum call stack size exceeded
      const printed = JSON.stringify(event)
      assert.include(printed, "[nested too deep]")
    }).pipe(Effect.scoped, Effect.runPromise))

  it("strict passes frames exactly as specified (accountID, message.stream in epoch ms, app.state.updated)", () => {
    const capture = captureDrift()
    const exact = variants.filter((variant) => variant.drift.length === 0)
    return Effect.forEach(exact, (variant) =>
      Effect.gen(function*() {
        const { received, fixture, sent } = yield* exchange(variant, { strict: true, count: (n) => n }, 1)
        variant.check(received[0], fixture, sent[0])
      }).pipe(Effect.scoped), { discard: true }).pipe(
      Effect.andThen(Effect.sync(() => assert.deepStrictEqual(capture.lines, []))),
      Effect.provide(capture.layer),
      Effect.runPromise,
    )
  })

  it("a Desktop sending a new event type per frame: every frame delivered, the Warnings bounded", () => {
    const capture = captureDrift()
    const frames = maxLoggedDrifts + 200
    return Effect.gen(function*() {
      const desktop = yield* fakeDesktop()
      const unknown = yield* Effect.gen(function*() {
        const { queue, connection } = yield* followAll(desktop)
        for (let i = 1; i <= frames; i++) connection.send({ type: `x.${i}`, seq: i })
        let unknown = 0
        while (unknown < frames) if ((yield* Queue.take(queue)).type === "unknown") unknown++
        return unknown
      }).pipe(Effect.provide(layerFor(desktop, { strict: false, eventsOnly: true })))
      assert.strictEqual(unknown, frames)
      assert.strictEqual(capture.lines.length, maxLoggedDrifts)
      assert.strictEqual(yield* driftCount("x.1", "unknown-event-type"), 1)
      assert.strictEqual(yield* driftCount(otherSource, "unknown-event-type"), frames - maxMetricSources)
    }).pipe(Effect.scoped, Effect.provide(capture.layer), Effect.runPromise)
  })
})
