/**
 * A hostile or broken server, on the HTTP response side: bodies that never end, lie about their length or inflate a
 * thousandfold (each a typed `ResponseTooLarge`, the connection closed, memory bounded); the token echoed back in any
 * encoding (never in an error); redirects (never followed: one POST per send, nothing sent to another origin); and
 * the honest case beside them, a page of 64–127 KiB with non-ASCII text (read on Node without a UTF-16 copy). Each
 * over the lean fetch client (`WebHttpClient`, the web adapters' default), Effect's `FetchHttpClient` and the Node
 * adapter's `node:http` client, against a raw server on 127.0.0.1; and a response head that does not parse after the
 * server read a send (the send "maybe-sent", never "not-sent").
 */
import {
  BeeperDesktop,
  type BeeperDesktopApi,
  type ClientOptions,
  type RequestError,
  sendAndConfirm,
  WebHttpClient,
} from "@beeper-kit/effect"
import { startMockServer } from "@beeper-kit/mock-server"
import { BeeperNode } from "@beeper-kit/node"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Redacted } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import { once } from "node:events"
import { createGzip } from "node:zlib"
import { afterAll, beforeAll } from "vitest"
import { type HostileServer, hostileServerForSuite, startHostileServer, writeEndlessly } from "./support/hostile-server.ts"
import { peakGrowthDuring } from "@beeper-kit/testkit/memory"

const MiB = 2 ** 20

/** A token with characters that every encoding changes (`-`, `/`, `+`, `~`). */
const secret = "tok-SECRET/4f9a+Zq~x7"
const token = Redacted.make(secret)

type Transport = { readonly name: string; readonly layer: Layer.Layer<HttpClient.HttpClient> }

/** The clients over `fetch`. */
const fetchTransports: ReadonlyArray<Transport> = [
  { name: "fetch (WebHttpClient)", layer: WebHttpClient.layer },
  { name: "fetch (FetchHttpClient)", layer: FetchHttpClient.layer },
]

const transports: ReadonlyArray<Transport> = [
  ...fetchTransports,
  { name: "Node adapter (node:http)", layer: BeeperNode.layerHttpClient },
]

/** The error `call` fails with on a `BeeperDesktop` at `url` over `transport` (no retries unless given). */
const failure = (
  url: string,
  transport: Layer.Layer<HttpClient.HttpClient>,
  call: (beeper: BeeperDesktopApi) => Effect.Effect<unknown, RequestError>,
  options: ClientOptions = {},
): Promise<RequestError> =>
  Effect.runPromise(
    Effect.flatMap(Effect.service(BeeperDesktop), call).pipe(
      Effect.flip,
      Effect.provide(
        BeeperDesktop.layer({ baseUrl: url, accessToken: token, retry: false, timeout: "60 seconds", ...options }).pipe(
          Layer.provide(transport),
        ),
      ),
    ),
  )

/** `inflated` zero bytes gzipped (about 1,000 times smaller), compressed in 1 MiB steps. */
const gzipBomb = async (inflated: number): Promise<Buffer> => {
  const gzip = createGzip({ level: 9 })
  const parts: Array<Buffer> = []
  gzip.on("data", (part: Buffer) => parts.push(part))
  const zeros = Buffer.alloc(MiB)
  for (let written = 0; written < inflated; written += MiB) {
    if (!gzip.write(zeros)) await once(gzip, "drain")
  }
  gzip.end()
  await once(gzip, "end")
  return Buffer.concat(parts)
}

/** What an endless JSON page repeats: 64 KiB of string items. */
const endlessItem = Buffer.from(`"${"x".repeat(64 * 1024 - 3)}",`)
/** The server stops an "endless" body here, so a client that never stops reading still ends (and fails the test). */
const safetyBytes = 256 * MiB

/** What `call` succeeds with on a `BeeperDesktop` at `url` over `transport` (no retries). */
const success = <A>(
  url: string,
  transport: Layer.Layer<HttpClient.HttpClient>,
  call: (beeper: BeeperDesktopApi) => Effect.Effect<A, RequestError>,
): Promise<A> =>
  Effect.runPromise(
    Effect.flatMap(Effect.service(BeeperDesktop), call).pipe(
      Effect.provide(
        BeeperDesktop.layer({ baseUrl: url, accessToken: token, retry: false }).pipe(Layer.provide(transport)),
      ),
    ),
  )

describe("large JSON pages with non-ASCII text", () => {
  let server: HostileServer
  let page: string
  beforeAll(async () => {
    server = await startHostileServer()
    const mock = await startMockServer({ seed: 1 })
    try {
      const response = await fetch(`${mock.url}/v1/chats?limit=25`, { headers: { authorization: `Bearer ${mock.token}` } })
      // 25 chats (75 KB), between 64 and 127 KiB where Node reads JSON bodies another way, emoji and accents in a title
      const chats = (await response.json()) as { items: Array<Record<string, unknown>> }
      chats.items[0]!["title"] = `Zoë 🙏 ☀️ — 東京 ${"·".repeat(5_000)}`
      page = JSON.stringify(chats)
    } finally {
      await mock.close()
    }
  })
  afterAll(() => server.close())

  for (const transport of transports) {
    for (const framing of ["Content-Length", "chunked"] as const) {
      it.live(`${transport.name}: a page of 64–127 KiB (${framing}) reads as its UTF-8 text`, () =>
        Effect.promise(async () => {
          const bytes = Buffer.from(page)
          assert.isAbove(bytes.byteLength, 65_536)
          assert.isBelow(bytes.byteLength, 130_000)
          server.reset((_, response) => {
            response.writeHead(200, {
              "content-type": "application/json",
              ...(framing === "Content-Length" ? { "content-length": String(bytes.byteLength) } : {}),
            })
            response.end(bytes)
          })
          const read = await success(server.url, transport.layer, (b) => b.chats.list({ limit: 25 }))
          assert.deepStrictEqual(read.items, (JSON.parse(page) as { items: unknown }).items)
        }))
    }
  }
})

describe("response body limits", () => {
  const server = hostileServerForSuite()

  for (const transport of transports) {
    it.live(`${transport.name}: an endless JSON page fails with ResponseTooLarge at the limit, the connection closed`, () =>
      Effect.promise(async () => {
        let written!: Promise<number>
        server.reset((_, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.write('{"items":[')
          written = writeEndlessly(response, endlessItem, safetyBytes)
        })
        const error = await failure(server.url, transport.layer, (b) => b.chats.list({}), {
          maxResponseBytes: { json: MiB },
        })
        assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
        if (error._tag !== "ResponseTooLarge") return
        assert.strictEqual(error.limit, MiB)
        assert.strictEqual(error.status, 200)
        assert.strictEqual(error.operationId, "chats.list")
        await server.closed()
        assert.isBelow(await written, safetyBytes, "the client closed the connection before the server's safety stop")
      }), 120_000)

    it.live(`${transport.name}: a Content-Length over the limit is refused before the body arrives`, () =>
      Effect.promise(async () => {
        server.reset((_, response) => {
          response.writeHead(200, { "content-type": "application/json", "content-length": String(8 * 2 ** 30) })
          response.write('{"items":[') // and nothing more: only the header can tell
        })
        const error = await failure(server.url, transport.layer, (b) => b.chats.list({}), {
          maxResponseBytes: { json: MiB },
        })
        assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
        if (error._tag === "ResponseTooLarge") assert.include(error.message, "Content-Length")
        await server.closed()
      }), 120_000)

    it.live(`${transport.name}: an endless binary body (assets.serve) stops at the binary limit`, () =>
      Effect.promise(async () => {
        let written!: Promise<number>
        server.reset((_, response) => {
          response.writeHead(200, { "content-type": "application/octet-stream" })
          written = writeEndlessly(response, Buffer.alloc(64 * 1024, 7), safetyBytes)
        })
        const error = await failure(server.url, transport.layer, (b) => b.assets.serve({ url: "mxc://x/y" }), {
          maxResponseBytes: { binary: 4 * MiB },
        })
        assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
        if (error._tag === "ResponseTooLarge") assert.strictEqual(error.limit, 4 * MiB)
        await server.closed()
        assert.isBelow(await written, safetyBytes)
      }), 120_000)

    it.live(`${transport.name}: an error status with an endless body is ResponseTooLarge (with the status)`, () =>
      Effect.promise(async () => {
        server.reset((_, response) => {
          response.writeHead(500, { "content-type": "application/json" })
          response.write('{"code":"BOOM","message":"')
          void writeEndlessly(response, Buffer.alloc(64 * 1024, 0x61), safetyBytes)
        })
        const error = await failure(server.url, transport.layer, (b) => b.chats.list({}), {
          maxResponseBytes: { json: MiB },
        })
        assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
        if (error._tag === "ResponseTooLarge") assert.strictEqual(error.status, 500)
        await server.closed()
        assert.strictEqual(server.requests.length, 1, "not retried")
      }), 120_000)
  }

  for (const transport of fetchTransports) {
    it.live(`${transport.name}: by default a JSON body is limited to 32 MiB`, () =>
      Effect.promise(async () => {
        server.reset((_, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.write('{"items":[')
          void writeEndlessly(response, endlessItem, safetyBytes)
        })
        const error = await failure(server.url, transport.layer, (b) => b.chats.list({}))
        assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
        if (error._tag === "ResponseTooLarge") assert.strictEqual(error.limit, 32 * MiB)
        await server.closed()
      }), 120_000)
  }

  describe("gzip bombs (every client inflates them): decompressed bytes are counted, memory stays bounded", () => {
    const inflated = 200 * MiB
    let bomb: Buffer
    beforeAll(async () => {
      bomb = await gzipBomb(inflated)
    }, 120_000)

    const cases = [
      { name: "a JSON page", call: (b: BeeperDesktopApi) => b.chats.list({}), limit: { json: MiB }, type: "application/json" },
      {
        name: "a binary asset",
        call: (b: BeeperDesktopApi) => b.assets.serve({ url: "mxc://x/y" }),
        limit: { binary: 8 * MiB },
        type: "application/octet-stream",
      },
    ]
    for (const bombCase of cases) for (const transport of transports) {
      it.live(`${transport.name}: ${bombCase.name}: ${inflated / MiB} MiB of zeros gzipped`, () =>
        Effect.promise(async () => {
          assert.isBelow(bomb.byteLength, MiB)
          server.reset((_, response) => {
            response.writeHead(200, {
              "content-type": bombCase.type,
              "content-encoding": "gzip",
              "content-length": String(bomb.byteLength),
            })
            response.end(bomb)
          })
          const { value: error, peakMiB } = await peakGrowthDuring(() =>
            failure(server.url, transport.layer, bombCase.call, { maxResponseBytes: bombCase.limit })
          )
          assert.strictEqual(error._tag, "ResponseTooLarge", error.message)
          assert.isBelow(peakMiB, 64, `memory grew by ${peakMiB.toFixed(1)} MiB for a ${inflated / MiB} MiB bomb`)
        }), 120_000)
    }
  })

  it("a JSON limit the runtime could not hold as one string, or a limit that is not a positive integer, is refused when the layer is built", () => {
    const limits = [{ json: 2 ** 30 }, { json: Number.NaN }, { binary: 0 }, { binary: -1 }, { json: 1.5 }]
    for (const maxResponseBytes of limits) {
      const exit = Effect.runSyncExit(
        Effect.scoped(Layer.build(
          BeeperDesktop.layer({ accessToken: token, maxResponseBytes }).pipe(Layer.provide(FetchHttpClient.layer)),
        )),
      )
      assert.isTrue(Exit.isFailure(exit) && Cause.hasDies(exit.cause), `${JSON.stringify(maxResponseBytes)}: ${String(exit)}`)
    }
  })
})

describe("a response head that does not parse, after the server read the whole send", () => {
  const server = hostileServerForSuite()

  for (const transport of transports) {
    it.live(`${transport.name}: TransportError with delivery "maybe-sent" (the message was received)`, () =>
      Effect.promise(async () => {
        // a control character in a header value: every client's HTTP parser refuses the response
        server.reset((request) =>
          request.socket.end("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-title: a\x01b\r\ncontent-length: 2\r\n\r\n{}")
        )
        const error = await failure(server.url, transport.layer, (b) => b.messages.send({ chatID: "!c:beeper.local", text: "hi" }))
        assert.strictEqual(server.requests.filter((r) => r.method === "POST").length, 1, "the server read the send")
        assert.strictEqual(error._tag, "TransportError", error.message)
        if (error._tag === "TransportError") assert.strictEqual(error.delivery, "maybe-sent", error.message)
      }), 120_000)
  }
})

describe("a body that stalls after its headers", () => {
  const server = hostileServerForSuite()

  // Without a length the body is read chunk by chunk; with a declared length within the limit the runtime reads it
  // whole (on WebHttpClient in the same wait as the headers): the timeout must cover both.
  const stalls = [
    { name: "", headers: {} },
    { name: " (declared length within the limit)", headers: { "content-length": "1000" } },
  ]
  for (const transport of transports) for (const stall of stalls) {
    it.live(`${transport.name}: the attempt's timeout covers the body${stall.name}: Timeout (maybe-sent), the connection closed`, () =>
      Effect.promise(async () => {
        // A timeout that fires before the server even read the request tests nothing, and leaves no connection of
        // the server's to close: on a loaded machine 300 ms can pass first, so such a round is tried again with a
        // longer timeout (not a speed limit: the last one waits 10 s for the request to arrive).
        let error: RequestError | undefined
        for (const millis of [300, 1_000, 3_000, 10_000]) {
          server.reset((_, response) => {
            response.writeHead(200, { "content-type": "application/json", ...stall.headers })
            response.write('{"items":[') // and nothing more, the connection left open
          })
          error = await failure(server.url, transport.layer, (b) => b.chats.list({}), { timeout: `${millis} millis` })
          if (server.requests.length > 0) break
        }
        assert.strictEqual(server.requests.length, 1, "the server read the request before the timeout")
        assert.strictEqual(error!._tag, "Timeout", error!.message)
        if (error!._tag === "Timeout") assert.strictEqual(error!.delivery, "maybe-sent")
        await server.closed()
      }), 120_000)
  }
})

describe("the token echoed back in any encoding never reaches an error", () => {
  const server = hostileServerForSuite()

  const jsonEscaped = (text: string, escape: (c: string) => boolean) =>
    [...text].map((c) => (escape(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("")
  const bytes = (text: string) => Buffer.from(text, "utf8")
  /** Each form is written into the JSON text as is (so JSON escapes reach the wire). */
  const forms: ReadonlyArray<readonly [name: string, form: string]> = [
    ["as is", secret],
    ["after Bearer", `Bearer ${secret}`],
    ["one character JSON-escaped (tok\\u002dSECRET)", secret.replace("-", "\\u002d")],
    ["every character JSON-escaped", jsonEscaped(secret, () => true)],
    ["JSON-escaped in upper-case hex, \\/ for /", secret.replace("-", "\\u002D").replace("/", "\\/")],
    ["percent-encoded (encodeURIComponent)", encodeURIComponent(secret)],
    ["every byte percent-encoded, lower case", [...bytes(secret)].map((b) => `%${b.toString(16)}`).join("")],
    ["base64", bytes(secret).toString("base64")],
    ["base64url", bytes(secret).toString("base64url")],
    ["base64 inside Basic user:token", `Basic ${bytes(`user:${secret}`).toString("base64")}`],
    ["base64 of a JSON document holding it", bytes(JSON.stringify({ token: secret, n: 1 })).toString("base64")],
    ["HTML character references", secret.replace("-", "&#45;").replace("/", "&#x2F;")],
  ]

  /** Whether `text` still carries the token in a form a reader could undo. */
  const leaks = (text: string): boolean => {
    const decodings = [text]
    try {
      decodings.push(decodeURIComponent(text))
    } catch {
      // not percent-decodable
    }
    for (const run of text.match(/[A-Za-z0-9+/_-]{8,}={0,2}/g) ?? []) {
      for (let skip = 0; skip < 4; skip++) decodings.push(Buffer.from(run.slice(skip), "base64").toString("latin1"))
    }
    return decodings.some((decoded) => decoded.includes(secret))
  }

  for (const [name, form] of forms) {
    it.live(`status error: ${name}`, () =>
      Effect.promise(async () => {
        const body = `{"code":"UNAUTHORIZED","message":"bad token ${form}","details":{"echo":"${form}","list":["${form}"],"${form}":1}}`
        server.reset((_, response) => {
          response.writeHead(401, { "content-type": "application/json" }).end(body)
        })
        const error = await failure(server.url, WebHttpClient.layer, (b) => b.chats.list({}))
        assert.strictEqual(error._tag, "Unauthorized")
        if (error._tag !== "Unauthorized") return
        assert.include(error.message, "<redacted>")
        const shown = JSON.stringify(error)
        assert.isFalse(leaks(error.message), error.message)
        assert.isFalse(leaks(shown), shown)
        for (const text of [error.message, ...JSON.stringify(error.details).split('"')]) {
          assert.isFalse(leaks(text), text)
        }
      }))
  }

  it.live("decode error of a success body: a JSON-escaped echo in a wrong-typed field", () =>
    Effect.promise(async () => {
      const escaped = jsonEscaped(secret, () => true)
      server.reset((_, response) => {
        response.writeHead(200, { "content-type": "application/json" })
          .end(`{"items":"${escaped}","hasMore":false,"oldestCursor":null,"newestCursor":null}`)
      })
      const error = await failure(server.url, WebHttpClient.layer, (b) => b.chats.list({}))
      assert.strictEqual(error._tag, "DecodeError")
      assert.isFalse(leaks(JSON.stringify(error)), JSON.stringify(error))
    }))

  it.live("sendAndConfirm's SendFailed: a lookup echoing the token (every form) in its failure text and reason", () =>
    Effect.promise(async () => {
      const chatID = "!hostile:beeper.com"
      const pendingMessageID = "pending-1"
      const echoes = forms.map(([, form]) => form).join(" | ")
      server.reset((request, response) => {
        response.writeHead(200, { "content-type": "application/json" })
        if (request.method === "POST") return void response.end(JSON.stringify({ chatID, pendingMessageID }))
        // each form is written into the JSON text as is (a JSON escape is undone by the parse, the others stay)
        response.end(`{"id":"${pendingMessageID}","chatID":"${chatID}","accountID":"a","senderID":"@me:beeper.com",` +
          `"timestamp":"2026-01-01T00:00:00.000Z","sortKey":"1","sendStatus":{"status":"FAIL_PERMANENT",` +
          `"reason":"refused ${echoes}","message":"bridge said ${echoes}","timestamp":"2026-01-01T00:00:00.000Z"}}`)
      })
      const error = await Effect.runPromise(
        sendAndConfirm({ chatID, text: "hello" }, { within: "60 seconds" }).pipe(
          Effect.flip,
          Effect.provide(
            BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false }).pipe(
              Layer.provide(WebHttpClient.layer),
            ),
          ),
        ),
      )
      assert.strictEqual(error._tag, "SendFailed", error.message)
      if (error._tag !== "SendFailed") return
      assert.include(error.message, "<redacted>")
      for (const text of [error.message, error.reason ?? "", JSON.stringify(error), String(error)]) {
        assert.isFalse(leaks(text), text)
      }
    }))
})

describe("redirects are never followed", () => {
  let server: HostileServer
  let other: HostileServer
  beforeAll(async () => {
    server = await startHostileServer()
    other = await startHostileServer()
  })
  afterAll(async () => {
    await server.close()
    await other.close()
  })

  for (const transport of transports) {
    for (const status of [307, 308]) {
      it.live(`${transport.name}: a ${status} on a send — exactly one POST reaches the server, UnexpectedStatus`, () =>
        Effect.promise(async () => {
          server.reset((request, response) => {
            response.writeHead(status, { location: `${server.url}${request.url}?again` }).end()
          })
          const error = await failure(
            server.url,
            transport.layer,
            (b) => b.messages.send({ chatID: "!room:beeper.com", text: "hello" }),
          )
          assert.strictEqual(error._tag, "UnexpectedStatus", error.message)
          if (error._tag === "UnexpectedStatus") assert.strictEqual(error.status, status)
          assert.deepStrictEqual(server.requests.map((r) => `${r.method} ${r.url}`), [
            "POST /v1/chats/!room%3Abeeper.com/messages",
          ])
        }))
    }

    it.live(`${transport.name}: a redirect to another origin — that origin sees nothing, so never the token`, () =>
      Effect.promise(async () => {
        other.reset((_, response) => void response.writeHead(200, { "content-type": "application/json" }).end("{}"))
        server.reset((request, response) => {
          response.writeHead(302, { location: `${other.url}${request.url}` }).end()
        })
        const error = await failure(server.url, transport.layer, (b) => b.accounts.list())
        assert.strictEqual(error._tag, "UnexpectedStatus", error.message)
        assert.strictEqual(server.requests.length, 1)
        assert.deepStrictEqual(other.requests, [])
      }))
  }
})
