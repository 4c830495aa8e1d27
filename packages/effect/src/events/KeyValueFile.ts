/**
 * A `KeyValueStore` in one JSON file, for small durable state such as delivery checkpoints: read once, then every
 * write replaces the whole file atomically (written to a temporary file beside it, then renamed over it), so a
 * process killed at any point leaves either the old or the new content — never half a file. Writes are
 * serialized. Stores over the same path in one process share one lock and one copy of the entries (two layers over
 * one file do not erase each other's keys). Not for large data (each write rewrites everything) nor for several
 * processes sharing one file.
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

/** The message of a failure's cause (the platform error's, with the OS reason), for the store's own message. */
const reasonOf = (cause: unknown): string =>
  cause instanceof Error ? cause.message : typeof cause === "string" ? cause : String(cause)

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

/** The state of one file, shared by every store over its path in this process. */
interface SharedFile {
  /** Serializes the operations of every store over the file. */
  readonly lock: Semaphore.Semaphore
  /** The file system of the newest store over it (each adapter layer builds its own, all over the same disk). */
  fs: FileSystem.FileSystem
  /** The entries as last read or written; `undefined` until the file is read. */
  entries: Map<string, string> | undefined
  /** The store over it (one object, so that what locks per store locks per file). */
  store: KeyValueStore.KeyValueStore | undefined
  /** Stores over it in use (`layer`'s, until their scope closes); at 0 the copy of the entries is dropped. */
  users: number
  writes: number
}

/**
 * The files open in this process, by the disk they are on and their path: two stores over one path of one disk share
 * one lock and one copy of its entries. A disk is the `FileCalls` a {@link layerFileSystem} runs (each adapter's, one
 * per process, whichever layer built the `FileSystem`), or else the `FileSystem` itself: two file systems of their own
 * (in memory, say) never share a file, whatever its name.
 */
const disks = new WeakMap<object, Map<string, SharedFile>>()

/** The `FileCalls` each `FileSystem` built by {@link layerFileSystem} runs. */
const callsOf = new WeakMap<FileSystem.FileSystem, FileCalls>()

/** The open files of the disk `fs` is on. */
const filesOn = (fs: FileSystem.FileSystem): Map<string, SharedFile> => {
  const disk = callsOf.get(fs) ?? fs
  let files = disks.get(disk)
  if (files === undefined) disks.set(disk, files = new Map())
  return files
}

/**
 * The key of `path` among the open files: `.` segments, repeated separators and `dir/..` pairs taken out, so that
 * `./bot.json`, `bot.json` and `data/../bot.json` are one file. A relative and an absolute path to one file (or a
 * link to it) are not told apart: this module has no working directory to resolve against — give every store of a
 * file the same path.
 */
const fileKey = (path: string): string => {
  const absolute = path.startsWith("/") || path.startsWith("\\")
  const parts: Array<string> = []
  for (const part of path.split(/[\\/]+/)) {
    if (part === "" || part === ".") continue
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop()
    else parts.push(part)
  }
  return (absolute ? "/" : "") + parts.join("/")
}

/**
 * The store over the file at `path` (created on the first write; its directory must exist). Stores over the same path
 * in one process are one store: they share its lock and its entries, so none erases what another wrote (the copy of
 * the entries of a store made here is kept for the process's life; {@link layer}'s is dropped with its scope). One made
 * over a file already open joins it, its entries read afresh from the file.
 * @since 1.0.0
 * @category Checkpoints
 */
export const make = (path: string): Effect.Effect<KeyValueStore.KeyValueStore, never, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const KeyValueStore = yield* keyValueStore
    const fs = yield* FileSystem.FileSystem
    const files = filesOn(fs)
    const known = files.get(fileKey(path))
    if (known !== undefined) {
      known.fs = fs
      known.users++
      // a new store reads the file afresh (another program, or a test, may have replaced it since), under the lock
      yield* known.lock.withPermits(1)(Effect.sync(() => (known.entries = undefined)))
      return known.store!
    }
    const file: SharedFile = { lock: yield* Semaphore.make(1), fs, entries: undefined, store: undefined, users: 1, writes: 0 }
    files.set(fileKey(path), file)
    // distinguishes this process's temporary files from another process's (sharing one file is still unsupported)
    const temporaryTag = Math.random().toString(36).slice(2, 10)

    const failure = (method: string, key: string | undefined, cause: unknown) =>
      new KeyValueStore.KeyValueStoreError({
        method,
        ...(key === undefined ? {} : { key }),
        message: cause instanceof KeyValueFileCorrupt ? cause.message : `Unable to ${method} in ${path}: ${reasonOf(cause)}`,
        cause,
      })

    /** The entries, read from the file the first time. */
    const current = (method: string, key?: string) =>
      Effect.suspend(() =>
        file.entries !== undefined ? Effect.succeed(file.entries) : file.fs.readFileString(path).pipe(
          Effect.catchTag("PlatformError", (error) =>
            error.reason._tag === "NotFound" ? Effect.succeed(undefined) : Effect.fail(error)),
          Effect.flatMap((text) =>
            Effect.try({
              try: () => (file.entries = text === undefined ? new Map() : entriesOf(path, text)),
              catch: (cause) => cause,
            })
          ),
          Effect.mapError((cause) => failure(method, key, cause)),
        )
      )

    /** Applies `change` to the entries and replaces the file with the result. */
    const write = (method: string, key: string | undefined, change: (map: Map<string, string>) => void) =>
      file.lock.withPermits(1)(Effect.gen(function*() {
        const map = new Map(yield* current(method, key))
        change(map)
        const fs = file.fs
        const temporary = `${path}.${temporaryTag}.${++file.writes}.tmp`
        const text = JSON.stringify({ format: fileFormat, entries: Object.fromEntries(map) })
        yield* fs.writeFileString(temporary, text).pipe(
          Effect.andThen(fs.rename(temporary, path)),
          // a write or rename that failed (a full disk, a file held by another program) or was interrupted leaves no
          // temporary file behind: each such save would otherwise leave one more (best effort; the failure is what is
          // reported)
          Effect.onError(() => Effect.catch(fs.remove(temporary), () => Effect.void)),
          Effect.mapError((cause) => failure(method, key, cause)),
        )
        file.entries = map
      }))

    const read = <A>(method: string, key: string | undefined, f: (map: Map<string, string>) => A) =>
      file.lock.withPermits(1)(Effect.map(current(method, key), f))

    file.store = KeyValueStore.makeStringOnly({
      get: (key) => read("get", key, (map) => map.get(key)),
      set: (key, value) => write("set", key, (map) => map.set(key, value)),
      remove: (key) => write("remove", key, (map) => void map.delete(key)),
      clear: write("clear", undefined, (map) => map.clear()),
      size: read("size", undefined, (map) => map.size),
      keys: read("keys", undefined, (map) => [...map.keys()]),
    })
    return file.store
  })

/**
 * A store over `path` is no longer used: once none is, the copy of its entries is dropped (the next use reads the
 * file; the lock stays, for a store still used past its layer's scope).
 */
const close = (path: string, fs: FileSystem.FileSystem): Effect.Effect<void> =>
  Effect.sync(() => {
    const file = filesOn(fs).get(fileKey(path))
    if (file !== undefined && --file.users <= 0) file.entries = undefined
  })


/**
 * The store as a layer (needs a `FileSystem`).
 * @since 1.0.0
 * @category Checkpoints
 */
export const layer = (path: string): Layer.Layer<KeyValueStore.KeyValueStore, never, FileSystem.FileSystem> =>
  Layer.unwrap(
    Effect.map(keyValueStore, (module) =>
      Layer.effect(
        module.KeyValueStore,
        Effect.flatMap(Effect.service(FileSystem.FileSystem), (fs) => Effect.acquireRelease(make(path), () => close(path, fs))),
      )),
  )

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
  // A call is not abortable: one interrupted goes on in the background, so the interruption waits for it (a write
  // whose temporary file is removed on interruption must not create it after that). Its failure says why (the
  // description: `EACCES: permission denied, open '…'`), not only which call failed.
  const call = <A>(method: string, path: string, run: () => Promise<A>) =>
    Effect.uninterruptible(Effect.tryPromise({
      try: run,
      catch: (cause) =>
        PlatformError.systemError({
          _tag: isNotFound(cause) ? "NotFound" : "Unknown",
          module: "FileSystem",
          method,
          pathOrDescriptor: path,
          description: reasonOf(cause),
          cause,
        }),
    }))
  // made when the layer is built (a checkpoint store's first use), not when an adapter module calls this at import
  return Layer.sync(FileSystem.FileSystem, () => {
    const fs = FileSystem.makeNoop({
      readFileString: (path) => call("readFileString", path, () => calls.readFileString(path)),
      writeFileString: (path, data) => call("writeFileString", path, () => calls.writeFileString(path, data)),
      rename: (from, to) => call("rename", from, () => calls.rename(from, to)),
      ...(calls.remove === undefined ? {} : { remove: (path) => call("remove", path, () => calls.remove!(path)) }),
    })
    // every FileSystem over these calls is on one disk: stores over one path of it share one file
    callsOf.set(fs, calls)
    return fs
  })
}
