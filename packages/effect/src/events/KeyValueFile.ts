/**
 * A `KeyValueStore` in one JSON file, for small durable state such as delivery checkpoints: read once, then every
 * write replaces the whole file atomically (written to a temporary file beside it, then renamed over it), so a
 * process killed at any point leaves either the old or the new content — never half a file. Writes are
 * serialized. Not for large data (each write rewrites everything) nor for several processes sharing one file.
 *
 * Runs on any runtime with an Effect `FileSystem` (the Node, Deno and Bun adapters each build one with
 * {@link layerFileSystem} over their own file APIs; `Checkpoints.layerFile` puts checkpoints on it). A file that exists
 * but is not such a store fails every operation with a `KeyValueStoreError` whose `cause` is
 * {@link KeyValueFileCorrupt}.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import * as Semaphore from "effect/Semaphore"
import type * as KeyValueStore from "effect/persistence/KeyValueStore"
import * as PlatformError from "effect/PlatformError"
import { keyValueStore } from "./KeyValueStoreModule.ts"

/** The format tag of the file. */
const fileFormat = "beeper-kit/key-value-file@1"

/**
 * The file exists but is not a key-value file of this module (the `cause` of the store's errors).
 * @since 1.0.0
 * @category Checkpoints
 */
export class KeyValueFileCorrupt extends Error {
  readonly path: string
  constructor(path: string, message: string) {
    super(message)
    this.path = path
    this.name = "KeyValueFileCorrupt"
  }
}

/** Reads the entries of a file's text, or throws `KeyValueFileCorrupt` saying what is wrong. */
const entriesOf = (path: string, text: string): Map<string, string> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new KeyValueFileCorrupt(path, `${path} is not JSON`)
  }
  const record = typeof json === "object" && json !== null && !Array.isArray(json)
    ? json as Record<string, unknown>
    : undefined
  if (record?.["format"] !== fileFormat) {
    throw new KeyValueFileCorrupt(path, `${path} is not a beeper-kit key-value file (expected format "${fileFormat}")`)
  }
  const entries = record["entries"]
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) {
    throw new KeyValueFileCorrupt(path, `${path} has no "entries" object`)
  }
  const map = new Map<string, string>()
  for (const [key, value] of Object.entries(entries)) {
    if (typeof value !== "string") throw new KeyValueFileCorrupt(path, `${path}: entry "${key}" is not a string`)
    map.set(key, value)
  }
  return map
}

/**
 * The store over the file at `path` (created on the first write; its directory must exist).
 * @since 1.0.0
 * @category Checkpoints
 */
export const make = (path: string): Effect.Effect<KeyValueStore.KeyValueStore, never, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const KeyValueStore = yield* keyValueStore
    const fs = yield* FileSystem.FileSystem
    const lock = yield* Semaphore.make(1)
    let entries: Map<string, string> | undefined
    let writes = 0
    // distinguishes this store's temporary files from another process's (sharing one file is still unsupported)
    const temporaryTag = Math.random().toString(36).slice(2, 10)

    const failure = (method: string, key: string | undefined, cause: unknown) =>
      new KeyValueStore.KeyValueStoreError({
        method,
        ...(key === undefined ? {} : { key }),
        message: cause instanceof KeyValueFileCorrupt ? cause.message : `Unable to ${method} in ${path}`,
        cause,
      })

    /** The entries, read from the file the first time. */
    const current = (method: string, key?: string) =>
      Effect.suspend(() =>
        entries !== undefined ? Effect.succeed(entries) : fs.readFileString(path).pipe(
          Effect.catchTag("PlatformError", (error) =>
            error.reason._tag === "NotFound" ? Effect.succeed(undefined) : Effect.fail(error)),
          Effect.flatMap((text) =>
            Effect.try({
              try: () => (entries = text === undefined ? new Map() : entriesOf(path, text)),
              catch: (cause) => cause,
            })
          ),
          Effect.mapError((cause) => failure(method, key, cause)),
        )
      )

    /** Applies `change` to the entries and replaces the file with the result. */
    const write = (method: string, key: string | undefined, change: (map: Map<string, string>) => void) =>
      lock.withPermits(1)(Effect.gen(function*() {
        const map = new Map(yield* current(method, key))
        change(map)
        const temporary = `${path}.${temporaryTag}.${++writes}.tmp`
        const text = JSON.stringify({ format: fileFormat, entries: Object.fromEntries(map) })
        yield* fs.writeFileString(temporary, text).pipe(
          Effect.andThen(fs.rename(temporary, path)),
          // a write or rename that failed (a full disk, a file held by another program) leaves no temporary file
          // behind: each failed save would otherwise leave one more (best effort; the failure is what is reported)
          Effect.catch((cause) =>
            Effect.andThen(Effect.catch(fs.remove(temporary), () => Effect.void), Effect.fail(cause))
          ),
          Effect.mapError((cause) => failure(method, key, cause)),
        )
        entries = map
      }))

    const read = <A>(method: string, key: string | undefined, f: (map: Map<string, string>) => A) =>
      lock.withPermits(1)(Effect.map(current(method, key), f))

    return KeyValueStore.makeStringOnly({
      get: (key) => read("get", key, (map) => map.get(key)),
      set: (key, value) => write("set", key, (map) => map.set(key, value)),
      remove: (key) => write("remove", key, (map) => void map.delete(key)),
      clear: write("clear", undefined, (map) => map.clear()),
      size: read("size", undefined, (map) => map.size),
      keys: read("keys", undefined, (map) => [...map.keys()]),
    })
  })

/**
 * The store as a layer (needs a `FileSystem`).
 * @since 1.0.0
 * @category Checkpoints
 */
export const layer = (path: string): Layer.Layer<KeyValueStore.KeyValueStore, never, FileSystem.FileSystem> =>
  Layer.unwrap(Effect.map(keyValueStore, (module) => Layer.effect(module.KeyValueStore, make(path))))

/**
 * The file calls the store makes, as a runtime's own promise-returning APIs (Node, Deno, Bun).
 * @since 1.0.0
 * @category Checkpoints
 */
export interface FileCalls {
  readonly readFileString: (path: string) => Promise<string>
  readonly writeFileString: (path: string, data: string) => Promise<void>
  readonly rename: (from: string, to: string) => Promise<void>
  /** Removes a file: the temporary file of a save that failed. Without it, such a file stays behind. */
  readonly remove?: ((path: string) => Promise<void>) | undefined
}

/** Node's (and Bun's) "no such file": an error whose `code` is `ENOENT`. */
const isENOENT = (cause: unknown): boolean => (cause as { readonly code?: unknown } | undefined)?.code === "ENOENT"

/**
 * The `FileSystem` the store needs, over a runtime's own file calls: a rejected call fails with a `PlatformError`
 * (`NotFound` when `isNotFound` says so — by default, an error whose `code` is `ENOENT`, as Node and Bun throw);
 * every other operation fails as unsupported (`FileSystem.makeNoop`).
 * @since 1.0.0
 * @category Checkpoints
 */
export const layerFileSystem = (
  calls: FileCalls,
  isNotFound: (cause: unknown) => boolean = isENOENT,
): Layer.Layer<FileSystem.FileSystem> => {
  const call = <A>(method: string, path: string, run: () => Promise<A>) =>
    Effect.tryPromise({
      try: run,
      catch: (cause) =>
        PlatformError.systemError({
          _tag: isNotFound(cause) ? "NotFound" : "Unknown",
          module: "FileSystem",
          method,
          pathOrDescriptor: path,
          cause,
        }),
    })
  // made when the layer is built (a checkpoint store's first use), not when an adapter module calls this at import
  return Layer.sync(FileSystem.FileSystem, () =>
    FileSystem.makeNoop({
      readFileString: (path) => call("readFileString", path, () => calls.readFileString(path)),
      writeFileString: (path, data) => call("writeFileString", path, () => calls.writeFileString(path, data)),
      rename: (from, to) => call("rename", from, () => calls.rename(from, to)),
      ...(calls.remove === undefined ? {} : { remove: (path) => call("remove", path, () => calls.remove!(path)) }),
    }))
}
