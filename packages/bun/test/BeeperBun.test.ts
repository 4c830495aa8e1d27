/**
 * The Bun adapter's layers. They use only web-standard APIs (`fetch`, `WebSocket` with upgrade headers), so their
 * wiring is checked here on Node, which has both; on Bun itself the conformance matrix and the README example run
 * them (tooling/conformance).
 */
import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Stream } from "effect"
import { BeeperBun } from "../src/index.ts"

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ seed: 5 })),
  (server) => Effect.promise(() => server.close()),
)

describe("BeeperBun", () => {
  it.live("layer provides BeeperDesktop and BeeperEvents over fetch and WebSocket", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const [chats, types] = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const live = yield* BeeperEvents
        const chats = (yield* beeper.chats.list({ limit: 2 })).items
        const types = yield* live.events("*").pipe(
          Stream.tap((event) =>
            event.type === "connected" ? Effect.sync(() => server.simulate.incomingMessage({ text: "hi" })) : Effect.void
          ),
          Stream.map((event) => event.type),
          Stream.take(2),
          Stream.runCollect,
        )
        return [chats, types] as const
      }).pipe(Effect.provide(BeeperBun.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) })))
      assert.lengthOf(chats, 2)
      assert.deepStrictEqual(types, ["connected", "message.upserted"])
    }))

  it.live("layerConfig reads the connection through Config", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const config = ConfigProvider.layer(
        ConfigProvider.fromUnknown({ BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }),
      )
      const accounts = yield* Effect.flatMap(BeeperDesktop, (beeper) => beeper.accounts.list()).pipe(
        Effect.provide(BeeperBun.layerConfig().pipe(Layer.provide(config))),
      )
      assert.isNotEmpty(accounts)
    }))
})
