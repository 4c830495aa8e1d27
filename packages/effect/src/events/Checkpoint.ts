/**
 * Durable checkpoints of incoming-message delivery: for each chat, the last message a handler finished (its
 * {@link ChatCursor}, keeping of its recent IDs only those that share its sortKey: `Delivery.sharingSortKey`), plus
 * the time delivery first started (the origin a restart catches up from for chats with no checkpoint yet). Stored as
 * versioned JSON in an Effect `KeyValueStore` under the `beeper-kit/incoming/` prefix, so any store works: in memory
 * (the default), a file (`KeyValueFile`, the runtime adapters' `layerCheckpointFile`), a Cloudflare KV namespace,
 * SQL... A checkpoint written by an earlier version, with the whole recent window, is read as it is.
 *
 * A value that is not one of ours — unreadable JSON, another program's data, a newer format — fails with
 * {@link CheckpointCorrupt}: never a crash, never a silent replay from scratch.
 *
 * @module
 */
import type * as FileSystem from "effect/FileSystem"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Semaphore from "effect/Semaphore"
import type * as KeyValueStore from "effect/persistence/KeyValueStore"
import * as KeyValueFile from "./KeyValueFile.ts"
import { keyValueStore } from "./KeyValueStoreModule.ts"
import { type ChatCursor, defaultRecentWindow, sharingSortKey } from "./Delivery.ts"
import { compareSortKeys } from "./GapFill.ts"

/**
 * A stored checkpoint could not be read as one (see the module description); delete or fix it to go on.
 * @since 1.0.0
 * @category Checkpoints
 */
export class CheckpointCorrupt extends Schema.TaggedError<CheckpointCorrupt>()("CheckpointCorrupt", {
  /** The store key. */
  key: Schema.String,
  /** What is wrong, e.g. `not JSON` or `format "something-else", expected "beeper-kit/incoming-checkpoint@1"`. */
  message: Schema.String,
}) {}

/**
 * The checkpoint store failed to read or write (the underlying `KeyValueStoreError`, its message kept, with the reason
 * of its cause: `Unable to set in bot.json: Unknown: FileSystem.rename (…): EACCES: permission denied, …`).
 * @since 1.0.0
 * @category Checkpoints
 */
export class CheckpointUnavailable extends Schema.TaggedError<CheckpointUnavailable>()("CheckpointUnavailable", {
  /** The store operation, e.g. `set`. */
  method: Schema.String,
  message: Schema.String,
}) {}

/**
 * The errors of the checkpoint store.
 * @since 1.0.0
 * @category Checkpoints
 */
export type CheckpointError = CheckpointCorrupt | CheckpointUnavailable

/** The prefix of every key this module writes. */
export const keyPrefix = "beeper-kit/incoming/"
const originKey = `${keyPrefix}origin`
const chatKey = (chatID: string) => `${keyPrefix}chat/${chatID}`

/** The format tags of what is stored; a different tag is a foreign (or future) value. */
const cursorFormat = "beeper-kit/incoming-checkpoint@1"
const originFormat = "beeper-kit/incoming-origin@1"

const StoredCursor = Schema.Struct({
  format: Schema.Literal(cursorFormat),
  chatID: Schema.String,
  id: Schema.String,
  sortKey: Schema.String,
  timestamp: Schema.NullOr(Schema.Number),
  recent: Schema.Array(Schema.String),
})

const StoredOrigin = Schema.Struct({ format: Schema.Literal(originFormat), since: Schema.Number })

/**
 * The checkpoint store's operations.
 * @since 1.0.0
 * @category Checkpoints
 */
export interface CheckpointsApi {
  /** Every chat's checkpoint. */
  readonly load: Effect.Effect<ReadonlyMap<string, ChatCursor>, CheckpointError>
  /**
   * Records that a handler finished the message `cursor` points at. A checkpoint never moves back: a cursor behind the
   * stored one (another delivery on this store went further in that chat) leaves it as it is.
   */
  readonly save: (cursor: ChatCursor) => Effect.Effect<void, CheckpointError>
  /**
   * The time (epoch ms) delivery first started with this store, written on the first call with `now`; never moved
   * forward: an origin the store lists but reads as absent (a stale read) fails with `CheckpointUnavailable` rather
   * than being replaced.
   */
  readonly origin: (now: number) => Effect.Effect<number, CheckpointError>
}

/**
 * The checkpoint store of incoming-message delivery (see the module description).
 * @since 1.0.0
 * @category Checkpoints
 */
export class Checkpoints extends Context.Service<Checkpoints, CheckpointsApi>()("@beeper-kit/effect/Checkpoints") {
  /** Checkpoints in the `KeyValueStore` of the context (keys under `beeper-kit/incoming/`). */
  static readonly layer: Layer.Layer<Checkpoints, never, KeyValueStore.KeyValueStore> = Layer.effect(
    Checkpoints,
    Effect.flatMap(keyValueStore, (module) => module.KeyValueStore.useSync((store) => make(store))),
  )

  /** Checkpoints in memory: at-least-once across restarts (a restart starts afresh), exactly-once within one run. */
  static readonly layerMemory: Layer.Layer<Checkpoints> = Checkpoints.layer.pipe(
    Layer.provide(Layer.unwrap(Effect.map(keyValueStore, (module) => module.layerMemory))),
  )

  /**
   * Checkpoints in one JSON file at `path` (a `KeyValueFile`, replaced atomically on every write) over `fileSystem`:
   * what each runtime adapter's `layerCheckpointFile(path)` is, given its own file system. One process per file;
   * within it, any number of layers over one path share one store (see `KeyValueFile`).
   */
  static readonly layerFile = (
    path: string,
    fileSystem: Layer.Layer<FileSystem.FileSystem>,
  ): Layer.Layer<Checkpoints> =>
    Checkpoints.layer.pipe(Layer.provide(KeyValueFile.layer(path)), Layer.provide(fileSystem))
}

/**
 * A store failure, saying why (its cause's message — the OS reason of a file store's failure — when the store's own
 * message leaves it out); a checkpoint file that is not one (see `KeyValueFile`) is `CheckpointCorrupt`.
 */
const unavailable = (error: KeyValueStore.KeyValueStoreError): CheckpointError => {
  if (error.cause instanceof KeyValueFile.KeyValueFileCorrupt) {
    return new CheckpointCorrupt({ key: error.cause.path, message: error.cause.message })
  }
  const reason = error.cause instanceof Error ? error.cause.message : undefined
  const message = reason === undefined || reason === "" || error.message.includes(reason)
    ? error.message
    : `${error.message}: ${reason}`
  return new CheckpointUnavailable({ method: error.method, message })
}

/** Parses a stored value with `schema`, or fails with `CheckpointCorrupt` saying what is wrong. */
const parse = <S extends Schema.Top>(
  key: string,
  text: string,
  schema: S,
  format: string,
): Effect.Effect<S["Type"], CheckpointCorrupt> =>
  Effect.suspend(() => {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return Effect.fail(new CheckpointCorrupt({ key, message: "not JSON" }))
    }
    const found = typeof json === "object" && json !== null && "format" in json ? String(json.format) : undefined
    if (found !== format) {
      return Effect.fail(
        new CheckpointCorrupt({
          key,
          message: found === undefined
            ? `not a beeper-kit checkpoint (no "format"; expected "${format}")`
            : `format "${found}", expected "${format}"`,
        }),
      )
    }
    return Schema.decodeUnknownEffect(schema)(json).pipe(
      Effect.mapError((issue) => new CheckpointCorrupt({ key, message: String(issue.message) })),
    ) as Effect.Effect<S["Type"], CheckpointCorrupt>
  })

/**
 * One lock per key of a store object, shared by every checkpoint store over it (and, as `KeyValueFile` gives one
 * object per file, over one file): a save reads the stored checkpoint and writes after it, with no other save of that
 * chat in between. Saves of different chats do not wait for each other (`handleIncoming` writes chats side by side: a
 * store that paces writes per key, as Workers KV does, would otherwise make every chat wait for the slowest).
 */
const locks = new WeakMap<KeyValueStore.KeyValueStore, Map<string, Semaphore.Semaphore>>()
const lockOf = (store: KeyValueStore.KeyValueStore, key: string): Semaphore.Semaphore => {
  let ofStore = locks.get(store)
  if (ofStore === undefined) locks.set(store, ofStore = new Map())
  let lock = ofStore.get(key)
  if (lock === undefined) ofStore.set(key, lock = Semaphore.makeUnsafe(1))
  return lock
}

/**
 * What to store when `cursor` is saved over `stored`, or `undefined` to keep `stored`: a checkpoint never moves back.
 * Two deliveries on one store (two bots following one chat) each save their own cursor; the further one wins, and at
 * an equal sortKey the IDs either delivered are all kept (each one, and each cursor's own message, stays not new).
 */
const furthest = (stored: typeof StoredCursor.Type | undefined, cursor: ChatCursor): ChatCursor | undefined => {
  if (stored === undefined) return cursor
  const order = compareSortKeys(cursor.sortKey, stored.sortKey)
  if (order > 0) return cursor
  if (order < 0) return undefined
  const theirs = [...stored.recent, stored.id].filter((id) => id !== cursor.id && !cursor.recent.includes(id))
  if (theirs.length === 0) return cursor
  const recent = [...theirs, ...cursor.recent]
  return { ...cursor, recent: recent.slice(Math.max(0, recent.length - Math.max(defaultRecentWindow, cursor.recent.length))) }
}

/** The checkpoint store over a `KeyValueStore`. */
export const make = (store: KeyValueStore.KeyValueStore): CheckpointsApi => {
  const load: CheckpointsApi["load"] = Effect.gen(function*() {
    const keys = yield* Effect.mapError(store.keys, unavailable)
    const cursors = new Map<string, ChatCursor>()
    for (const key of keys) {
      if (!key.startsWith(`${keyPrefix}chat/`)) continue
      const text = yield* Effect.mapError(store.get(key), unavailable)
      if (text === undefined) continue
      const stored = yield* parse(key, text, StoredCursor, cursorFormat)
      if (chatKey(stored.chatID) !== key) {
        return yield* new CheckpointCorrupt({ key, message: `holds the checkpoint of another chat (${stored.chatID})` })
      }
      cursors.set(stored.chatID, {
        chatID: stored.chatID,
        id: stored.id,
        sortKey: stored.sortKey,
        timestamp: stored.timestamp ?? undefined,
        recent: stored.recent,
      })
    }
    return cursors
  })

  const save: CheckpointsApi["save"] = (cursor) => {
    const key = chatKey(cursor.chatID)
    return lockOf(store, key).withPermits(1)(Effect.gen(function*() {
      const text = yield* Effect.mapError(store.get(key), unavailable)
      const stored = text === undefined ? undefined : yield* parse(key, text, StoredCursor, cursorFormat)
      // only what `isNew` needs is kept: the IDs that share the cursor's sortKey, not the whole recent window (a
      // file of 1,000 chats × 256 IDs was 12.8 MB, rewritten on every ack)
      const next = furthest(stored, { ...cursor, recent: sharingSortKey(cursor) })
      if (next === undefined) return
      yield* Effect.mapError(
        store.set(
          key,
          JSON.stringify({
            format: cursorFormat,
            chatID: next.chatID,
            id: next.id,
            sortKey: next.sortKey,
            timestamp: next.timestamp ?? null,
            recent: next.recent,
          }),
        ),
        unavailable,
      )
    }))
  }

  // An origin is never moved forward: a later one would make a catch-up skip what arrived in between in the chats
  // with no checkpoint. A store may read a key as absent that is there (Workers KV serves a stale copy for up to a
  // minute), so an absent origin is written only when the store does not list it either. Read and written under the
  // key's lock: two deliveries starting together on one store (two bots over one new file) would otherwise both read
  // it absent, and the second, finding the first's origin listed, would take it for a stale read and fail.
  const origin: CheckpointsApi["origin"] = (now) =>
    lockOf(store, originKey).withPermits(1)(Effect.gen(function*() {
      const text = yield* Effect.mapError(store.get(originKey), unavailable)
      if (text !== undefined) return (yield* parse(originKey, text, StoredOrigin, originFormat)).since
      const keys = yield* Effect.mapError(store.keys, unavailable)
      if (keys.includes(originKey)) {
        return yield* new CheckpointUnavailable({
          method: "get",
          message: `${originKey} is listed but reads as absent (a stale read of an eventually consistent store?); ` +
            "not replaced by a later origin: try again later",
        })
      }
      yield* Effect.mapError(store.set(originKey, JSON.stringify({ format: originFormat, since: now })), unavailable)
      return now
    }))

  return { load, save, origin }
}
