/**
 * `BeeperEdge.layerCheckpointKV`: delivery checkpoints in a Workers KV namespace (here a Map behind the binding's
 * shape, listing in pages of 2 as KV pages its keys) — a checkpoint read back by a new layer, and a value that is not
 * one failing with `CheckpointCorrupt`.
 */
import { Checkpoints } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { BeeperEdge } from "../src/index.ts"

const fakeNamespace = (): BeeperEdge.KVNamespaceLike & { readonly data: Map<string, string> } => {
  const data = new Map<string, string>()
  return {
    data,
    get: (key) => Promise.resolve(data.get(key) ?? null),
    put: (key, value) => Promise.resolve(void data.set(key, value)),
    delete: (key) => Promise.resolve(void data.delete(key)),
    list: (options = {}) => {
      const names = [...data.keys()].filter((k) => k.startsWith(options.prefix ?? "")).sort()
      const start = options.cursor === undefined ? 0 : Number(options.cursor)
      const end = start + 2
      return Promise.resolve({
        keys: names.slice(start, end).map((name) => ({ name })),
        list_complete: end >= names.length,
        ...(end >= names.length ? {} : { cursor: String(end) }),
      })
    },
  }
}

const cursor = (chatID: string) => ({ chatID, id: "7", sortKey: "0007", timestamp: undefined, recent: ["7"] })

describe("BeeperEdge.layerCheckpointKV", () => {
  it.effect("checkpoints of several chats are read back through a new layer (KV listed page by page)", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace()
      yield* Checkpoints.use((c) => Effect.forEach(["a", "b", "c"], (chat) => c.save(cursor(chat)))).pipe(
        Effect.provide(BeeperEdge.layerCheckpointKV(namespace)),
      )
      const loaded = yield* Checkpoints.use((c) => c.load).pipe(Effect.provide(BeeperEdge.layerCheckpointKV(namespace)))
      assert.deepStrictEqual([...loaded.keys()].sort(), ["a", "b", "c"])
      // (a checkpoint keeps only the recent IDs after its own message, those sharing its sortKey: none here)
      assert.deepStrictEqual(loaded.get("b"), { ...cursor("b"), recent: [] })
    }))

  it.effect("a foreign value fails with CheckpointCorrupt", () =>
    Effect.gen(function*() {
      const namespace = fakeNamespace()
      namespace.data.set("beeper-kit/incoming/chat/a", "{\"last\":12}")
      const error = yield* Checkpoints.use((c) => c.load).pipe(
        Effect.provide(BeeperEdge.layerCheckpointKV(namespace)),
        Effect.flip,
      )
      assert.strictEqual(error._tag, "CheckpointCorrupt")
    }))
})
