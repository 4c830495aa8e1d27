/**
 * Acknowledgements written behind the handler (`handleIncoming`): the next message's handler does not wait for the
 * checkpoint store's write of the last one (a store may take its time: Workers KV takes one write per second to a
 * key). Per chat, one write at a time, and only the newest acknowledgement still waiting is written — a later
 * message's checkpoint covers the earlier ones —; different chats are written side by side (up to
 * {@link concurrency} at once, in the order they were acknowledged): a chat waiting for its key's window holds back no
 * other, and writing what N chats acknowledged takes the time of about N / concurrency writes, not N.
 *
 * @module
 */
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Result from "effect/Result"
import type * as Scope from "effect/Scope"
import type { CheckpointError } from "./Checkpoint.ts"

/**
 * How many chats' writes run at once. A store paces writes per key at most (Workers KV: one a second to a key), so
 * chats do not wait for each other; the bound keeps a bot of thousands of chats from opening thousands of requests.
 */
export const concurrency = 32

/** The acknowledgements waiting to be written. */
export interface AckBehind {
  /** Queues `ack` (of a message of `chatID`) in place of one of that chat still waiting. */
  readonly offer: (chatID: string, ack: Effect.Effect<void, CheckpointError>) => Effect.Effect<void>
  /** Fails with the first write that failed (no write starts after it); never succeeds. */
  readonly failed: Effect.Effect<never, CheckpointError>
  /** Fails with the first write that failed, if one has failed by now; else succeeds at once. */
  readonly failedYet: Effect.Effect<void, CheckpointError>
  /** Waits until what was offered before it is written; fails if a write failed. */
  readonly flush: Effect.Effect<void, CheckpointError>
  /**
   * As `flush` as delivery ends, for at most `limit`; never fails: what is not written by then (a store too slow, or
   * failing) is left, with a Warning saying how many chats' checkpoints it is — their last handled messages may be
   * delivered again after a restart.
   */
  readonly flushWithin: (limit: Duration.Duration) => Effect.Effect<void>
}

/** One chat's acknowledgements not written yet. */
interface Pending {
  /** The newest acknowledgement waiting (none while the one before it is written), and how many it replaced. */
  waiting: { readonly ack: Effect.Effect<void, CheckpointError>; readonly replaced: number } | undefined
  /** Whether a write of the chat runs now. */
  writing: boolean
  /** The number of its newest acknowledgement offered (offers are numbered in turn, across chats). */
  offered: number
}

/** A flush waiting: per chat, the number its written acknowledgement must reach. */
interface Flush {
  readonly until: Map<string, number>
  readonly done: Deferred.Deferred<void>
}

/**
 * A writer of acknowledgements running in the scope (it stops, writes queued or not, when the scope closes).
 * `onCovered(n)` runs once a write landed that also covers `n` acknowledgements it replaced (those never run
 * themselves): what counts acknowledged messages counts them there.
 */
export const make = (
  onCovered: (replaced: number) => void = () => {},
): Effect.Effect<AckBehind, never, Scope.Scope> => Effect.gen(function*() {
  /** The chats with an acknowledgement not written yet (a chat leaves once all of its are written). */
  const pending = new Map<string, Pending>()
  const flushes = new Set<Flush>()
  /** The chats whose waiting acknowledgement may be written now (none of theirs is being written). */
  const ready = yield* Queue.unbounded<string>()
  const failed = yield* Deferred.make<never, CheckpointError>()
  let offers = 0

  /** After a write of `chatID` covering its offers up to `number` landed: the flushes it completes, the chat's next write. */
  const landed = (chatID: string, chat: Pending, number: number) => {
    chat.writing = false
    for (const flush of flushes) {
      if ((flush.until.get(chatID) ?? Infinity) <= number) flush.until.delete(chatID)
      if (flush.until.size === 0) {
        flushes.delete(flush)
        Deferred.doneUnsafe(flush.done, Effect.void)
      }
    }
    if (chat.waiting !== undefined) Queue.offerUnsafe(ready, chatID)
    else pending.delete(chatID)
  }

  /** Writes the next ready chat's acknowledgement; none after a write failed. */
  const writeNext = Effect.flatMap(Queue.take(ready), (chatID) => {
    if (Deferred.isDoneUnsafe(failed)) return Effect.never
    const chat = pending.get(chatID)!
    const { ack, replaced } = chat.waiting!
    const number = chat.offered
    chat.waiting = undefined
    chat.writing = true
    return Effect.andThen(ack, Effect.sync(() => {
      if (replaced > 0) onCovered(replaced)
      landed(chatID, chat, number)
    }))
  })
  // `concurrency` writers: the first failure fails `failed`, and a write of another chat under way goes on to its end
  // (one cut off halfway helps no one)
  for (let i = 0; i < concurrency; i++) {
    yield* Effect.forkScoped(Effect.catch(Effect.forever(writeNext), (error) => Deferred.fail(failed, error)))
  }
  const flush: AckBehind["flush"] = Effect.suspend(() => {
    if (pending.size === 0) return Deferred.isDoneUnsafe(failed) ? Deferred.await(failed) : Effect.void
    const waiter: Flush = {
      until: new Map([...pending].map(([chatID, chat]) => [chatID, chat.offered])),
      done: Deferred.makeUnsafe<void>(),
    }
    flushes.add(waiter)
    return Effect.raceFirst(Deferred.await(waiter.done), Deferred.await(failed)).pipe(
      Effect.ensuring(Effect.sync(() => flushes.delete(waiter))),
    )
  })
  return {
    offer: (chatID, ack) =>
      Effect.sync(() => {
        let chat = pending.get(chatID)
        if (chat === undefined) pending.set(chatID, chat = { waiting: undefined, writing: false, offered: 0 })
        const idle = chat.waiting === undefined && !chat.writing
        chat.waiting = { ack, replaced: chat.waiting === undefined ? 0 : chat.waiting.replaced + 1 }
        chat.offered = ++offers
        if (idle) Queue.offerUnsafe(ready, chatID)
      }),
    failed: Deferred.await(failed),
    failedYet: Effect.suspend(() => Deferred.isDoneUnsafe(failed) ? Deferred.await(failed) : Effect.void),
    flush,
    flushWithin: (limit) =>
      Effect.gen(function*() {
        const flushed = yield* Effect.result(Effect.timeoutOption(flush, limit))
        if ((Result.isSuccess(flushed) && Option.isSome(flushed.success)) || pending.size === 0) return
        const why = Result.isFailure(flushed)
          ? `a write failed: ${flushed.failure._tag}: ${flushed.failure.message}`
          : `the store took longer than ${Duration.format(limit)}`
        yield* Effect.logWarning(
          `beeper-kit: handleIncoming ended without writing the checkpoints of ${pending.size} chat(s) (${why}); ` +
            "their last handled messages may be delivered again after a restart",
        )
      }),
  }
})
