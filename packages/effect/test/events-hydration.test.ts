// Completing partial entries (events/Hydration.ts) against a stub `BeeperClient`: a bounded number of fetches at a
// time, every entry back in the server's order, failures listed with their reason, nothing fetched without an ID.
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Option, Queue } from "effect"
import type { BeeperClientApi } from "../src/BeeperClient.ts"
import { NotFound } from "../src/BeeperError.ts"
import * as Hydration from "../src/events/Hydration.ts"
import type { MessageUpserted } from "../src/events/LiveEvent.ts"
import { messagesRetrieve } from "../src/generated/endpoints.ts"
import { makeDriftLog } from "../src/internal/drift.ts"

const message = (id: string) => ({
  id,
  accountID: "a",
  chatID: "c",
  senderID: "@alice:local",
  sortKey: id.slice(1),
  timestamp: "2026-02-13T10:00:00.000Z",
})

const event = (entries: ReadonlyArray<ReturnType<typeof message>>, ids: ReadonlyArray<string>): MessageUpserted => ({
  type: "message.upserted",
  seq: 1,
  ts: 1,
  chatID: "c",
  ids,
  entries,
})

/** A `BeeperClient` whose `messages.retrieve` is `retrieve` (the only operation hydration of messages uses). */
const stub = (retrieve: (input: { readonly messageID: string }) => Effect.Effect<unknown, unknown>) =>
  Option.some({
    call: (endpoint: unknown, input: { readonly messageID: string }) =>
      endpoint === messagesRetrieve ? retrieve(input) : Effect.die(`unexpected ${String(endpoint)}`),
  } as unknown as BeeperClientApi)

const notFound = new NotFound({
  operationId: "messages.retrieve",
  method: "GET",
  path: "/v1/chats/{chatID}/messages/{messageID}",
  status: 404,
  message: "Message not found",
})

describe("Hydration", () => {
  it.effect("fetches at most `concurrency` entries at a time and puts each back where the server had it", () =>
    Effect.gen(function*() {
      const started = yield* Queue.unbounded<string>()
      const gate = yield* Deferred.make<void>()
      let inFlight = 0
      let most = 0
      const client = stub(({ messageID }) =>
        Effect.gen(function*() {
          inFlight++
          most = Math.max(most, inFlight)
          yield* Queue.offer(started, messageID)
          yield* Deferred.await(gate)
          inFlight--
          return message(messageID)
        })
      )
      const hydrate = Hydration.make({ client, drift: makeDriftLog({ strict: false }), concurrency: 3 })
      // wire: m0 complete, m1..m8 partial (positions 1..8), m9 complete
      const ids = Array.from({ length: 10 }, (_, i) => `m${i}`)
      const incomplete = ids.slice(1, 9).map((id, i) => ({ index: i + 1, id }))
      const fiber = yield* Effect.forkChild(hydrate({ event: event([message("m0"), message("m9")], ids), incomplete }))
      for (let i = 0; i < 3; i++) yield* Queue.take(started)
      for (let i = 0; i < 10; i++) yield* Effect.yieldNow
      assert.strictEqual(inFlight, 3)
      assert.strictEqual(yield* Queue.size(started), 0)
      yield* Deferred.succeed(gate, undefined)
      const done = yield* Fiber.join(fiber)
      assert.strictEqual(most, 3)
      assert.deepStrictEqual(done.entries?.map((m) => m.id), ids)
      assert.isUndefined((done as MessageUpserted).unhydrated)
    }))

  it.effect("lists what cannot be completed with its ID and reason, keeping the rest", () =>
    Effect.gen(function*() {
      const client = stub(({ messageID }) => messageID === "m2" ? Effect.fail(notFound) : Effect.succeed(message(messageID)))
      const hydrate = Hydration.make({ client, drift: makeDriftLog({ strict: false }) })
      const done = yield* hydrate({
        event: event([], ["m1", "m2", "m3"]),
        incomplete: [{ index: 0, id: "m1" }, { index: 1, id: "m2" }, { index: 2, id: undefined }],
      })
      assert.deepStrictEqual(done.entries?.map((m) => m.id), ["m1"])
      assert.deepStrictEqual(done.unhydrated, [
        { id: "m2", reason: "not-found", message: "NotFound: Message not found" },
        { id: undefined, reason: "missing-id", message: "the entry has no id to fetch it by" },
      ])
    }))

  it.effect("without BeeperClient, fetches nothing: every incomplete entry is no-http-client", () =>
    Effect.gen(function*() {
      const hydrate = Hydration.make({ client: Option.none(), drift: makeDriftLog({ strict: false }) })
      const done = yield* hydrate({ event: event([message("m1")], ["m1", "m2"]), incomplete: [{ index: 1, id: "m2" }] })
      assert.deepStrictEqual(done.entries?.map((m) => m.id), ["m1"])
      assert.deepStrictEqual(done.unhydrated?.map((u) => [u.id, u.reason]), [["m2", "no-http-client"]])
    }))
})
