// WebHttpClient's RunWithController on the full path (`HttpClient.make`: a tracer installed, or a URL to parse):
// aborting the caller's AbortController aborts the fetch there too, as it does on the lean path.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Tracer } from "effect"
import { HttpClientRequest } from "effect/http"
import { once } from "node:events"
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
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
