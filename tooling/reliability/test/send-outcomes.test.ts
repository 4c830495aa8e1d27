/**
 * Send outcomes a user can act on: a failed send says whether the message may have been sent. A reset after the
 * server read the POST or a timeout is `delivery: "maybe-sent"` (sending again could duplicate it); a refused
 * connection is `"not-sent"` (safe to send again); a send the server accepted whose confirmation fails is
 * `SendUnconfirmed` with its `pendingMessageID` and the lookup's error as `cause` — never the lookup's error alone.
 * Real sockets on 127.0.0.1 only; every server answers the same whatever the speed of the machine.
 */
import { BeeperDesktop, type CallOptions, mayHaveBeenSent, sendAndConfirm } from "@beeper-kit/effect"
import type { MockServer } from "@beeper-kit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { type RecordingServer, startRecordingServer } from "@beeper-kit/testkit/recording-server"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { FetchHttpClient, HttpClient, HttpClientRequest } from "effect/http"
import { afterAll, beforeAll } from "vitest"

const token = Redacted.make("send-outcomes-token")
const chatID = "!room:beeper.com"

const desktopAt = (baseUrl: string, accessToken = token) =>
  BeeperDesktop.layer({ baseUrl, accessToken }).pipe(Layer.provide(FetchHttpClient.layer))

const send = (options?: CallOptions) =>
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.messages.send({ chatID, text: "hello" }, options))

describe("send outcomes over real sockets", () => {
  let server: RecordingServer
  beforeAll(async () => {
    server = await startRecordingServer()
  })
  afterAll(() => server.close())

  it.live("a reset after the server read the POST: TransportError maybe-sent, exactly one POST", () =>
    Effect.gen(function*() {
      server.reset("reset")
      const error = yield* send().pipe(Effect.provide(desktopAt(server.url)), Effect.flip)
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual((error as { delivery?: string }).delivery, "maybe-sent")
      assert.isTrue(mayHaveBeenSent(error))
      assert.deepStrictEqual(server.requests.map((r) => `${r.method} ${r.body}`), [
        `POST ${JSON.stringify({ text: "hello" })}`,
      ])
    }))

  it.live("a refused connection (closed port): TransportError not-sent", () =>
    Effect.gen(function*() {
      const port = yield* Effect.promise(closedPort)
      const error = yield* send().pipe(Effect.provide(desktopAt(`http://127.0.0.1:${port}`)), Effect.flip)
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual((error as { delivery?: string }).delivery, "not-sent")
      assert.isFalse(mayHaveBeenSent(error))
    }))

  it.live("a server that never answers, with a per-call timeout: Timeout maybe-sent, one POST at most", () =>
    Effect.gen(function*() {
      server.reset("hang")
      const error = yield* send({ timeout: "1 second" }).pipe(Effect.provide(desktopAt(server.url)), Effect.flip)
      assert.strictEqual(error._tag, "Timeout")
      assert.strictEqual((error as { delivery?: string }).delivery, "maybe-sent")
      assert.isTrue(mayHaveBeenSent(error))
      assert.isAtMost(server.requests.filter((r) => r.method === "POST").length, 1)
    }))

  it.live("a repeatable request reset once, then refused on its retry, still says maybe-sent", () =>
    Effect.gen(function*() {
      // The first GET is reset after the server read it; the server then closes, so the retry is refused.
      const flaky = yield* Effect.promise(() => startRecordingServer("reset"))
      let closed: Promise<void> | undefined
      const layer = BeeperDesktop.layer({
        baseUrl: flaky.url,
        accessToken: token,
        transformClient: HttpClient.tapError(() => Effect.promise(() => (closed ??= flaky.close()))),
      }).pipe(Layer.provide(FetchHttpClient.layer))
      const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.accounts.list()).pipe(
        Effect.provide(layer),
        Effect.flip,
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual((error as { delivery?: string }).delivery, "maybe-sent")
      assert.strictEqual(flaky.requests.length, 1)
    }))
})

describe("sendAndConfirm: accepted but not confirmed", () => {
  /** Sends through `sendAndConfirm` against a fresh mock server whose message lookups fail as `setUp` arranges. */
  const sendWithFailingLookups = (
    setUp: (server: MockServer) => void,
    transform?: (client: HttpClient.HttpClient) => HttpClient.HttpClient,
  ) =>
    Effect.gen(function*() {
      const server = yield* mockServerScoped({ seed: 11 })
      const layer = BeeperDesktop.layer({
        baseUrl: server.url,
        accessToken: Redacted.make(server.token),
        ...(transform === undefined ? {} : { transformClient: transform }),
      }).pipe(Layer.provide(FetchHttpClient.layer))
      return yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const chat = (yield* beeper.chats.list({ limit: 1 })).items[0]!
        setUp(server)
        const text = `unconfirmed ${chat.id}`
        const error = yield* Effect.flip(
          sendAndConfirm({ chatID: chat.id, text }, { within: "3 seconds", pollInterval: "100 millis", retry: false }),
        )
        return { error, chat, text, server }
      }).pipe(Effect.provide(layer))
    })

  it.live("lookups answering 500: SendUnconfirmed with the pendingMessageID, the chat and the ServerError as cause", () =>
    Effect.scoped(Effect.gen(function*() {
      const { chat, error } = yield* sendWithFailingLookups((server) => {
        server.faults.add({ kind: "status", status: 500, match: { method: "GET", path: "/v1/chats/{chatID}/messages/{messageID}" } })
      })
      assert.strictEqual(error._tag, "SendUnconfirmed", `${error._tag}: ${error.message}`)
      if (error._tag !== "SendUnconfirmed") return
      assert.strictEqual(error.chatID, chat.id)
      assert.isString(error.pendingMessageID)
      assert.isAbove(error.pendingMessageID.length, 0)
      assert.strictEqual(error.cause?._tag, "ServerError")
    })))

  it.live("lookups answering 401: SendUnconfirmed at once with the Unauthorized as cause, the message sent once", () =>
    Effect.scoped(Effect.gen(function*() {
      let lookupsRefused = false
      const { chat, error, server, text } = yield* sendWithFailingLookups(
        () => {
          lookupsRefused = true
        },
        // the token is revoked between the send and its confirmation: every later GET carries a refused token
        (client) =>
          HttpClient.mapRequest(client, (request) =>
            lookupsRefused && request.method === "GET" ? HttpClientRequest.bearerToken(request, "revoked") : request),
      )
      assert.strictEqual(error._tag, "SendUnconfirmed", `${error._tag}: ${error.message}`)
      if (error._tag !== "SendUnconfirmed") return
      assert.strictEqual(error.chatID, chat.id)
      assert.strictEqual(error.cause?._tag, "Unauthorized")
      assert.notInclude(JSON.stringify(error), server.token)
      const page = yield* Effect.promise(() =>
        fetch(`${server.url}/v1/chats/${encodeURIComponent(chat.id)}/messages`, {
          headers: { authorization: `Bearer ${server.token}` },
        }).then((response) => response.json() as Promise<{ items: ReadonlyArray<{ text?: string }> }>)
      )
      assert.strictEqual(page.items.filter((message) => message.text === text).length, 1)
    })))
})
