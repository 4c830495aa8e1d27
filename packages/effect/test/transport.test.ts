// Socket-level behaviour over real HTTP (127.0.0.1), over each fetch client: the lean `WebHttpClient` (the web
// adapters' default) and Effect's `FetchHttpClient`. Refused and reset connections, timeouts, interruption cancelling
// the request, and what goes on the wire (path encoding, query arrays, token, trace headers).
import { createReadStream } from "node:fs"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import { type Duration, Effect, Fiber, Layer, Redacted, Schedule, Tracer } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import { BeeperDesktop, mayHaveBeenSent, type Options, WebHttpClient } from "../src/index.ts"
import { type Answer, closedPort, type RecordedRequest, type RecordingServer, scriptedServer } from "./support/scriptedServer.ts"

const token = Redacted.make("test-token-TRANSPORT")

const transports: ReadonlyArray<readonly [name: string, layer: Layer.Layer<HttpClient.HttpClient>]> = [
  ["WebHttpClient", WebHttpClient.layer],
  ["FetchHttpClient", FetchHttpClient.layer],
]

/**
 * The error of `call` made with a short timeout that fired once `server` held `requests` requests. On a loaded
 * machine a short timeout can fire before the server, which shares the test's event loop, even read the request:
 * such a round shows nothing about aborting a request, so the call is made again with a longer timeout.
 */
const timeoutOnceArrived = <E, R>(
  server: RecordingServer,
  requests: number,
  call: (timeout: Duration.Input) => Effect.Effect<unknown, E, R>,
) =>
  Effect.gen(function*() {
    for (const millis of [150, 1_000, 3_000, 10_000]) {
      const error = yield* Effect.flip(call(`${millis} millis`))
      if (server.requests.length >= requests) return error
    }
    return assert.fail(`the request never reached the server (${server.requests.length} received)`)
  })

for (const [transportName, transport] of transports) {
  const desktop = (baseUrl: string, options: Pick<Options, "timeout"> = {}) =>
    BeeperDesktop.layer({ baseUrl, accessToken: token, retry: false, ...options }).pipe(
      Layer.provide(transport),
    )

  const withServer = <A, E>(
    answer: (request: RecordedRequest, index: number) => Answer,
    body: (server: RecordingServer) =>
      Effect.Effect<A, E, BeeperDesktop>,
    options: Pick<Options, "timeout"> = {},
  ) =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(answer)
      return yield* body(server).pipe(Effect.provide(desktop(server.url, options)))
    })

  describe(`transport over ${transportName}`, () => {
    it.live("connection refused is a TransportError with the operation context", () =>
      Effect.gen(function*() {
        const port = yield* closedPort
        const error = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          return yield* Effect.flip(beeper.accounts.list())
        }).pipe(Effect.provide(desktop(`http://127.0.0.1:${port}`)))
        assert.strictEqual(error._tag, "TransportError")
        assert.strictEqual(error.operationId, "accounts.list")
        assert.strictEqual(error.method, "GET")
        assert.strictEqual(error.path, "/v1/accounts")
      }))

    it.live("a connection reset is a TransportError; an idempotent GET is retried across resets", () =>
      Effect.gen(function*() {
        const server = yield* scriptedServer((_, index) => index < 2 ? "reset" : { status: 200, body: [] })
        const fast = Schedule.spaced("1 millis").pipe(Schedule.upTo({ times: 2 }))
        const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: fast }).pipe(
          Layer.provide(transport),
        )
        const accounts = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          return yield* beeper.accounts.list()
        }).pipe(Effect.provide(layer))
        assert.deepStrictEqual(accounts, [])
        assert.strictEqual(server.requests.length, 3)
      }))

    it.live("a send hit by a reset fails once with TransportError and is not repeated", () =>
      withServer(() => "reset", (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const error = yield* Effect.flip(beeper.messages.send({ chatID: "c1", text: "once" }, { retry: Schedule.recurs(3) }))
          assert.strictEqual(error._tag, "TransportError")
          assert.strictEqual(server.requests.length, 1)
        })))

    it.live("a request without response within the timeout fails with Timeout and is aborted", () =>
      withServer(() => "hang", (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const error = yield* timeoutOnceArrived(server, 1, (timeout) => beeper.chats.retrieve({ chatID: "c1" }, { timeout }))
          assert.strictEqual(error._tag, "Timeout")
          if (error._tag === "Timeout") {
            assert.strictEqual(error.operationId, "chats.retrieve")
            assert.strictEqual(error.path, "/v1/chats/{chatID}")
            // the request was written: a timeout never says "nothing was sent"
            assert.strictEqual(error.delivery, "maybe-sent")
          }
          assert.isTrue(mayHaveBeenSent(error))
          yield* Effect.promise(() => server.last().aborted)
        })))

    it.live("the layer's timeout applies when the call gives none", () =>
      withServer(() => "hang", () =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const error = yield* Effect.flip(beeper.info.retrieve())
          assert.strictEqual(error._tag, "Timeout")
        }), { timeout: "150 millis" }))

    it.live("a call's short timeout fires while another call with a long one is still waiting", () =>
      withServer(() => "hang", (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const patient = yield* Effect.forkChild(beeper.chats.list({}, { timeout: "1 hour" }))
          yield* Effect.promise(() => server.received(1))
          const error = yield* timeoutOnceArrived(server, 2, (timeout) => beeper.chats.retrieve({ chatID: "c1" }, { timeout }))
          assert.strictEqual(error._tag, "Timeout")
          // Only the short call's request was given up; the patient one is still waiting for its answer.
          yield* Effect.promise(() => server.last().aborted)
          assert.isUndefined(patient.pollUnsafe())
          yield* Fiber.interrupt(patient)
        })))

    it.live("interrupting a call cancels the underlying HTTP request", () =>
      withServer(() => "hang", (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const fiber = yield* Effect.forkChild(beeper.chats.list())
          yield* Effect.promise(() => server.received(1))
          yield* Fiber.interrupt(fiber)
          // The server sees the client close the connection without a response.
          yield* Effect.promise(() => server.requests[0]!.aborted)
          const exit = yield* Fiber.await(fiber)
          assert.strictEqual(exit._tag, "Failure")
        })))

    it.live("path parameters are percent-encoded, array queries repeat, the token is a bearer header", () =>
      withServer(() => ({ status: 200, body: { items: [], hasMore: false, oldestCursor: null, newestCursor: null } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          yield* beeper.messages.list({ chatID: "!room:beeper.com/x#1" })
          yield* beeper.chats.list({ accountIDs: ["a", "b"], limit: 5 })
          const [list, chats] = server.requests
          assert.strictEqual(list!.url, "/v1/chats/!room%3Abeeper.com%2Fx%231/messages")
          assert.strictEqual(chats!.url, "/v1/chats?accountIDs=a&accountIDs=b&limit=5")
          assert.strictEqual(list!.headers.authorization, "Bearer test-token-TRANSPORT")
        })))

    it.live("a JSON body holds only the body fields; path parameters stay in the path", () =>
      withServer(() => ({ status: 200, body: { chatID: "c1", pendingMessageID: "p1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const sent = yield* beeper.messages.send({ chatID: "c1", text: "hello", replyToMessageID: "m0" })
          assert.deepStrictEqual(sent, { chatID: "c1", pendingMessageID: "p1" })
          const request = server.requests[0]!
          assert.strictEqual(request.method, "POST")
          assert.strictEqual(request.url, "/v1/chats/c1/messages")
          assert.deepStrictEqual(JSON.parse(request.body), { text: "hello", replyToMessageID: "m0" })
          assert.strictEqual(request.headers["content-type"], "application/json")
        })))

    it.live("FetchHttpClient.Fetch and RequestInit in the call's context are used; the call's own headers win", () =>
      withServer(() => ({ status: 200, body: { chatID: "c1", pendingMessageID: "p1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          let fetched = 0
          const counting: typeof globalThis.fetch = (input, init) => {
            fetched++
            return globalThis.fetch(input, init)
          }
          const sent = yield* beeper.messages.send({ chatID: "c1", text: "hello" }).pipe(
            Effect.provideService(FetchHttpClient.Fetch, counting),
            Effect.provideService(FetchHttpClient.RequestInit, {
              headers: { "x-extra": "1", "content-type": "text/plain", authorization: "Bearer other" },
            }),
          )
          assert.deepStrictEqual(sent, { chatID: "c1", pendingMessageID: "p1" })
          assert.strictEqual(fetched, 1)
          const request = server.requests[0]!
          assert.strictEqual(request.headers["x-extra"], "1")
          assert.strictEqual(request.headers["content-type"], "application/json")
          assert.strictEqual(request.headers.authorization, "Bearer test-token-TRANSPORT")
          assert.deepStrictEqual(JSON.parse(request.body), { text: "hello" })
        })))

    it.live("a 204 operation succeeds with void", () =>
      withServer(() => ({ status: 204 }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const result = yield* beeper.chats.archive({ chatID: "c1", archived: true })
          assert.strictEqual(result, undefined)
          assert.deepStrictEqual(JSON.parse(server.requests[0]!.body), { archived: true })
        })))

    it.live("a public operation (security: []) is sent without the token", () =>
      withServer(() => ({ status: 200, body: { setupRequestID: "s", signInMethods: [] } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          yield* Effect.ignore(beeper.app.setup.start())
          assert.strictEqual(server.requests[0]!.headers.authorization, undefined)
        })))

    it.live("a multipart upload sends the file as a form-data part", () =>
      withServer(() => ({ status: 200, body: { uploadID: "up1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          yield* Effect.ignore(beeper.assets.upload({
            file: new TextEncoder().encode("file-bytes"),
            fileName: "notes.txt",
            mimeType: "text/plain",
          }))
          const request = server.requests[0]!
          assert.match(String(request.headers["content-type"]), /^multipart\/form-data; boundary=/)
          assert.include(request.body, 'name="file"; filename="notes.txt"')
          assert.include(request.body, "file-bytes")
          assert.include(request.body, 'name="mimeType"')
        })))

    it.live("an upload whose file name is empty still goes as a file part (named after the field), not as a text field", () =>
      withServer(() => ({ status: 200, body: { uploadID: "up1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          yield* Effect.ignore(beeper.assets.upload({ file: new TextEncoder().encode("bytes-1"), fileName: "" }))
          yield* Effect.ignore(beeper.assets.upload({ file: new File([new TextEncoder().encode("bytes-2")], "") }))
          yield* Effect.ignore(beeper.assets.upload({ file: new File(["bytes-3"], ""), fileName: "report.pdf" }))
          const parts = server.requests.map((request) => /name="file"; filename="([^"]*)"/.exec(request.body)?.[1])
          assert.deepStrictEqual(parts, ["file", "file", "report.pdf"])
        })))

    it.live("a Blob that holds a path as its name (Bun.file(path) is such a Blob, not a File) is sent under the file's name", () =>
      withServer(() => ({ status: 200, body: { uploadID: "up1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const bunFile = Object.assign(new Blob(["bytes-1"], { type: "text/plain" }), { name: "/tmp/my files/héllo wörld.txt" })
          yield* Effect.ignore(beeper.assets.upload({ file: bunFile }))
          yield* Effect.ignore(beeper.assets.upload({ file: Object.assign(new Blob(["bytes-2"]), { name: "C:\\Users\\me\\r.pdf" }) }))
          const parts = server.requests.map((request) => /name="file"; filename="([^"]*)"/.exec(request.body)?.[1])
          assert.deepStrictEqual(parts, ["héllo wörld.txt", "r.pdf"])
        })))

    it.live("an upload's file that a form cannot send (a Node ReadStream) is refused before sending, naming what works", () =>
      withServer(() => ({ status: 200, body: { uploadID: "up1" } }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const stream = createReadStream(fileURLToPath(import.meta.url))
          const error = yield* Effect.flip(beeper.assets.upload({ file: stream as unknown as Blob }))
          stream.destroy()
          assert.strictEqual(error._tag, "InvalidRequest")
          if (error._tag === "InvalidRequest") {
            assert.strictEqual(error.field, "file")
            assert.include(error.message, "a Blob (a File, Bun.file(path), await fs.openAsBlob(path) on Node")
            assert.include(error.message, "or a Uint8Array")
          }
          assert.strictEqual(server.requests.length, 0)
        })))

    it.live("a binary response (assets.serve) is returned as bytes; header parameters are sent", () =>
      Effect.gen(function*() {
        const server = yield* scriptedServer(() => ({
          status: 206,
          body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
          contentType: "image/png",
        }))
        const bytes = yield* BeeperDesktop.use((beeper) => beeper.assets.serve({ url: "mxc://x/y", range: "bytes=0-3" })).pipe(
          Effect.provide(desktop(server.url)),
        )
        assert.deepStrictEqual([...bytes], [0x89, 0x50, 0x4e, 0x47])
        assert.deepStrictEqual(server.requests.map((request) => request.headers.range), ["bytes=0-3"])
      }))


    it.live("a body cut short after its headers is a TransportError that may have been sent", () =>
      withServer(() => ({ partial: '{"items":[' }), () =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const error = yield* Effect.flip(beeper.messages.send({ chatID: "c1", text: "cut" }))
          assert.strictEqual(error._tag, "TransportError")
          if (error._tag === "TransportError") assert.strictEqual(error.delivery, "maybe-sent")
        })))

    it.live("trace headers are sent only under a tracer other than Effect's built-in one", () =>
      withServer(() => ({ status: 200, body: [] }), (server) =>
        Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          yield* beeper.accounts.list()
          const tracer = Tracer.make({ span: (options) => Tracer.nativeTracer.span(options) })
          yield* beeper.accounts.list().pipe(Effect.withTracer(tracer))
          const [plain, traced] = server.requests
          // FetchHttpClient propagates the built-in tracer's span ids too; WebHttpClient makes no span nobody reads.
          if (transportName === "WebHttpClient") assert.strictEqual(plain!.headers.traceparent, undefined)
          assert.match(String(traced!.headers.traceparent), /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/)
        })))
  })
}
