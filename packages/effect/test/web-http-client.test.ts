// WebHttpClient's RunWithController on the full path (`HttpClient.make`: a tracer installed, or a URL to parse):
// aborting the caller's AbortController aborts the fetch there too, as it does on the lean path. And a server that
// switches protocols on a plain request.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, Tracer } from "effect"
import { FetchHttpClient, type HttpClient, HttpClientRequest } from "effect/http"
import { once } from "node:events"
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { BeeperDesktop, type RequestError } from "../src/index.ts"
import * as WebHttpClient from "../src/WebHttpClient.ts"

/** A server on 127.0.0.1 that never answers; `arrived` resolves with each request as it comes. */
const silentServer = Effect.acquireRelease(
  Effect.promise(async () => {
    const arrivals: Array<(request: IncomingMessage) => void> = []
    const server = createServer((request) => arrivals.shift()?.(request))
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const port = (server.address() as AddressInfo).port
    const next = () => new Promise<IncomingMessage>((resolve) => arrivals.push(resolve))
    return { server, port, next }
  }),
  ({ server }) =>
    Effect.promise(() => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }),
)

/** A tracer other than Effect's built-in one (its spans are the built-in ones): the full path is taken. */
const tracer = Tracer.make({ span: (options) => Tracer.nativeTracer.span(options) })

describe("WebHttpClient.runWithControllerOf", () => {
  const cases: ReadonlyArray<readonly [string, (port: number) => string, boolean]> = [
    ["under a tracer", (port) => `http://127.0.0.1:${port}/v1/accounts`, true],
    ["with a URL to parse (HTTP://, a #fragment)", (port) => `HTTP://127.0.0.1:${port}/v1/accounts#frag`, false],
  ]
  for (const [name, urlOf, traced] of cases) {
    it.live(`${name}: aborting the caller's controller aborts the fetch (the server sees it closed, the call fails)`, () =>
      Effect.gen(function*() {
        const { port, next } = yield* silentServer
        const run = WebHttpClient.runWithControllerOf(WebHttpClient.make())!
        const controller = new AbortController()
        const arriving = next()
        const call = run(HttpClientRequest.get(urlOf(port)), controller)
        const fiber = yield* Effect.forkChild(Effect.flip(traced ? Effect.withTracer(call, tracer) : call))
        const request = yield* Effect.promise(() => arriving)
        const closed = once(request.socket, "close")
        controller.abort()
        const error = yield* Fiber.join(fiber)
        assert.strictEqual(error._tag, "HttpClientError")
        assert.strictEqual(error.reason._tag, "TransportError")
        yield* Effect.promise(() => closed)
      }).pipe(Effect.scoped), 60_000) // a hang guard (without the abort the call never ends), not a speed check
  }
})

/**
 * A `fetch` that answers every request with `101 Switching Protocols` (`Upgrade: h2c`), as Deno's does for a server
 * that switches protocols on a plain request (a Node `Response` cannot be made with status 101); `aborted` says
 * whether the request's signal was aborted (its connection closed) once it answered.
 */
const switchingFetch = () => {
  const state = { aborted: false, fetched: 0 }
  const fetch: typeof globalThis.fetch = (_input, init) => {
    state.fetched++
    const response = new Response(null, { headers: { upgrade: "h2c", connection: "upgrade" } })
    Object.defineProperty(response, "status", { value: 101 })
    init?.signal?.addEventListener("abort", () => state.aborted = true, { once: true })
    return Promise.resolve(response)
  }
  return { fetch, state }
}

// Deno's and workerd's fetch hand a 101 on as a response: it was read as `UnexpectedStatus` (no `delivery`) where
// Node's own client, undici's fetch and Bun fail with a TransportError that may have been sent.
describe("a 101 Switching Protocols to a plain request, over WebHttpClient", () => {
  const desktopOver = (client: Layer.Layer<HttpClient.HttpClient>) =>
    BeeperDesktop.layer({ baseUrl: "http://127.0.0.1:9", accessToken: Redacted.make("t"), retry: false }).pipe(Layer.provide(client))
  const calls: ReadonlyArray<readonly [string, (beeper: BeeperDesktop["Service"]) => Effect.Effect<unknown, RequestError>]> = [
    ["a JSON call (its fetch started directly)", (beeper) => beeper.accounts.list()],
    ["a send", (beeper) => beeper.messages.send({ chatID: "c1", text: "hi" })],
    ["a binary call (run as an effect)", (beeper) => beeper.assets.serve({ url: "mxc://a/b" })],
  ]
  const switched = "ERR_UNEXPECTED_UPGRADE: the server switched protocols (101, Upgrade: h2c) on a plain HTTP request"
  /** Runs `call` over `client` against a fetch that answers 101: its error must be that TransportError, maybe-sent. */
  const failsSwitched = (
    client: Layer.Layer<HttpClient.HttpClient>,
    call: (beeper: BeeperDesktop["Service"]) => Effect.Effect<unknown, RequestError>,
    message: string,
  ) =>
    Effect.gen(function*() {
      const { fetch, state } = switchingFetch()
      const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => Effect.flip(call(beeper))).pipe(
        Effect.provide(desktopOver(client)),
        Effect.provideService(FetchHttpClient.Fetch, fetch),
      )
      assert.strictEqual(error._tag, "TransportError")
      if (error._tag === "TransportError") {
        assert.strictEqual(error.delivery, "maybe-sent")
        assert.strictEqual(error.message, message)
      }
      return state
    })
  for (const [name, call] of calls) {
    // live: under the TestClock every attempt races a timer fiber instead of taking the paths named
    it.live(`${name} fails with a TransportError, delivery "maybe-sent", and closes the connection`, () =>
      Effect.gen(function*() {
        const state = yield* failsSwitched(WebHttpClient.layer, call, `${switched}; the connection was closed`)
        assert.strictEqual(state.fetched, 1)
        assert.isTrue(state.aborted)
      }))
  }

  // a client of the caller's own hands the 101 on as a response: it is read as the same transport failure
  for (const [name, call] of [["a JSON call", calls[0]![1]], ["a send", calls[1]![1]]] as const) {
    it.live(`over Effect's FetchHttpClient, ${name} fails with the same TransportError, delivery "maybe-sent"`, () =>
      Effect.asVoid(failsSwitched(FetchHttpClient.layer, call, switched)))
  }

  it.effect("the client itself fails the request with a transport error (no 101 response is handed on)", () =>
    Effect.gen(function*() {
      const { fetch } = switchingFetch()
      const error = yield* Effect.flip(WebHttpClient.client.execute(HttpClientRequest.get("http://127.0.0.1:9/v1/info"))).pipe(
        Effect.provideService(FetchHttpClient.Fetch, fetch),
      )
      assert.strictEqual(error.reason._tag, "TransportError")
    }))
})
