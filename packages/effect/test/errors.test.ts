// Typed errors from real responses: one tag per status, DecodeError with the offending field's path,
// InvalidRequest before anything is sent, and the token absent from every error's printed form.
import { inspect } from "node:util"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Fiber, Layer, Redacted } from "effect"
import { TestClock } from "effect/testing"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop, type BeeperError, BeeperConfig } from "../src/index.ts"
import { type Answer, closedPort, scriptedServer } from "./support/scriptedServer.ts"

const secret = "test-token-ERRORS-5f2c9a"
const token = Redacted.make(secret)

const desktop = (baseUrl: string) =>
  BeeperDesktop.layer({ baseUrl, accessToken: token, retry: false }).pipe(Layer.provide(FetchHttpClient.layer))

/** Every printed form of an error a user (or a logger) could produce. */
const printedForms = (error: unknown): ReadonlyArray<string> => [
  String(error),
  JSON.stringify(error),
  inspect(error, { depth: 20, showHidden: true }),
  Cause.pretty(Cause.fail(error)),
  (error as Error).stack ?? "",
]

const assertNoToken = (error: unknown) => {
  for (const form of printedForms(error)) assert.notInclude(form, secret)
}

const errorBody = (code: string, extra: Record<string, unknown> = {}) => ({ code, message: `failed: ${code}`, ...extra })

describe("status errors", () => {
  const cases: ReadonlyArray<readonly [number, string]> = [
    [400, "BadRequest"],
    [401, "Unauthorized"],
    [403, "Forbidden"],
    [404, "NotFound"],
    [409, "Conflict"],
    [422, "Unprocessable"],
    [429, "RateLimited"],
    [500, "ServerError"],
    [502, "ServerError"],
    [503, "ServerError"],
    [405, "UnexpectedStatus"],
  ]
  it.live("every documented status becomes its tagged error, with operation, method, path template and status", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((request) => {
        const status = Number(new URL(request.url, "http://x").pathname.split("/").pop())
        return { status, body: errorBody(`E${status}`, { details: { hint: "h" } }), headers: { "retry-after": "3" } }
      })
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      for (const [status, tag] of cases) {
        const error = yield* Effect.flip(beeper.chats.retrieve({ chatID: String(status) }))
        assert.strictEqual(error._tag, tag, `status ${status}`)
        if (
          error._tag === "TransportError" || error._tag === "Timeout" || error._tag === "DecodeError" ||
          error._tag === "InvalidRequest" || error._tag === "ResponseTooLarge"
        ) {
          assert.fail(`unexpected ${error._tag}`)
        } else {
          assert.strictEqual(error.status, status)
          assert.strictEqual(error.operationId, "chats.retrieve")
          assert.strictEqual(error.method, "GET")
          assert.strictEqual(error.path, "/v1/chats/{chatID}")
          assert.strictEqual(error.code, `E${status}`)
          assert.strictEqual(error.message, `failed: E${status}`)
          assert.deepStrictEqual(error.details, { hint: "h" })
          if (error._tag === "RateLimited") assert.isDefined(error.retryAfter)
        }
        assertNoToken(error)
      }
    }))

  it.live("an error response without the Error body still yields the status error", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 401 }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const error = yield* Effect.flip(beeper.accounts.list())
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual(error.message, "HTTP 401")
    }))

  it.live("a server that echoes the token in its error gets it scrubbed", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((request) => ({
        status: 401,
        body: errorBody("BAD_TOKEN", { message: `token ${request.headers.authorization} is invalid`, details: { got: secret } }),
      }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const error = yield* Effect.flip(beeper.accounts.list())
      assert.strictEqual(error._tag, "Unauthorized")
      assert.include(error.message, "<redacted>")
      assertNoToken(error)
    }))

  it.live("a short token (1) breaks no error body: it is parsed first, then scrubbed where it stands as a word", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({
        status: 401,
        body: { code: "E1", message: "token 1 refused (HTTP 401)", details: { count: 1, ids: ["1", "a1"] } },
      }))
      const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make("1"), retry: false })
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(layer.pipe(Layer.provide(FetchHttpClient.layer))))
      const error = yield* Effect.flip(beeper.accounts.list())
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual(error.message, "token <redacted> refused (HTTP 401)")
      assert.deepStrictEqual({ code: (error as Json).code, details: (error as Json).details }, {
        code: "E1",
        details: { count: 1, ids: ["<redacted>", "a1"] },
      })
    }))
})

// deno-lint-ignore no-explicit-any
type Json = any

describe("DecodeError", () => {
  const page = (items: ReadonlyArray<unknown>) => ({ items, hasMore: false, oldestCursor: null, newestCursor: null })
  const chat = (id: string, total: unknown) => ({
    id,
    accountID: "a",
    network: "n",
    title: "t",
    type: "group",
    unreadCount: 0,
    participants: { items: [], hasMore: false, total },
  })

  it.live("a wrong type names the operation and the offending field's path", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({
        status: 200,
        body: page([chat("c0", 1), chat("c1", 2), chat("c2", 3), chat("c3", "three")]),
      }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const error = yield* Effect.flip(beeper.chats.list())
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") {
        assert.strictEqual(error.operationId, "chats.list")
        assert.strictEqual(error.field, "items[3].participants.total")
        assert.strictEqual(error.status, 200)
      }
      assertNoToken(error)
    }))

  it.live("a 2xx body echoing the token: no issue, message or field of the DecodeError holds it (strict too)", () =>
    Effect.gen(function*() {
      // The token where a type is wrong (a value, an object's key where a string belongs) and — read strictly, where
      // every tolerance is an issue — as a new enum value (its message quotes the value) and as an unknown key (its
      // path names the key). Each issue's field or message could carry it out unscrubbed.
      const server = yield* scriptedServer(() => ({
        status: 200,
        body: page([
          { ...chat("c0", 1), title: { [secret]: secret } },
          { ...chat("c1", secret), type: secret },
          { ...chat("c2", 2), [secret]: 1, unreadCount: [secret] },
        ]),
      }))
      for (const strict of [false, true]) {
        const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false, strict })
          .pipe(Layer.provide(FetchHttpClient.layer))
        const error = yield* Effect.flip((yield* BeeperDesktop.pipe(Effect.provide(layer))).chats.list())
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.delivery, "maybe-sent")
          assert.isAtLeast(error.issues.length, strict ? 5 : 3, JSON.stringify(error.issues))
          for (const issue of error.issues) {
            assert.notInclude(issue.message, secret, issue.field)
            assert.notInclude(issue.field, secret)
          }
          assert.notInclude(error.message, secret)
          assert.notInclude(error.field, secret)
        }
        assertNoToken(error)
      }
    }))

  it.live("a missing required field is a DecodeError, never a silent undefined", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: { pendingMessageID: "p1" } }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const error = yield* Effect.flip(beeper.messages.send({ chatID: "c1", text: "x" }))
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") assert.strictEqual(error.field, "chatID")
    }))

  it.live("unknown extra fields are tolerated (forward compatible)", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({
        status: 200,
        body: { chatID: "c1", pendingMessageID: "p1", addedInV9: { nested: true } },
      }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const sent = yield* beeper.messages.send({ chatID: "c1", text: "x" })
      assert.strictEqual(sent.pendingMessageID, "p1")
    }))

  it.live("validateResponses: false returns a schema-violating body as sent; the default decodes it", () =>
    Effect.gen(function*() {
      const violating = page([chat("c0", "three")])
      const server = yield* scriptedServer(() => ({ status: 200, body: violating }))
      const unchecked = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false, validateResponses: false })
        .pipe(Layer.provide(FetchHttpClient.layer))
      const checked = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false, validateResponses: true })
        .pipe(Layer.provide(FetchHttpClient.layer))
      const passed = yield* (yield* BeeperDesktop.pipe(Effect.provide(unchecked))).chats.list()
      assert.deepStrictEqual(passed, violating as unknown)
      for (const layer of [checked, desktop(server.url)]) {
        const error = yield* Effect.flip((yield* BeeperDesktop.pipe(Effect.provide(layer))).chats.list())
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") assert.strictEqual(error.field, "items[0].participants.total")
      }
    }))

  it.live("validateResponses: false still reports a body that is not JSON, and status errors", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((_, index): Answer =>
        index === 0 ? { status: 200, headers: { "content-type": "text/plain" } } : { status: 404, body: errorBody("NOPE") }
      )
      const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token, retry: false, validateResponses: false })
        .pipe(Layer.provide(FetchHttpClient.layer))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(layer))
      const notJson = yield* Effect.flip(beeper.info.retrieve())
      assert.strictEqual(notJson._tag, "DecodeError")
      const missing = yield* Effect.flip(beeper.chats.retrieve({ chatID: "c1" }))
      assert.strictEqual(missing._tag, "NotFound")
    }))

  it.live("a body that is not JSON is a DecodeError of the whole body", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((): Answer => ({ status: 200, headers: { "content-type": "text/plain" } }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const error = yield* Effect.flip(beeper.info.retrieve())
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") assert.strictEqual(error.field, "")
    }))
})

describe("InvalidRequest", () => {
  it.live("input that cannot be valid is refused before anything is sent", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 500 }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const wrongType = yield* Effect.flip(beeper.chats.list({ limit: "ten" as unknown as number }))
      const missing = yield* Effect.flip(beeper.chats.retrieve({} as { chatID: string }))
      const emptyPath = yield* Effect.flip(beeper.chats.retrieve({ chatID: "" }))
      const badEnum = yield* Effect.flip(
        beeper.messages.list({ chatID: "c", direction: "sideways" as "before" }),
      )
      const outOfRange = yield* Effect.flip(beeper.chats.search({ limit: 100_000 }))
      const unknownKey = yield* Effect.flip(beeper.chats.list({ limt: 5 } as unknown as { limit: number }))
      for (const error of [wrongType, missing, emptyPath, badEnum, outOfRange, unknownKey]) {
        assert.strictEqual(error._tag, "InvalidRequest")
        assertNoToken(error)
      }
      if (wrongType._tag === "InvalidRequest") {
        assert.strictEqual(wrongType.field, "limit")
        assert.strictEqual(wrongType.operationId, "chats.list")
      }
      if (missing._tag === "InvalidRequest") assert.strictEqual(missing.field, "chatID")
      if (emptyPath._tag === "InvalidRequest") assert.strictEqual(emptyPath.field, "chatID")
      if (badEnum._tag === "InvalidRequest") assert.strictEqual(badEnum.field, "direction")
      if (outOfRange._tag === "InvalidRequest") assert.strictEqual(outOfRange.field, "limit")
      if (unknownKey._tag === "InvalidRequest") assert.strictEqual(unknownKey.field, "limt")
      assert.strictEqual(server.requests.length, 0)
    }))
})

describe("the token never appears in an error", () => {
  // Under the TestClock (real sockets still): the timeout fires when the test moves the clock, once the request —
  // token and all — has reached the server, not when a short real timer happens to run out.
  it.effect("transport, timeout and insecure-transport errors print without it", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const refused = yield* BeeperDesktop.pipe(
        Effect.flatMap((beeper) => Effect.flip(beeper.accounts.list())),
        Effect.provide(desktop(`http://127.0.0.1:${port}`)),
      )
      const hanging = yield* scriptedServer(() => "hang")
      const waiting = yield* BeeperDesktop.pipe(
        Effect.flatMap((beeper) => Effect.flip(beeper.accounts.list({}, { timeout: "1 minute" }))),
        Effect.provide(desktop(hanging.url)),
        Effect.forkChild,
      )
      yield* Effect.promise(() => hanging.received(1))
      yield* TestClock.adjust("1 minute")
      const timeout = yield* Fiber.join(waiting)
      const insecure = yield* Effect.flip(BeeperConfig.resolve({ baseUrl: "http://192.0.2.7:23373", accessToken: token }))
      const errors: ReadonlyArray<BeeperError> = [refused, timeout, insecure]
      assert.deepStrictEqual(errors.map((error) => error._tag), ["TransportError", "Timeout", "InsecureTransport"])
      for (const error of errors) assertNoToken(error)
    }))

  it("the Redacted token prints as <redacted>", () => {
    assert.notInclude(String(token), secret)
    assert.notInclude(inspect({ token }), secret)
  })

  it.live('a path parameter "", "." or ".." is refused: the URL would resolve to a different route', () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: {} }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      for (const chatID of ["", ".", ".."]) {
        const error = yield* Effect.flip(beeper.chats.retrieve({ chatID }))
        assert.strictEqual(error._tag, "InvalidRequest", JSON.stringify(chatID))
        if (error._tag === "InvalidRequest") assert.strictEqual(error.field, "chatID")
        assertNoToken(error)
      }
      const inner = yield* Effect.flip(beeper.messages.retrieve({ chatID: "c1", messageID: ".." }))
      if (inner._tag !== "InvalidRequest") return assert.fail(`expected InvalidRequest, got ${inner._tag}`)
      assert.strictEqual(inner.field, "messageID")
      assert.strictEqual(server.requests.length, 0)
      // dots inside an ID, and slashes, are fine: percent-encoded into one segment
      yield* Effect.ignore(beeper.chats.retrieve({ chatID: "../x" }))
      yield* Effect.ignore(beeper.chats.retrieve({ chatID: "..." }))
      assert.deepStrictEqual(server.requests.map((r) => r.url), ["/v1/chats/..%2Fx", "/v1/chats/..."])
    }))

  it.live("a request whose URL would exceed 8 KiB is refused, naming the parameter that makes it long", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: {} }))
      const beeper = yield* BeeperDesktop.pipe(Effect.provide(desktop(server.url)))
      const longID = yield* Effect.flip(beeper.chats.retrieve({ chatID: "x".repeat(64 * 1024) }))
      if (longID._tag !== "InvalidRequest") return assert.fail(`expected InvalidRequest, got ${longID._tag}`)
      assert.strictEqual(longID.field, "chatID")
      assert.include(longID.message, "8192")
      const accountIDs = Array.from({ length: 10_000 }, (_, i) => `account-${i}`)
      const manyIDs = yield* Effect.flip(beeper.chats.list({ accountIDs, limit: 10 }))
      if (manyIDs._tag !== "InvalidRequest") return assert.fail(`expected InvalidRequest, got ${manyIDs._tag}`)
      assert.strictEqual(manyIDs.field, "accountIDs")
      assertNoToken(manyIDs)
      assert.strictEqual(server.requests.length, 0)
      // just under the limit is sent: "/v1/chats/" is 10 bytes
      yield* Effect.ignore(beeper.chats.retrieve({ chatID: "y".repeat(8 * 1024 - 10) }))
      assert.strictEqual(server.requests.length, 1)
      assert.strictEqual(server.requests[0]!.url.length, 8 * 1024)
      const over = yield* Effect.flip(beeper.chats.retrieve({ chatID: "y".repeat(8 * 1024 - 9) }))
      assert.strictEqual(over._tag, "InvalidRequest")
      assert.strictEqual(server.requests.length, 1)
    }))
})
