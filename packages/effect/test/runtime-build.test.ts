// The runtime build (dist/runtime, scripts/runtime-bundle.ts) as Node loads it: a plain `node` process importing
// `@beeper-kit/effect` gets the merged files of the `node` export condition, with the same exports as the per-module
// build bundlers take, one copy of each endpoint entry across both entry points, and working calls — a checkpoint
// store among them, whose `KeyValueStore` the runtime build imports on first use (`KeyValueStoreModule.runtime.ts`),
// and live events, whose `Socket` module it imports when the first connection opens (`SocketModule.runtime.ts`).
// Its generated Schemas and endpoint entries are built on first read (`generated/lazy*.runtime.ts`): the same values
// wherever they are read from, and none built by an import and a call whose checks pass but that call's entry.
// Needs `pnpm build` (turbo runs it before the tests).
import { fileURLToPath } from "node:url"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { runNodeModule } from "@beeper-kit/testkit/process"
import { describe, expect, it } from "vitest"
import { endpoints } from "../src/generated/endpoints.ts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const mock = mockServerForFile({ seed: 11 })

/** What the child process reports. */
interface Loaded {
  readonly resolved: ReadonlyArray<string>
  readonly missing: ReadonlyArray<string>
  readonly extra: ReadonlyArray<string>
  readonly sameEntry: boolean
  readonly sameSchemas: ReadonlyArray<boolean>
  readonly accountIDs: ReadonlyArray<string>
  readonly checkpoint: ReadonlyArray<unknown>
  readonly firstEvent: ReadonlyArray<unknown>
  readonly refused: string
}

// Run from the package's folder: Node resolves the package's own name through its `exports`, as it would from a
// consumer's node_modules, under Node's own conditions (no `@beeper-kit/source`).
const program = `
const [runtime, operations, perModule, perModuleOperations, Effect, Layer, Redacted, FetchHttpClient, Stream, Schema] = await Promise.all([
  import("@beeper-kit/effect"), import("@beeper-kit/effect/operations"), import("./dist/index.js"), import("./dist/operations.js"),
  import("effect/Effect"), import("effect/Layer"), import("effect/Redacted"), import("effect/http/FetchHttpClient"),
  import("effect/Stream"), import("effect/Schema"),
])
const names = (module) => Object.keys(module).sort()
const diff = (a, b) => names(a).filter((name) => !(name in b))
const { BeeperClient } = runtime
const layer = BeeperClient.layer({ baseUrl: process.env.URL, accessToken: Redacted.make(process.env.TOKEN) }).pipe(Layer.provide(FetchHttpClient.layer))
const accounts = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperClient), (client) => client.call(operations.accountsList, {})).pipe(Effect.provide(layer)),
)
const cursor = { chatID: "chat-1", id: "m-2", sortKey: "2", timestamp: 2, recent: ["m-1", "m-2"] }
const checkpoint = await Effect.runPromise(
  Effect.flatMap(Effect.service(runtime.Checkpoints), (store) => Effect.andThen(store.save(cursor), store.load)).pipe(
    Effect.provide(runtime.Checkpoints.layerMemory),
  ),
)
// the web-standard WebSocket of the adapters' transport, provided under Effect's \`Socket.WebSocketConstructor\`
const liveEvents = (token, use) => Effect.runPromise(
  Effect.flatMap(Effect.service(runtime.BeeperEvents), use).pipe(
    Effect.provide(runtime.BeeperServices.adapter().layer({ baseUrl: process.env.URL, accessToken: Redacted.make(token) })),
  ),
)
const firstEvent = await liveEvents(process.env.TOKEN, (live) => live.events("*").pipe(Stream.take(1), Stream.runCollect))
const refused = await liveEvents("not-the-token", (live) => live.events("*").pipe(Stream.runCollect, Effect.flip))
console.log(JSON.stringify({
  resolved: [import.meta.resolve("@beeper-kit/effect"), import.meta.resolve("@beeper-kit/effect/operations")],
  missing: [...diff(perModule, runtime), ...diff(perModuleOperations, operations), ...diff(perModule.Schemas, runtime.Schemas)],
  extra: [...diff(runtime, perModule), ...diff(operations, perModuleOperations), ...diff(runtime.Schemas, perModule.Schemas)],
  sameEntry: operations.chatsList === runtime.endpoints["chats.list"],
  sameSchemas: [
    operations.ChatsListInput === runtime.endpoints["chats.list"].input,
    runtime.Schemas.ChatListPage === operations.chatsList.success.schema,
    runtime.Schemas.Error === operations.chatsList.errors[400],
    runtime.Schemas.Chat === runtime.Schemas.Chat,
    accounts.every(Schema.is(runtime.Schemas.Account)),
  ],
  accountIDs: accounts.map((account) => account.accountID),
  checkpoint: [...checkpoint.values()],
  firstEvent: [...firstEvent],
  refused: refused._tag,
}))
`

describe("the runtime build", () => {
  it("is what a Node process imports: the same exports as the per-module build, one copy of each entry, working calls, checkpoints and live events", async () => {
    const server = mock.current
    const { code, stdout, stderr } = await runNodeModule(program, {
      cwd: packageDir,
      env: { URL: server.url, TOKEN: server.token },
      timeoutMs: 120_000,
    })
    expect(stderr).toBe("")
    expect(code).toBe(0)
    const loaded = JSON.parse(stdout) as Loaded
    expect(loaded.resolved.map((url) => url.slice(url.indexOf("/dist/")))).toEqual(["/dist/runtime/index.js", "/dist/runtime/operations.js"])
    expect(loaded.missing).toEqual([])
    expect(loaded.extra).toEqual([])
    expect(loaded.sameEntry).toBe(true)
    expect(loaded.sameSchemas).toEqual([true, true, true, true, true])
    const accounts = await getJson<ReadonlyArray<{ accountID: string }>>(server, "/v1/accounts")
    expect(loaded.accountIDs).toEqual(accounts.map((account) => account.accountID))
    // a checkpoint keeps only the recent IDs after its own message (those sharing its sortKey): none here
    expect(loaded.checkpoint).toEqual([{ chatID: "chat-1", id: "m-2", sortKey: "2", timestamp: 2, recent: [] }])
    expect(loaded.firstEvent).toEqual([{ type: "connected", connection: 1, chatIDs: ["*"] }])
    expect(loaded.refused).toBe("Unauthorized")
  })

  it("builds no generated Schema, and no entry but the one called, for an import and a call or a stream whose checks pass", async () => {
    const server = mock.current
    const lazy = `
const [{ BeeperDesktop, Schemas, endpoints }, Effect, Layer, Redacted, FetchHttpClient] = await Promise.all([
  import("@beeper-kit/effect"), import("effect/Effect"), import("effect/Layer"), import("effect/Redacted"), import("effect/http/FetchHttpClient"),
])
const unbuilt = (object, key) => typeof Object.getOwnPropertyDescriptor(object, key).get === "function"
const pending = () => unbuilt(Schemas, "Chat")
// the entries the call does not read are not built either (the five the events engine names are, at import)
const entries = () => ["chats.search", "messages.send", "accounts.list"].map((key) => unbuilt(endpoints, key))
const afterImport = [pending(), entries()]
const layer = BeeperDesktop.layer({ baseUrl: process.env.URL, accessToken: Redacted.make(process.env.TOKEN) }).pipe(Layer.provide(FetchHttpClient.layer))
const page = await Effect.runPromise(Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.search({ limit: 5 })).pipe(Effect.provide(layer)))
const afterCall = [pending(), entries()]
// a stream too: its input's keys are checked by the generated check, not by reading the input Schema (reading it
// built every input Schema, and a stream over 100,000 messages peaked ~24 MB higher on Node)
const [Stream] = await Promise.all([import("effect/Stream")])
const streamed = await Effect.runPromise(Effect.flatMap(Effect.service(BeeperDesktop), (beeper) =>
  Stream.runCollect(Stream.take(beeper.chats.search.stream({ limit: 5 }), 7))).pipe(Effect.provide(layer)))
const afterStream = [pending(), entries()]
const read = endpoints["chats.retrieve"].success.schema === Schemas.Chat
console.log(JSON.stringify({ pending: [afterImport, afterCall, afterStream, pending()], items: page.items.length, streamed: streamed.length, read, keys: Object.keys(endpoints).length }))
`
    const { code, stdout, stderr } = await runNodeModule(lazy, { cwd: packageDir, env: { URL: server.url, TOKEN: server.token }, timeoutMs: 120_000 })
    expect(stderr).toBe("")
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({
      pending: [[true, [true, true, false]], [true, [false, true, false]], [true, [false, true, false]], false],
      items: 5,
      streamed: 7,
      read: true,
      keys: Object.keys(endpoints).length,
    })
  })
})
