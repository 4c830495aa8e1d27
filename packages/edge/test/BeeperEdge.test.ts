/**
 * The edge layers on Node: `layerDesktop` (the Vercel Edge layer: fetch only) against the mock server, and the
 * Workers `layer` turning a refused fetch upgrade into `Unauthorized`. The Workers layer for real, in workerd, runs
 * in the conformance matrix and the README example (tooling/conformance).
 */
import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Stream } from "effect"
import { vi } from "vitest"
import { BeeperEdge } from "../src/index.ts"

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ seed: 9 })),
  (server) => Effect.promise(() => server.close()),
)

describe("BeeperEdge", () => {
  it.live("layerDesktop serves BeeperDesktop over fetch alone", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const chat = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        return yield* beeper.chats.retrieve({ chatID: items[0]!.id })
      }).pipe(Effect.provide(BeeperEdge.layerDesktop({ baseUrl: server.url, accessToken: Redacted.make(server.token) })))
      assert.isString(chat.id)
    }))

  it.live("layerDesktopConfig reads the connection from a Worker-style env through ConfigProvider", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const env = { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }
      const accounts = yield* Effect.flatMap(BeeperDesktop, (beeper) => beeper.accounts.list()).pipe(
        Effect.provide(
          BeeperEdge.layerDesktopConfig().pipe(Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env)))),
        ),
      )
      assert.isNotEmpty(accounts)
    }))

  it.live("layer: an upgrade refused with 401 ends the events stream with Unauthorized", () =>
    Effect.gen(function*() {
      const calls: Array<{ url: string; headers: Record<string, string> }> = []
      vi.stubGlobal("fetch", (url: string, init: { headers: Record<string, string> }) => {
        calls.push({ url, headers: init.headers })
        return Promise.resolve(new Response("no", { status: 401 }))
      })
      yield* Effect.addFinalizer(() => Effect.sync(() => vi.unstubAllGlobals()))
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runDrain, Effect.flip)
      }).pipe(
        // the events layer alone: without BeeperDesktop the stream relies on the status the upgrade reported
        Effect.provide(
          BeeperEvents.layer({ baseUrl: "http://127.0.0.1:9", accessToken: Redacted.make("t") }).pipe(
            Layer.provide(BeeperEdge.layerWebSocketConstructor),
          ),
        ),
      )
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual(calls[0]?.url, "http://127.0.0.1:9/v1/ws")
      assert.strictEqual(calls[0]?.headers["Authorization"], "Bearer t")
      assert.strictEqual(calls[0]?.headers["Upgrade"], "websocket")
    }))
})
