/**
 * A `KeyValueStore` over a Cloudflare Workers KV namespace binding (`env.MY_KV`), for the delivery checkpoints of
 * `handleIncoming` / `incomingMessages` on Workers (e.g. a Cron Trigger that catches up on what arrived since the
 * last run). Typed structurally ({@link KVNamespaceLike}), so no Workers types are needed.
 *
 * Workers KV is eventually consistent across locations (a write may take up to a minute to be seen elsewhere):
 * run one delivery per namespace at a time, from one place, and keep the handler idempotent (`replyOnce`).
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as KeyValueStore from "effect/persistence/KeyValueStore"

/**
 * The part of a Workers `KVNamespace` this store uses.
 * @since 1.0.0
 * @category Checkpoints
 */
export interface KVNamespaceLike {
  get(key: string): Promise<string | null>
  put(key: string, value: string): Promise<void>
  delete(key: string): Promise<void>
  list(options?: { prefix?: string; cursor?: string }): Promise<{
    keys: ReadonlyArray<{ name: string }>
    list_complete: boolean
    cursor?: string
  }>
}

/** The store over `namespace`. */
export const make = (namespace: KVNamespaceLike): KeyValueStore.KeyValueStore => {
  const call = <A>(method: string, key: string | undefined, run: () => Promise<A>) =>
    Effect.tryPromise({
      try: run,
      catch: (cause) =>
        new KeyValueStore.KeyValueStoreError({
          method,
          ...(key === undefined ? {} : { key }),
          message: `Workers KV ${method} failed${key === undefined ? "" : ` for ${key}`}`,
          cause,
        }),
    })
  const keys = call("keys", undefined, async () => {
    const names: Array<string> = []
    let cursor: string | undefined
    do {
      const page = await namespace.list(cursor === undefined ? {} : { cursor })
      names.push(...page.keys.map((k) => k.name))
      cursor = page.list_complete ? undefined : page.cursor
    } while (cursor !== undefined)
    return names
  })
  return KeyValueStore.makeStringOnly({
    get: (key) => call("get", key, async () => (await namespace.get(key)) ?? undefined),
    set: (key, value) => call("set", key, () => namespace.put(key, value)),
    remove: (key) => call("remove", key, () => namespace.delete(key)),
    clear: Effect.flatMap(keys, (names) =>
      Effect.forEach(names, (name) => call("clear", name, () => namespace.delete(name)), { discard: true })),
    size: Effect.map(keys, (names) => names.length),
    keys,
  })
}
