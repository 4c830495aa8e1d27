// Unusual responses to a JSON call, over `WebHttpClient` (the web adapters' default: a JSON attempt waits once, in one
// callback, for the response and a body it reads whole, and hands anything else on to the effect pipeline) and over
// Effect's `FetchHttpClient` (every response through the effect pipeline): each ends in the same value or the same
// typed error. A `Content-Length` puts the body on the whole-read path; without one the server sends it chunked.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import { gzipSync } from "node:zlib"
import { BeeperConfig, BeeperDesktop, type Options, WebHttpClient } from "../src/index.ts"
import { captureDrift } from "./support/driftCapture.ts"
import { type Answer, scriptedServer } from "./support/scriptedServer.ts"

const token = Redacted.make("test-token-UNUSUAL")
const sent = { chatID: "c1", pendingMessageID: "m1" }

/** A JSON answer of `status`, with its `Content-Length` (`declared`) or without (sent chunked). */
const json = (body: unknown, declared: boolean, status = 200, headers: Record<string, string> = {}): Answer => {
  const text = typeof body === "string" ? body : JSON.stringify(body)
  return {
    status,
    body: new TextEncoder().encode(text),
    contentType: "application/json",
    headers: declared ? { "content-length": String(Buffer.byteLength(text)), ...headers } : headers,
  }
}

/** The outcome of one send answered with `answer`: the value and the drift reported, or the error's fields a user reads. */
const outcome = (transport: Layer.Layer<HttpClient.HttpClient>, answer: Answer, options: Partial<Options> = {}) =>
  Effect.gen(function*() {
    const server = yield* scriptedServer(() => answer)
    const drift = captureDrift()
    const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false, ...options }).pipe(
      Layer.provide(transport),
    )
    const result = yield* Effect.result(
      Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.messages.send({ chatID: "c1", text: "hi" })).pipe(
        Effect.provide(Layer.merge(layer, drift.layer)),
      ),
    )
    if (result._tag === "Success") {
      return { value: result.success as unknown, drift: drift.lines.map((line) => `${line.path}: ${line.kind}`) }
    }
    const { _tag, message } = result.failure
    const fields = result.failure as unknown as Record<string, unknown>
    return { error: { _tag, message, status: fields["status"], field: fields["field"], delivery: fields["delivery"] } }
  })

const cases: ReadonlyArray<readonly [name: string, answer: Answer, expected: string, options?: Partial<Options>]> = [
  ["a valid body, declared length", json(sent, true), "value"],
  ["a valid body, chunked", json(sent, false), "value"],
  ["an undeclared field (drift: reported, read past, dropped)", json({ ...sent, extra: 1 }, true), "value"],
  // copying the body to read past the field recursed over all of it: a stack overflow, a defect instead of the value
  ["an undeclared field nested 100,000 deep (drift: reported, read past, dropped)", json(`{"chatID":"c1","pendingMessageID":"m1","extra":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, true), "value"],
  ["a contract break", json({ ...sent, pendingMessageID: 5 }, true), "DecodeError"],
  ["a body that is not JSON", json("{ not json", true), "DecodeError"],
  ["an empty body", json("", true), "DecodeError"],
  ["a 404 with an error body", json({ code: "NOT_FOUND", message: "no such chat" }, true, 404), "NotFound"],
  ["a 500 with an error body, chunked", json({ message: "boom" }, false, 500), "ServerError"],
  ["a body over the limit, declared", json({ ...sent, pad: "x".repeat(400) }, true), "ResponseTooLarge", {
    maxResponseBytes: { json: 256 },
  }],
  ["a body over the limit, chunked", json({ ...sent, pad: "x".repeat(400) }, false), "ResponseTooLarge", {
    maxResponseBytes: { json: 256 },
  }],
  ["a gzip-coded body (its Content-Length counts the coded bytes)", {
    status: 200,
    body: gzipSync(JSON.stringify(sent)),
    contentType: "application/json",
    headers: { "content-encoding": "gzip", "content-length": String(gzipSync(JSON.stringify(sent)).byteLength) },
  }, "value"],
]

describe("unusual responses through WebHttpClient's one-callback attempt", () => {
  for (const [name, answer, expected, options] of cases) {
    it.live(`${name}: ${expected}, as over FetchHttpClient`, () =>
      Effect.gen(function*() {
        const web = yield* outcome(WebHttpClient.layer, answer, options)
        const fetch = yield* outcome(FetchHttpClient.layer, answer, options)
        assert.deepStrictEqual(web, fetch)
        if (name.startsWith("an undeclared field")) assert.deepStrictEqual(web.drift, ["extra: unknown-field"])
        if (expected === "value") assert.deepStrictEqual(web.value, sent)
        else assert.strictEqual(web.error?._tag, expected)
      }))
  }
})

describe("an error body nested deeper than anyone can print", () => {
  it.live("its details are kept 64 levels deep, so the error can still be logged as JSON and inspected", () =>
    Effect.gen(function*() {
      const depth = 100_000
      const body = `{"code":"X","message":"m","details":${"[".repeat(depth)}${"]".repeat(depth)}}`
      const server = yield* scriptedServer(() => json(body, true, 500))
      const error = yield* Effect.flip(
        BeeperDesktop.use((beeper) => beeper.chats.list()).pipe(
          Effect.provide(BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false }).pipe(Layer.provide(FetchHttpClient.layer))),
        ),
      )
      assert.strictEqual(error._tag, "ServerError")
      // before: RangeError: Maximum call stack size exceeded, from a JSON logger too
      const printed = JSON.parse(JSON.stringify(error)) as { details: unknown }
      let level: unknown = printed.details
      let levels = 0
      while (Array.isArray(level)) {
        level = level[0]
        levels++
      }
      assert.strictEqual(levels, 63) // the details are the body's second level
      assert.strictEqual(level, "[nested too deep]")
    }))
})

describe("maxResponseBytes that cannot be meant", () => {
  it("a bare number, a non-positive or fractional limit: the layer does not build, saying why", () => {
    const attempts: ReadonlyArray<readonly [unknown, RegExp]> = [
      [1024, /maxResponseBytes must be an object \{ json\?, binary\? \} of byte limits, got 1024/],
      [null, /maxResponseBytes must be an object/],
      [{ json: 0 }, /maxResponseBytes.json must be a positive integer, got 0/],
      [{ binary: 1.5 }, /maxResponseBytes.binary must be a positive integer, got 1.5/],
    ]
    for (const [limits, message] of attempts) {
      assert.throws(() => BeeperConfig.resolveMaxResponseBytes(limits as BeeperConfig.MaxResponseBytes), message)
    }
    assert.deepStrictEqual(BeeperConfig.resolveMaxResponseBytes({ json: 8 }), { json: 8, binary: BeeperConfig.defaultMaxResponseBytes.binary })
  })
})
