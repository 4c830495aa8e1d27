// BeeperServices: both services from one layer, over the transports in context (the runtime adapters' base).
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Option, Redacted, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop, BeeperEvents, BeeperServices } from "../src/index.ts"
import { recordingWsConstructor } from "./events-support.ts"
import { mockDesktop } from "./support/mockDesktop.ts"
import { scriptedServer } from "./support/scriptedServer.ts"

/** One HTTP call, and the live stream's first element (the server's acknowledgement of `*`). */
const useBoth = Effect.gen(function*() {
  const accounts = yield* BeeperDesktop.use((beeper) => beeper.accounts.list())
  const first = yield* BeeperEvents.use((live) => live.events("*").pipe(Stream.runHead))
  return { accounts, first: Option.getOrUndefined(first) }
})

describe("BeeperServices", () => {
  it.live("layer: BeeperDesktop over the HttpClient, BeeperEvents over the WebSocketConstructor in context", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      const ws = recordingWsConstructor()
      const { accounts, first } = yield* useBoth.pipe(
        Effect.provide(
          BeeperServices.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
            Layer.provide(Layer.mergeAll(FetchHttpClient.layer, ws.layer)),
          ),
        ),
      )
      assert.isNotEmpty(accounts)
      assert.deepStrictEqual(first, { type: "connected", connection: 1, chatIDs: ["*"] })
      assert.lengthOf(ws.sockets, 1, "the stream's socket came from the WebSocketConstructor provided")
    }))

  it.live("layerConfig: the connection comes from Config, for both services", () =>
    Effect.gen(function*() {
      const { server } = yield* mockDesktop()
      const ws = recordingWsConstructor()
      const env = { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }
      const { accounts, first } = yield* useBoth.pipe(
        Effect.provide(BeeperServices.layerConfig().pipe(Layer.provide(Layer.mergeAll(FetchHttpClient.layer, ws.layer)))),
        Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })),
      )
      assert.isNotEmpty(accounts)
      assert.strictEqual(first?.type, "connected")
      assert.lengthOf(ws.sockets, 1)
    }))

  it.effect("layerConfig fails with a ConfigurationError without BEEPER_ACCESS_TOKEN, and InsecureTransport off loopback", () =>
    Effect.gen(function*() {
      const transport = Layer.mergeAll(FetchHttpClient.layer, BeeperEvents.layerWebSocketConstructor)
      const build = (env: Record<string, string>) =>
        Effect.flip(
          Effect.void.pipe(
            Effect.provide(BeeperServices.layerConfig().pipe(Layer.provide(transport))),
            Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })),
          ),
        )
      assert.strictEqual((yield* build({}))._tag, "ConfigurationError")
      const insecure = yield* build({ BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: "http://192.168.1.20:23373" })
      assert.strictEqual(insecure._tag, "InsecureTransport")
    }))

  it.live("validateResponses reaches BeeperDesktop through layer and layerConfig", () =>
    Effect.gen(function*() {
      // a page whose item lacks every required Chat field: only an unchecked client returns it
      const violating = { items: [{ id: "c0" }], hasMore: false, oldestCursor: null, newestCursor: null }
      const server = yield* scriptedServer(() => ({ status: 200, body: violating }))
      const transport = Layer.mergeAll(FetchHttpClient.layer, BeeperEvents.layerWebSocketConstructor)
      const env = { BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: server.url }
      const list = BeeperDesktop.use((beeper) => beeper.chats.list())
      const direct = yield* list.pipe(
        Effect.provide(
          BeeperServices.layer({ baseUrl: server.url, accessToken: Redacted.make("t"), validateResponses: false }).pipe(
            Layer.provide(transport),
          ),
        ),
      )
      assert.deepStrictEqual(direct, violating as unknown)
      const fromConfig = (validateResponses: boolean) =>
        list.pipe(
          Effect.provide(BeeperServices.layerConfig({ validateResponses, retry: false }).pipe(Layer.provide(transport))),
          Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })),
        )
      assert.deepStrictEqual(yield* fromConfig(false), violating as unknown)
      assert.strictEqual((yield* Effect.flip(fromConfig(true)))._tag, "DecodeError")
    }))
})
