/**
 * A `KeyValueStore` over a Cloudflare Workers KV namespace binding (`env.MY_KV`), for the delivery checkpoints of
 * `handleIncoming` / `incomingMessages` on Workers (e.g. a Cron Trigger that catches up on what arrived since the
 * last run). Typed structurally ({@link KVNamespaceLike}), so no Workers types are needed.
 *
 * Workers KV is eventually consistent across locations (a write may take up to a minute to be seen elsewhere):
 * run one delivery per namespace at a time, from one place, and keep the handler idempotent (`replyOnce`).
 *
 * Workers KV also takes at most one write per second to a key (a faster one fails: `KV PUT failed: 429 Too Many
 * Requests`), and every acknowledgement of a chat writes that chat's key. So writes are paced per key: a write within
 * {@link writeInterval} of the last one to its key waits for the window, and writes asked for meanwhile are merged
 * into it (the newest value is written; each caller resumes once it landed). A write still refused with a 429 (a
 * write to the key from elsewhere) is tried again after the window, up to {@link rateLimitRetries} times. A read
 * returns what this store last wrote to the key (KV may serve an older copy for a while).
 *
 * @module
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Semaphore from "effect/Semaphore"
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

/**
 * Why `namespace` is not a KV namespace binding, if it is not: a binding missing from the Worker's configuration (or
 * misspelled) arrives as `undefined`, which would otherwise fail only at the first read, as if KV were down.
 */
export const namespaceProblem = (namespace: unknown): string | undefined => {
  const wanted = "a Workers KV namespace binding (env.MY_KV: an object with get, put, list and delete); check the " +
    "binding's name in the Worker's configuration (wrangler.toml / wrangler.jsonc kv_namespaces)"
  if (namespace === undefined || namespace === null) {
    return `the KV namespace binding is missing (got ${String(namespace)}): give ${wanted}`
  }
  if (typeof namespace !== "object") return `the KV namespace binding is not a KV namespace (got ${typeof namespace}): give ${wanted}`
  const missing = ["get", "put", "list", "delete"].filter((method) =>
    typeof (namespace as Record<string, unknown>)[method] !== "function"
  )
  return missing.length === 0
    ? undefined
    : `the KV namespace binding is not a KV namespace (it has no ${missing.join(", ")}): give ${wanted}`
}

/** The time (ms) Workers KV wants between two writes to one key. */
export const writeInterval = 1000

/** How many times a write refused with a 429 is tried again (each after {@link writeInterval}). */
export const rateLimitRetries = 3

/** Whether a KV failure is its rate limit (`KV PUT failed: 429 Too Many Requests`). */
const isRateLimited = (error: KeyValueStore.KeyValueStoreError): boolean =>
  /\b429\b|too many requests/i.test(error.cause instanceof Error ? error.cause.message : String(error.cause))

/** The writes of one key: one at a time, {@link writeInterval} apart. */
interface Slot {
  readonly lock: Semaphore.Semaphore
  /** When the last write to the key ended (ms, by the Effect clock). */
  lastWriteAt: number
  /** The write waiting for its turn: it carries the newest value asked for; every caller waits for it to land. */
  next: { value: string; readonly done: Deferred.Deferred<void, KeyValueStore.KeyValueStoreError> } | undefined
}

/**
 * Options of {@link make} (`BeeperEdge.layerCheckpointKV`'s second argument).
 * @since 1.0.0
 * @category Checkpoints
 */
export interface KVStoreOptions {
  /**
   * The Worker's `ctx.waitUntil` (`(promise) => ctx.waitUntil(promise)`): every write is handed to it, so a write
   * still under way when `handleIncoming` stops waiting for it (its 10 s at the end) keeps the Worker alive until it
   * lands, where it could otherwise be cut off with the request or the Cron Trigger. The promise never rejects (a
   * failed write is reported to its callers, and counted in `handleIncoming`'s Warning).
   */
  readonly waitUntil?: ((promise: Promise<unknown>) => void) | undefined
}

/** Why `options` cannot be meant, if they cannot. */
export const optionsProblem = (options: unknown): string | undefined => {
  if (options === undefined) return undefined
  if (typeof options !== "object" || options === null) return `the options must be an object (got ${options === null ? "null" : typeof options})`
  const waitUntil = (options as { readonly waitUntil?: unknown }).waitUntil
  return waitUntil === undefined || typeof waitUntil === "function"
    ? undefined
    : `waitUntil must be a function, e.g. (promise) => ctx.waitUntil(promise) (got ${waitUntil === null ? "null" : typeof waitUntil})`
}

/** The store over `namespace`. */
export const make = (namespace: KVNamespaceLike, options: KVStoreOptions = {}): KeyValueStore.KeyValueStore => {
  const { waitUntil } = options
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
  const slots = new Map<string, Slot>()
  const slotOf = (key: string): Slot => {
    let slot = slots.get(key)
    if (slot === undefined) slots.set(key, slot = { lock: Semaphore.makeUnsafe(1), lastWriteAt: -Infinity, next: undefined })
    return slot
  }
  /** What this store last wrote (or is about to write) to a key: a read sees its own writes. */
  const written = new Map<string, string | undefined>()
  /** Runs `write` in `slot`'s turn: after the one before it and at least `writeInterval` after it ended. */
  const inTurn = <A>(slot: Slot, write: Effect.Effect<A, KeyValueStore.KeyValueStoreError>) =>
    slot.lock.withPermits(1)(Effect.gen(function*() {
      for (let retries = 0;; retries++) {
        const wait = slot.lastWriteAt + writeInterval - (yield* Clock.currentTimeMillis)
        if (wait > 0) yield* Effect.sleep(wait)
        const exit = yield* Effect.exit(write)
        slot.lastWriteAt = yield* Clock.currentTimeMillis
        if (Exit.isSuccess(exit) || retries >= rateLimitRetries || !exit.cause.reasons.some((r) => r._tag === "Fail" && isRateLimited(r.error))) {
          return yield* exit
        }
      }
    }))
  // The write runs on a fiber of its own, to its end, and settles what the callers share — `next.done`, which every
  // caller merged into it awaits, and `written` — whatever happens to the caller that started it. The callers wait for
  // it interruptibly: a put sent cannot be recalled (it may land after its callers stopped waiting), so nothing is
  // gained by making them wait for a slow namespace past their own limit (`handleIncoming`'s 10 s at its end).
  const set = (key: string, value: string) =>
    Effect.uninterruptibleMask((restore) =>
      Effect.suspend(() => {
        const slot = slotOf(key)
        written.set(key, value)
        if (slot.next !== undefined) {
          slot.next.value = value
          return restore(Deferred.await(slot.next.done))
        }
        const next: NonNullable<Slot["next"]> = { value, done: Deferred.makeUnsafe() }
        slot.next = next
        const put = Effect.suspend(() => {
          // from here on, a set waits for the write after this one
          if (slot.next === next) slot.next = undefined
          return call("set", key, () => namespace.put(key, next.value))
        })
        const write = inTurn(slot, put).pipe(
          Effect.exit,
          Effect.flatMap((exit) => {
            if (Exit.isFailure(exit) && written.get(key) === next.value) written.delete(key)
            return Deferred.done(next.done, exit)
          }),
        )
        return Effect.andThen(
          Effect.forkDetach(write, { startImmediately: true, uninterruptible: true }),
          (fiber) => {
            // the Worker stays alive until the write ends, whoever stops waiting for it
            if (waitUntil !== undefined) waitUntil(new Promise<void>((resolve) => fiber.addObserver(() => resolve())))
            return restore(Deferred.await(next.done))
          },
        )
      })
    )
  const remove = (method: string, key: string) =>
    inTurn(slotOf(key), Effect.tap(call(method, key, () => namespace.delete(key)), () => Effect.sync(() => void written.set(key, undefined))))
  return KeyValueStore.makeStringOnly({
    get: (key) =>
      written.has(key)
        ? Effect.succeed(written.get(key))
        : call("get", key, async () => (await namespace.get(key)) ?? undefined),
    set,
    remove: (key) => remove("remove", key),
    clear: Effect.flatMap(keys, (names) => Effect.forEach(names, (name) => remove("clear", name), { discard: true })),
    size: Effect.map(keys, (names) => names.length),
    keys,
  })
}
