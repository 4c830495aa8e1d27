/**
 * The bad-input table: inputs that cannot be valid, and server replies that break the spec. Each row gives its
 * typed error, and — for every input the client can judge on its own — nothing is sent: the recording server (or,
 * for non-loopback hosts, a recording transport that never touches the network) saw no request and no upgrade.
 */
import {
  BeeperDesktop,
  type BeeperDesktopApi,
  type BeeperError,
  BeeperEvents,
  sendAndConfirm,
} from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Redacted, Stream } from "effect"
import { afterAll, beforeAll } from "vitest"
import { FetchHttpClient, HttpClient } from "effect/http"
import { type Answer, type RecordingServer, type Respond, startRecordingServer } from "@beeper-kit/testkit/recording-server"
import { wsConstructor } from "./support/transport.ts"

const token = Redacted.make("bad-input-token")

/** One row: a call, the error it must fail with, and what may reach the server. */
interface Row {
  readonly name: string
  readonly call: (beeper: BeeperDesktopApi) => Effect.Effect<unknown, BeeperError>
  readonly tag: BeeperError["_tag"]
  /** The `field` the error names (InvalidRequest, DecodeError). */
  readonly field?: string
  /** How the server answers (rows about replies). */
  readonly reply?: Answer | Respond
  /** The requests that may reach the server; none when absent. */
  readonly sent?: ReadonlyArray<string>
}

const json = (status: number, body: string): Answer => ({ status, body, contentType: "application/json" })

/** What the server answers a row without a reply of its own: Desktop's 404. */
const notFound = { status: 404, body: { code: "NOT_FOUND", message: "Not found" } } satisfies Answer

const chatID = "!room:beeper.com"

const rows: ReadonlyArray<Row> = [
  // path traversal
  { name: 'path traversal: chatID ".."', call: (b) => b.chats.retrieve({ chatID: ".." }), tag: "InvalidRequest", field: "chatID" },
  { name: 'path traversal: chatID "."', call: (b) => b.chats.retrieve({ chatID: "." }), tag: "InvalidRequest", field: "chatID" },
  { name: "path traversal: empty messageID", call: (b) => b.messages.retrieve({ chatID, messageID: "" }), tag: "InvalidRequest", field: "messageID" },
  {
    name: 'path traversal: chatID "../../v1/accounts" stays one encoded segment of its own route',
    call: (b) => b.chats.retrieve({ chatID: "../../v1/accounts" }),
    tag: "NotFound",
    sent: ["GET /v1/chats/..%2F..%2Fv1%2Faccounts"],
  },
  // huge inputs
  { name: "huge input: a 64 KiB chatID", call: (b) => b.chats.retrieve({ chatID: "x".repeat(64 * 1024) }), tag: "InvalidRequest", field: "chatID" },
  {
    name: "huge input: 10,000 accountIDs",
    call: (b) => b.chats.list({ accountIDs: Array.from({ length: 10_000 }, (_, i) => `account-${i}`) }),
    tag: "InvalidRequest",
    field: "accountIDs",
  },
  // invalid enums
  { name: "invalid enum: chats.search inbox", call: (b) => b.chats.search({ inbox: "everything" as never }), tag: "InvalidRequest", field: "inbox" },
  { name: "invalid enum: chats.list direction", call: (b) => b.chats.list({ direction: "sideways" as never }), tag: "InvalidRequest", field: "direction" },
  {
    name: "invalid enum: messages.search mediaTypes item",
    call: (b) => b.messages.search({ mediaTypes: ["image", "gif" as never] }),
    tag: "InvalidRequest",
    field: "mediaTypes[1]",
  },
  // out-of-range limits
  { name: "limit 0 (range 1–200)", call: (b) => b.chats.list({ limit: 0 }), tag: "InvalidRequest", field: "limit" },
  { name: "limit 201 (range 1–200)", call: (b) => b.chats.list({ limit: 201 }), tag: "InvalidRequest", field: "limit" },
  { name: "limit 2.5 (an integer)", call: (b) => b.chats.search({ limit: 2.5 }), tag: "InvalidRequest", field: "limit" },
  { name: "limit 21 on messages.search (range 1–20)", call: (b) => b.messages.search({ limit: 21 }), tag: "InvalidRequest", field: "limit" },
  // text that cannot go on the wire, and options that cannot be meant: refused before sending
  { name: "lone surrogate in a path ID", call: (b) => b.chats.retrieve({ chatID: "chat\uD800" }), tag: "InvalidRequest", field: "chatID" },
  {
    name: "lone surrogate in a query value",
    call: (b) => b.chats.search({ query: "\uDC00hello" }),
    tag: "InvalidRequest",
    field: "query",
  },
  {
    name: "CR LF in a header-bound value (assets.serve range)",
    call: (b) => b.assets.serve({ url: "mxc://beeper.com/abc", range: "bytes=0-1\r\nX-Injected: 1" }),
    tag: "InvalidRequest",
    field: "range",
  },
  {
    name: "unknown key on an operation without input (accounts.list({ timeout }))",
    call: (b) => b.accounts.list({ timeout: "1 second" } as never),
    tag: "InvalidRequest",
    field: "timeout",
  },
  {
    name: 'call option timeout: "soon"',
    call: (b) => b.accounts.list({}, { timeout: "soon" as never }),
    tag: "InvalidRequest",
    field: "options.timeout",
  },
  { name: "call option timeout: 0", call: (b) => b.accounts.list({}, { timeout: 0 }), tag: "InvalidRequest", field: "options.timeout" },
  {
    name: "sendAndConfirm pollInterval: 0",
    call: (b) => sendAndConfirm({ chatID, text: "hi" }, { pollInterval: 0 }).pipe(Effect.provideService(BeeperDesktop, b)),
    tag: "InvalidRequest",
    field: "options.pollInterval",
  },
  {
    name: "sendAndConfirm within: NaN",
    call: (b) => sendAndConfirm({ chatID, text: "hi" }, { within: Number.NaN }).pipe(Effect.provideService(BeeperDesktop, b)),
    tag: "InvalidRequest",
    field: "options.within",
  },
  {
    name: "stream option maxEmptyPages: NaN",
    call: (b) => Stream.runDrain(b.chats.list.stream({}, { maxEmptyPages: Number.NaN })),
    tag: "InvalidRequest",
    field: "options.maxEmptyPages",
  },
  // a server walking in circles: a bounded number of requests, then PaginationLoop
  {
    name: "pagination: a cursor cycle A → B → A fails after 3 pages",
    call: (b) => Stream.runDrain(b.chats.list.stream({})),
    tag: "PaginationLoop",
    reply: (_, index) => json(200, JSON.stringify({ items: [], hasMore: true, oldestCursor: index % 2 === 0 ? "A" : "B", newestCursor: null })),
    sent: ["GET /v1/chats", "GET /v1/chats", "GET /v1/chats"],
  },
  {
    name: "pagination: endless empty pages with fresh cursors fail after 5 (maxEmptyPages)",
    call: (b) => Stream.runDrain(b.chats.list.stream({})),
    tag: "PaginationLoop",
    reply: (_, index) => json(200, JSON.stringify({ items: [], hasMore: true, oldestCursor: `c${index}`, newestCursor: null })),
    sent: Array.from({ length: 5 }, () => "GET /v1/chats"),
  },
  // server replies that break the spec: sent once, never retried, typed
  {
    name: "reply: not JSON (an HTML page with status 200)",
    call: (b) => b.chats.list({}),
    tag: "DecodeError",
    field: "",
    reply: { status: 200, body: "<html><body>Beeper</body></html>", contentType: "text/html" },
    sent: ["GET /v1/chats"],
  },
  { name: "reply: truncated JSON", call: (b) => b.chats.list({}), tag: "DecodeError", field: "", reply: json(200, '{"items":[{"id":"!a'), sent: ["GET /v1/chats"] },
  { name: "reply: empty body", call: (b) => b.chats.list({}), tag: "DecodeError", field: "", reply: json(200, ""), sent: ["GET /v1/chats"] },
  {
    name: "reply: JSON of the wrong shape",
    call: (b) => b.chats.list({}),
    tag: "DecodeError",
    field: "items",
    reply: json(200, JSON.stringify({ items: "none", hasMore: false, oldestCursor: null, newestCursor: null })),
    sent: ["GET /v1/chats"],
  },
  {
    name: "reply: connection cut mid-body",
    call: (b) => b.chats.list({}),
    tag: "TransportError",
    reply: { partial: '{"items":[' },
    sent: ["GET /v1/chats"],
  },
]

describe("bad input: typed errors, nothing sent", () => {
  let server: RecordingServer
  const layer = () =>
    BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false }).pipe(Layer.provide(FetchHttpClient.layer))

  beforeAll(async () => {
    server = await startRecordingServer()
  })
  afterAll(() => server.close())

  for (const row of rows) {
    it.live(row.name, () =>
      Effect.gen(function*() {
        server.reset(row.reply ?? notFound)
        const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), row.call).pipe(Effect.provide(layer()), Effect.flip)
        assert.strictEqual(error._tag, row.tag, `${error._tag}: ${"message" in error ? error.message : ""}`)
        if (row.field !== undefined) assert.strictEqual((error as { field?: string }).field, row.field)
        if (error._tag === "PaginationLoop") assert.strictEqual(error.pages, row.sent?.length)
        assert.notInclude(JSON.stringify(error), Redacted.value(token))
        assert.deepStrictEqual(server.requests.map((r) => `${r.method} ${r.url.split("?")[0]!}`), [...(row.sent ?? [])])
        assert.deepStrictEqual(server.upgrades, [])
      }))
  }

  it.live('"*" mixed with chat IDs: events() fails with InvalidSubscription, no WebSocket is opened', () =>
    Effect.gen(function*() {
      server.reset(notFound)
      const dials: Array<string> = []
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events(["*", chatID]).pipe(Stream.runDrain, Effect.flip)
      }).pipe(
        Effect.provide(BeeperEvents.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(wsConstructor((url) => dials.push(url))))),
      )
      assert.strictEqual(error._tag, "InvalidSubscription")
      assert.deepStrictEqual(dials, [])
      assert.deepStrictEqual(server.upgrades, [])
      assert.deepStrictEqual(server.requests, [])
    }))

  it.live('"*" mixed with chat IDs: setSubscriptions() fails with InvalidSubscription before sending', () =>
    Effect.gen(function*() {
      server.reset(notFound)
      const dials: Array<string> = []
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* Effect.flip(live.setSubscriptions([chatID, "*"]))
      }).pipe(
        Effect.provide(BeeperEvents.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(wsConstructor((url) => dials.push(url))))),
      )
      assert.strictEqual(error._tag, "InvalidSubscription")
      assert.deepStrictEqual(dials, [])
      assert.deepStrictEqual(server.upgrades, [])
    }))

  it.live("a token with a trailing newline (read from a file) is sent trimmed", () =>
    Effect.gen(function*() {
      // a recording transport: what the client hands to the wire, whatever the runtime's fetch would forgive
      const authorizations: Array<string | undefined> = []
      const recording = Layer.succeed(HttpClient.HttpClient)(
        HttpClient.make((request) => {
          authorizations.push(request.headers["authorization"])
          return Effect.die("the test transport never sends")
        }),
      )
      yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.accounts.list()).pipe(
        Effect.provide(
          BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(`${Redacted.value(token)}\n`) }).pipe(
            Layer.provide(recording),
          ),
        ),
        Effect.exit,
      )
      assert.deepStrictEqual(authorizations, [`Bearer ${Redacted.value(token)}`])
    }))

  it.live("events options that cannot be meant (NaN, 0) are refused when the layer is built or the stream starts, nothing dialled", () =>
    Effect.gen(function*() {
      server.reset(notFound)
      const dials: Array<string> = []
      const transport = wsConstructor((url) => dials.push(url))
      const optionsOf = [{ maxServerErrors: Number.NaN }, { bufferCapacity: Number.NaN }, { bufferCapacity: 0 }, { idleTimeout: "soon" as never }]
      for (const options of optionsOf) {
        const exit = yield* Effect.flatMap(Effect.service(BeeperEvents), (live) => Stream.runDrain(live.events("*"))).pipe(
          Effect.provide(BeeperEvents.layer({ baseUrl: server.url, accessToken: token, ...options }).pipe(Layer.provide(transport))),
          Effect.exit,
        )
        assert.isTrue(Exit.isFailure(exit) && Cause.hasDies(exit.cause), `${JSON.stringify(options)} was accepted`)
        assert.include(String(Cause.squash((exit as Exit.Failure<unknown, unknown>).cause)), Object.keys(options)[0]!)
      }
      const perStream = yield* Effect.flatMap(
        Effect.service(BeeperEvents),
        (live) => Stream.runDrain(live.events("*", { bufferCapacity: Number.NaN })),
      ).pipe(Effect.provide(BeeperEvents.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(transport))), Effect.exit)
      assert.isTrue(Exit.isFailure(perStream) && Cause.hasDies(perStream.cause))
      assert.deepStrictEqual(dials, [])
      assert.deepStrictEqual(server.upgrades, [])
    }))

  // `*.localhost` and `localhost.` are names the system resolver answers (not literal loopback): refused too
  const nonLoopback = [
    "http://192.0.2.10:23373",
    "http://desktop.example.com:23373",
    "http://[2001:db8::1]:23373",
    "http://evil.localhost:23373",
    "http://localhost.:23373",
  ]
  for (const host of nonLoopback) {
    it.live(`token over cleartext to a non-loopback host (${host}): InsecureTransport, nothing sent`, () =>
      Effect.gen(function*() {
        // a recording transport, so even a broken guard could not reach the network
        const requests: Array<string> = []
        const recording = Layer.succeed(HttpClient.HttpClient)(
          HttpClient.make((request) => {
            requests.push(`${request.method} ${request.url}`)
            return Effect.die("the test transport never sends")
          }),
        )
        const desktop = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({})).pipe(
          Effect.provide(BeeperDesktop.layer({ baseUrl: host, accessToken: token }).pipe(Layer.provide(recording))),
          Effect.flip,
        )
        assert.strictEqual(desktop._tag, "InsecureTransport")
        assert.deepStrictEqual(requests, [])

        const dials: Array<string> = []
        const events = yield* Effect.flatMap(Effect.service(BeeperEvents), (live) => live.setSubscriptions("*")).pipe(
          Effect.provide(BeeperEvents.layer({ baseUrl: host, accessToken: token }).pipe(Layer.provide(wsConstructor((url) => dials.push(url))))),
          Effect.flip,
        )
        assert.strictEqual(events._tag, "InsecureTransport")
        assert.deepStrictEqual(dials, [])
        assert.notInclude(JSON.stringify([desktop, events]), Redacted.value(token))
      }))
  }
})
