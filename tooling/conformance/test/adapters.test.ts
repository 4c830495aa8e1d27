/**
 * Every runtime adapter from one table, in this Node process against the mock server: `layer` (HTTP, and live events
 * over the adapter's WebSocket with the token on the upgrade), `layerConfig` (the connection from Effect `Config`),
 * `layerTransport` under `BeeperServices.layer`, and a token the server refuses (`Unauthorized`, over HTTP and on the
 * upgrade). The edge adapter's Vercel layers (`layerDesktop*`) run here too; its Worker WebSocket needs workerd's
 * `fetch` upgrade, so its live events run in the matrix. Each adapter on its own runtime (Node 22 and 24, Deno, Bun,
 * workerd, Vercel Edge): matrix.test.ts and readme-examples.test.ts.
 */
import { BeeperBun } from "@beeper-kit/bun"
import { BeeperDeno } from "@beeper-kit/deno"
import { BeeperEdge } from "@beeper-kit/edge"
import { BeeperDesktop, BeeperEvents, BeeperServices } from "@beeper-kit/effect"
import { BeeperNode } from "@beeper-kit/node"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Stream } from "effect"

interface AdapterRow {
  readonly name: string
  readonly adapter: Pick<BeeperServices.Adapter, "layer" | "layerConfig" | "layerTransport">
  /** Whether its WebSocket dials from Node (the Worker one needs workerd's `fetch` upgrade). */
  readonly liveEventsOnNode: boolean
  /** The layers of `BeeperDesktop` alone (runtimes without outbound WebSockets). */
  readonly desktopOnly?: Pick<BeeperServices.Adapter, "layerDesktop" | "layerDesktopConfig">
}

const adapters: ReadonlyArray<AdapterRow> = [
  { name: "@beeper-kit/node", adapter: BeeperNode, liveEventsOnNode: true },
  { name: "@beeper-kit/deno", adapter: BeeperDeno, liveEventsOnNode: true },
  { name: "@beeper-kit/bun", adapter: BeeperBun, liveEventsOnNode: true },
  { name: "@beeper-kit/edge", adapter: BeeperEdge, liveEventsOnNode: false, desktopOnly: BeeperEdge },
]

const mockServer = mockServerScoped({ seed: 5 })


/** The first two chats and the first two live event types, a contact writing once connected. */
const chatsAndEvents = (simulate: () => void) =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const live = yield* BeeperEvents
    const chats = (yield* beeper.chats.list({ limit: 2 })).items
    const types = yield* live.events("*").pipe(
      Stream.tap((event) => event.type === "connected" ? Effect.sync(simulate) : Effect.void),
      Stream.map((event) => event.type),
      Stream.take(2),
      Stream.runCollect,
    )
    return { chats, types }
  })

const accounts = Effect.flatMap(BeeperDesktop, (beeper) => beeper.accounts.list())

/** A `*Config` layer given the mock's connection as a Worker's `env` or the environment has it: it lists accounts. */
const readsConfig = (layerConfig: () => Layer.Layer<BeeperDesktop, unknown>) =>
  Effect.gen(function*() {
    const server = yield* mockServer
    const env = { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }
    const layer = layerConfig().pipe(Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env))))
    assert.isNotEmpty(yield* accounts.pipe(Effect.provide(layer)))
  })

describe.each(adapters)("$name", ({ adapter, liveEventsOnNode, desktopOnly }) => {
  it.live("layer: BeeperDesktop over the HTTP client" + (liveEventsOnNode ? ", BeeperEvents over the WebSocket" : ""), () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const options = { baseUrl: server.url, accessToken: Redacted.make(server.token) }
      if (!liveEventsOnNode) {
        const { items } = yield* Effect.flatMap(BeeperDesktop, (beeper) => beeper.chats.list({ limit: 2 })).pipe(
          Effect.provide(adapter.layer(options)),
        )
        return assert.lengthOf(items, 2)
      }
      const { chats, types } = yield* chatsAndEvents(() => server.simulate.incomingMessage({ text: "hi" })).pipe(
        Effect.provide(adapter.layer(options)),
      )
      assert.lengthOf(chats, 2)
      assert.deepStrictEqual(types, ["connected", "message.upserted"])
    }))

  it.live("layerConfig reads BEEPER_ACCESS_TOKEN and BEEPER_DESKTOP_URL through Config", () =>
    readsConfig(() => adapter.layerConfig()))

  it.live("layerTransport carries BeeperServices.layer", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const services = BeeperServices.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) })
      const found = yield* accounts.pipe(Effect.provide(services.pipe(Layer.provide(adapter.layerTransport))))
      assert.isNotEmpty(found)
    }))

  it.live("a token the server refuses is Unauthorized over HTTP" + (liveEventsOnNode ? " and on the upgrade" : ""), () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const layer = adapter.layer({ baseUrl: server.url, accessToken: Redacted.make("wrong") })
      const http = yield* accounts.pipe(Effect.flip, Effect.provide(layer))
      assert.strictEqual(http._tag, "Unauthorized")
      if (!liveEventsOnNode) return
      const upgrade = yield* Effect.flatMap(BeeperEvents, (live) => live.events("*").pipe(Stream.runDrain, Effect.flip))
        .pipe(Effect.provide(layer))
      assert.strictEqual(upgrade._tag, "Unauthorized")
    }))

  if (desktopOnly !== undefined) {
    it.live("layerDesktop serves BeeperDesktop over fetch alone", () =>
      Effect.gen(function*() {
        const server = yield* mockServer
        const layer = desktopOnly.layerDesktop({ baseUrl: server.url, accessToken: Redacted.make(server.token) })
        const chat = yield* Effect.gen(function*() {
          const beeper = yield* BeeperDesktop
          const { items } = yield* beeper.chats.list({ limit: 1 })
          return yield* beeper.chats.retrieve({ chatID: items[0]!.id })
        }).pipe(Effect.provide(layer))
        assert.isString(chat.id)
      }))

    it.live("layerDesktopConfig reads the connection from a Worker-style env through ConfigProvider", () =>
      readsConfig(() => desktopOnly.layerDesktopConfig()))
  }
})
