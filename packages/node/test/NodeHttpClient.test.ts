/**
 * The Node adapter's own HTTP client (`BeeperNode.layerHttpClient`, `node:http`) against a raw `node:http` server: what a
 * caller sees of redirects, interruption (and a caller's AbortController), streamed bodies both ways, form uploads, trace
 * headers (under a tracer only), and whether a failed send may have reached the server. Body caps, timeouts and
 * redirects through `BeeperDesktop` are checked over this client too, in tooling/reliability/test/hostile-server.test.ts.
 */
import { BeeperDesktop, WebHttpClient } from "@beeper-kit/effect"
import { closedPort } from "@beeper-kit/testkit/ports"
import { startRawServer } from "@beeper-kit/testkit/raw-server"
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Layer, Redacted, Stream, Tracer } from "effect"
import { HttpClient, HttpClientRequest } from "effect/http"
import { once } from "node:events"
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from "node:fs"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { Socket } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib"
import { BeeperNode } from "../src/index.ts"

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** A server on 127.0.0.1 answering with `handler`, closed (with its connections) with the scope. */
const serve = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const server = createServer(handler)
      server.listen(0, "127.0.0.1")
      await once(server, "listening")
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      return { server, url: `http://127.0.0.1:${port}` }
    }),
    ({ server }) =>
      Effect.promise(() => {
        server.closeAllConnections()
        return new Promise<void>((resolve) => server.close(() => resolve()))
      }),
  )

/** A {@link startRawServer} closed (with its connections) with the scope. */
const serveRaw = (answer: (socket: Socket) => void) =>
  Effect.acquireRelease(Effect.promise(() => startRawServer(answer)), (server) => Effect.promise(server.close))

/** The whole request body as text. */
const bodyOf = async (request: IncomingMessage): Promise<string> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

const execute = (request: HttpClientRequest.HttpClientRequest) =>
  Effect.flatMap(Effect.service(HttpClient.HttpClient), (client) => client.execute(request))

describe("BeeperNode.layerHttpClient (node:http)", () => {
  // node:http gives a keep-alive socket back only when the response's end was read: an empty body (Content-Length: 0)
  // left unread held its socket for good, and each call opened another connection.
  for (const [name, status, call] of [
    ["a void operation answered 200 with Content-Length: 0", 200, "archive"],
    ["a 404 with Content-Length: 0", 404, "retrieve"],
  ] as const) {
    it.live(`${name}: sequential calls reuse the keep-alive connection`, () =>
      Effect.gen(function*() {
        let connections = 0
        const { server, url } = yield* serve((request, response) => {
          request.resume()
          request.on("end", () => response.writeHead(status, { "content-length": "0" }).end())
        })
        server.on("connection", () => connections++)
        yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          for (let i = 0; i < 5; i++) {
            yield* Effect.exit(
              call === "archive" ? beeper.chats.archive({ chatID: `c${i}` }) : beeper.chats.retrieve({ chatID: `c${i}` }),
            )
          }
        }).pipe(
          Effect.provide(
            BeeperDesktop.layer({ baseUrl: url, accessToken: Redacted.make("t"), retry: false }).pipe(
              Layer.provide(BeeperNode.layerHttpClient),
            ),
          ),
        )
        // one connection (two if a call raced its predecessor's release); five when each empty body held its own
        assert.isAtMost(connections, 2)
      }))
  }

  it.live("a 307 on a POST is returned as it came: the POST is not sent again, the Location not visited", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const { url } = yield* serve((request, response) => {
        seen.push(`${request.method} ${request.url}`)
        response.writeHead(307, { location: "/elsewhere" }).end()
      })
      const response = yield* execute(HttpClientRequest.post(`${url}/v1/messages`).pipe(HttpClientRequest.bodyText("hi")))
      assert.strictEqual(response.status, 307)
      assert.deepStrictEqual(seen, ["POST /v1/messages"])
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("trace headers and a client span only under a tracer other than Effect's built-in one", () =>
    Effect.gen(function*() {
      const traceparents: Array<string | undefined> = []
      const { url } = yield* serve((request, response) => {
        traceparents.push(request.headers.traceparent as string | undefined)
        response.end("{}")
      })
      const spans: Array<string> = []
      const tracer = Tracer.make({
        span: (options) => {
          spans.push(options.name)
          return Tracer.nativeTracer.span(options)
        },
      })
      yield* execute(HttpClientRequest.get(`${url}/v1/info`))
      yield* execute(HttpClientRequest.get(`${url}/v1/info`)).pipe(Effect.withTracer(tracer))
      assert.strictEqual(traceparents[0], undefined)
      assert.match(String(traceparents[1]), /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/)
      assert.strictEqual(spans.length, 1, "one client span, under the tracer only")
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("interrupting a request under way aborts it: the server sees its connection close", () =>
    Effect.gen(function*() {
      const arrived = yield* Deferred.make<IncomingMessage>()
      yield* serve((request) => Deferred.doneUnsafe(arrived, Effect.succeed(request))).pipe(
        Effect.flatMap(({ url }) =>
          Effect.gen(function*() {
            const fiber = yield* Effect.forkChild(execute(HttpClientRequest.get(`${url}/v1/chats`)))
            const request = yield* Deferred.await(arrived)
            const closed = once(request.socket, "close")
            yield* Fiber.interrupt(fiber)
            yield* Effect.promise(() => closed)
          })
        ),
      )
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("the client takes a caller's AbortController: aborting it mid-body fails the read and closes the connection", () =>
    Effect.gen(function*() {
      const arrived = yield* Deferred.make<IncomingMessage>()
      const { url } = yield* serve((request, response) => {
        response.writeHead(200, { "content-type": "application/json" })
        response.write(`{"items":[`)
        Deferred.doneUnsafe(arrived, Effect.succeed(request))
        // never ends: only the abort can close it
      })
      const client = yield* Effect.service(HttpClient.HttpClient)
      const run = WebHttpClient.runWithControllerOf(client)
      assert.isDefined(run)
      const controller = new AbortController()
      const response = yield* run!(HttpClientRequest.get(`${url}/v1/chats`), controller)
      const request = yield* Deferred.await(arrived)
      const closed = once(request.socket, "close")
      const reading = yield* Effect.forkChild(Effect.flip(response.text))
      controller.abort()
      const error = yield* Fiber.join(reading)
      assert.strictEqual(error._tag, "HttpClientError")
      yield* Effect.promise(() => closed)
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a response body is a stream: chunks arrive in order, and stopping early closes the connection", () =>
    Effect.gen(function*() {
      const arrived = yield* Deferred.make<IncomingMessage>()
      const { url } = yield* serve((request, response) => {
        response.writeHead(200, { "content-type": "application/octet-stream" })
        for (let i = 0; i < 3; i++) response.write(`chunk ${i};`)
        Deferred.doneUnsafe(arrived, Effect.succeed(request))
        // never ends: only the client stopping can close it
      })
      const response = yield* execute(HttpClientRequest.get(`${url}/v1/assets/serve`))
      const request = yield* Deferred.await(arrived)
      const closed = once(request.socket, "close")
      const text = yield* response.stream.pipe(
        Stream.decodeText,
        Stream.mapAccum(() => "", (all, part) => [all + part, [all + part]]),
        Stream.takeUntil((all) => all.includes("chunk 2;")),
        Stream.runLast,
      )
      assert.deepStrictEqual(text._tag === "Some" ? text.value : undefined, "chunk 0;chunk 1;chunk 2;")
      yield* Effect.promise(() => closed)
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a body stream read to its end is empty when run again", () =>
    Effect.gen(function*() {
      const { url } = yield* serve((_, response) => {
        response.writeHead(200, { "content-type": "text/plain" })
        response.end("once")
      })
      const response = yield* execute(HttpClientRequest.get(`${url}/v1/info`))
      const body = response.stream.pipe(Stream.decodeText, Stream.mkString)
      assert.strictEqual(yield* body, "once")
      assert.strictEqual(yield* body, "")
      assert.strictEqual(yield* response.stream.pipe(Stream.decodeText, Stream.mkString), "")
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a request body may be an Effect Stream (sent as it is produced) or FormData (multipart)", () =>
    Effect.gen(function*() {
      const received: Array<{ type: string | undefined; body: string }> = []
      const { url } = yield* serve((request, response) => {
        void bodyOf(request).then((body) => {
          received.push({ type: request.headers["content-type"], body })
          response.end("ok")
        })
      })
      const streamed = HttpClientRequest.post(`${url}/upload`).pipe(
        HttpClientRequest.bodyStream(Stream.make("one,", "two,", "three").pipe(Stream.encodeText)),
      )
      yield* execute(streamed).pipe(Effect.flatMap((response) => response.text))
      const form = new FormData()
      form.append("fileName", "notes.txt")
      form.append("file", new Blob(["file contents"], { type: "text/plain" }), "notes.txt")
      yield* execute(HttpClientRequest.post(`${url}/upload`).pipe(HttpClientRequest.bodyFormData(form))).pipe(
        Effect.flatMap((response) => response.text),
      )
      assert.strictEqual(received[0]?.body, "one,two,three")
      assert.match(received[1]?.type ?? "", /^multipart\/form-data; boundary=/)
      assert.include(received[1]?.body, "file contents")
      assert.include(received[1]?.body, 'name="fileName"')
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  // `stream.pipeline` aborted the request without an error when the body's source failed: the caller saw only the
  // `ECONNRESET: socket hang up` that followed, as if Desktop had dropped the connection.
  it.live("an attachment that cannot be read (deleted after fs.openAsBlob) fails the upload saying so, not as a reset", () =>
    Effect.gen(function*() {
      const { url } = yield* serve((request, response) => void bodyOf(request).then(() => response.end("{}")))
      const path = join(mkdtempSync(join(tmpdir(), "beeper-kit-upload-")), "report.pdf")
      writeFileSync(path, "report")
      const file = new File([yield* Effect.promise(() => openAsBlob(path))], "report.pdf")
      rmSync(path)
      const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.assets.upload({ file })).pipe(
        Effect.flip,
        Effect.provide(
          BeeperDesktop.layer({ baseUrl: url, accessToken: Redacted.make("token"), retry: false }).pipe(
            Layer.provide(BeeperNode.layerHttpClient),
          ),
        ),
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual(error.message, "the request body could not be read: The blob could not be read")
      // the request's head went out: as the fetch path says, the server may have seen part of it
      if (error._tag === "TransportError") assert.strictEqual(error.delivery, "maybe-sent")
    }).pipe(Effect.scoped))

  it.live("a body Stream that fails fails the request with its error, not as a reset", () =>
    Effect.gen(function*() {
      const { url } = yield* serve((request, response) => void bodyOf(request).then(() => response.end("ok")))
      const failing = HttpClientRequest.post(`${url}/upload`).pipe(
        HttpClientRequest.bodyStream(
          Stream.concat(Stream.make("one,").pipe(Stream.encodeText), Stream.fail(new Error("ENOENT: no such file"))),
        ),
      )
      const error = yield* Effect.flip(execute(failing))
      assert.strictEqual(error.reason._tag, "TransportError")
      const cause = "cause" in error.reason ? error.reason.cause : undefined
      assert.instanceOf(cause, Error)
      assert.strictEqual((cause as Error).message, "the request body could not be read")
      assert.match(String((cause as Error).cause), /ENOENT: no such file/)
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a body the server compressed (gzip, deflate, br) is read decoded, whether or not it was asked for", () =>
    Effect.gen(function*() {
      const json = JSON.stringify({ items: ["a".repeat(1000)], hasMore: false })
      const encoders: Record<string, (text: string) => Buffer> = {
        gzip: (text) => gzipSync(text),
        deflate: (text) => deflateSync(text),
        br: (text) => brotliCompressSync(text),
      }
      const { url } = yield* serve((request, response) => {
        const coding = request.url!.slice(1)
        const body = encoders[coding]!(json)
        response.writeHead(200, { "content-type": "application/json", "content-encoding": coding, "content-length": body.byteLength })
        response.end(body)
      })
      for (const coding of Object.keys(encoders)) {
        const text = yield* execute(HttpClientRequest.get(`${url}/${coding}`)).pipe(Effect.flatMap((response) => response.text))
        assert.strictEqual(text, json, coding)
      }
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a response without a body that names a coding (204, Content-Length: 0, HEAD) is empty, not a failed decode", () =>
    Effect.gen(function*() {
      let requests = 0
      const { url } = yield* serve((request, response) => {
        requests++
        const [, status, coding] = request.url!.split("/")
        response.writeHead(Number(status), { "content-encoding": coding!, ...(status === "200" ? { "content-length": "0" } : {}) })
        response.end()
      })
      for (const coding of ["gzip", "br", "deflate"]) {
        for (const status of ["204", "200"]) {
          const text = yield* execute(HttpClientRequest.get(`${url}/${status}/${coding}`)).pipe(Effect.flatMap((r) => r.text))
          assert.strictEqual(text, "", `${status} ${coding}`)
        }
        const head = yield* execute(HttpClientRequest.head(`${url}/200/${coding}`)).pipe(Effect.flatMap((r) => r.text))
        assert.strictEqual(head, "", `HEAD ${coding}`)
      }
      // and through the SDK: a 204 with a coding is the call's success, made once (no retry of a "transport error")
      requests = 0
      yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.archive({ chatID: "c1", archived: true })).pipe(
        Effect.provide(
          BeeperDesktop.layer({ baseUrl: `${url}/204/gzip`, accessToken: Redacted.make("token") }).pipe(
            Layer.provide(BeeperNode.layerHttpClient),
          ),
        ),
      )
      assert.strictEqual(requests, 1)
    }).pipe(Effect.provide(BeeperNode.layerHttpClient), Effect.scoped))

  it.live("a send to a closed port was not sent; a connection reset after the request was read may have been", () =>
    Effect.gen(function*() {
      const send = (baseUrl: string) =>
        Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.messages.send({ chatID: "c1", text: "hi" })).pipe(
          Effect.flip,
          Effect.provide(
            BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make("token"), retry: false }).pipe(
              Layer.provide(BeeperNode.layerHttpClient),
            ),
          ),
        )
      const refused = yield* send(`http://127.0.0.1:${yield* Effect.promise(closedPort)}`)
      assert.strictEqual(refused._tag, "TransportError")
      if (refused._tag === "TransportError") assert.strictEqual(refused.delivery, "not-sent")

      const { url } = yield* serve((request) => void bodyOf(request).then(() => request.socket.destroy()))
      const reset = yield* send(url)
      assert.strictEqual(reset._tag, "TransportError")
      if (reset._tag === "TransportError") assert.strictEqual(reset.delivery, "maybe-sent")
    }).pipe(Effect.scoped))

  // node:http, given a 101 with `Upgrade` and no `upgrade` listener, destroyed the socket and emitted only `close`:
  // the exchange waited for a `response` or `error` that never came, and the attempt's timeout (destroying the
  // request) did nothing — the call hung for good.
  const switching = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
  for (const [name, answer] of [
    ["and then says nothing", (socket: Socket) => void socket.write(switching)],
    ["and then closes", (socket: Socket) => void socket.end(switching)],
    ["and then a 200", (socket: Socket) => void socket.write(`${switching}HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}`)],
  ] as const) {
    it.live(`a 101 Switching Protocols to a plain request ${name} fails the call with a TransportError (a send: maybe-sent)`, () =>
      Effect.gen(function*() {
        const { url } = yield* serveRaw(answer)
        const errors = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const list = yield* Effect.flip(beeper.chats.list({}))
          const send = yield* Effect.flip(beeper.messages.send({ chatID: "c1", text: "hi" }))
          return [list, send] as const
        }).pipe(
          Effect.provide(
            BeeperDesktop.layer({ baseUrl: url, accessToken: Redacted.make("token"), retry: false, timeout: "1 minute" }).pipe(
              Layer.provide(BeeperNode.layerHttpClient),
            ),
          ),
        )
        for (const error of errors) {
          assert.strictEqual(error._tag, "TransportError")
          if (error._tag === "TransportError") {
            assert.strictEqual(error.delivery, "maybe-sent")
            assert.match(error.message, /switched protocols \(101, Upgrade: websocket\)/)
          }
        }
      }).pipe(Effect.scoped))
  }
})
