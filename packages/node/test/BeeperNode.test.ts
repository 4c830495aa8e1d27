/**
 * The Node adapter against the mock server, in this Node process: undici keeps one connection alive across
 * requests, `ws` carries the token on the upgrade (and a refused one becomes `Unauthorized`), and `layerConfig`
 * reads the connection from Effect `Config`. The same layers on Node 22 and 24 in child processes: see
 * packages/conformance.
 */
import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Stream } from "effect"
import { createServer, connect, type Server } from "node:net"
import { BeeperNode } from "../src/index.ts"

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ seed: 3 })),
  (server) => Effect.promise(() => server.close()),
)

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
  it.live("keeps connections alive: ten consecutive requests share at most two undici connections", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const relay = yield* countingRelay(server)
      const requests = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const pages = yield* beeper.chats.list.pages({ limit: 10 }).pipe(Stream.runCollect)
        yield* Effect.repeat(beeper.accounts.list(), { times: 10 - pages.length - 1 })
        return 10
      }).pipe(Effect.provide(BeeperNode.layer({ baseUrl: relay.url, accessToken: Redacted.make(server.token) })))
      // undici may open a second socket while the first response is being released; never one per request
      assert.isAtMost(relay.connections(), 2)
      assert.isBelow(relay.connections(), requests)
    }))

  it.live("streams live events through ws, the token on the upgrade", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const types = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(
          Stream.tap((event) =>
            event.type === "connected" ? Effect.sync(() => server.simulate.incomingMessage({ text: "hi" })) : Effect.void
          ),
          Stream.map((event) => event.type),
          Stream.take(2),
          Stream.runCollect,
        )
      }).pipe(Effect.provide(BeeperNode.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) })))
      assert.deepStrictEqual(types, ["connected", "message.upserted"])
    }))

  it.live("a token the server refuses on the upgrade ends the events stream with Unauthorized", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runDrain, Effect.flip)
      }).pipe(Effect.provide(BeeperNode.layer({ baseUrl: server.url, accessToken: Redacted.make("wrong") })))
      assert.strictEqual(error._tag, "Unauthorized")
    }))

  it.live("layerConfig reads BEEPER_ACCESS_TOKEN and BEEPER_DESKTOP_URL through Config", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const config = ConfigProvider.layer(
        ConfigProvider.fromUnknown({ BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }),
      )
      const chats = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        return (yield* beeper.chats.list({ limit: 3 })).items
      }).pipe(Effect.provide(BeeperNode.layerConfig().pipe(Layer.provide(config))))
      assert.lengthOf(chats, 3)
    }))
})
