/**
 * What only the Node adapter promises: its HTTP client keeps one connection alive across requests. Its `layer`,
 * `layerConfig`, `ws` upgrade and refused token are checked with every adapter's from one table
 * (tooling/conformance/test/adapters.test.ts); the same layers on Node 22 and 24 in the conformance matrix.
 */
import { BeeperDesktop } from "@beeper-kit/effect"
import type { MockServer } from "@beeper-kit/mock-server"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted, Stream } from "effect"
import { createServer, connect, type Server } from "node:net"
import { BeeperNode } from "../src/index.ts"

const mockServer = mockServerScoped({ seed: 3 })

/** A TCP relay in front of the mock server that counts the connections clients open. */
const countingRelay = (server: MockServer) =>
  Effect.acquireRelease(
    Effect.callback<{ readonly url: string; readonly connections: () => number; readonly relay: Server }>((resume) => {
      let connections = 0
      const relay = createServer((client) => {
        connections++
        const upstream = connect(server.port, server.host)
        client.pipe(upstream).pipe(client)
        client.on("error", () => upstream.destroy())
        upstream.on("error", () => client.destroy())
      })
      relay.listen(0, "127.0.0.1", () => {
        const address = relay.address()
        const port = typeof address === "object" && address !== null ? address.port : 0
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}`, connections: () => connections, relay }))
      })
    }),
    ({ relay }) =>
      Effect.callback<void>((resume) => {
        relay.close(() => resume(Effect.void))
        ;(relay as Server & { closeAllConnections?: () => void }).closeAllConnections?.()
      }),
  )

describe("BeeperNode", () => {
  it.live("keeps connections alive: ten consecutive requests share at most two connections", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const relay = yield* countingRelay(server)
      const requests = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const pages = yield* beeper.chats.list.pages({ limit: 10 }).pipe(Stream.runCollect)
        yield* Effect.repeat(beeper.accounts.list(), { times: 10 - pages.length - 1 })
        return 10
      }).pipe(Effect.provide(BeeperNode.layer({ baseUrl: relay.url, accessToken: Redacted.make(server.token) })))
      // a second socket may open while the first response is being released; never one per request
      assert.isAtMost(relay.connections(), 2)
      assert.isBelow(relay.connections(), requests)
    }))
})
