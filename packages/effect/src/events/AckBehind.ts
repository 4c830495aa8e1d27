/**
 * Acknowledgements written behind the handler (`handleIncoming`): the next message's handler does not wait for the
 * checkpoint store's write of the last one (a store may take its time: Workers KV takes one write per second to a
 * key). Per chat, only the newest acknowledgement still waiting is written — a later message's checkpoint covers the
 * earlier ones —, chats in the order they were acknowledged, one write at a time.
 *
 * @module
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import type * as Scope from "effect/Scope"
import type { CheckpointError } from "./Checkpoint.ts"

/** The acknowledgements waiting to be written. */
export interface AckBehind {
  /** Queues `ack` (of a message of `chatID`) in place of one of that chat still waiting. */
  readonly offer: (chatID: string, ack: Effect.Effect<void, CheckpointError>) => Effect.Effect<void>
  /** Fails with the first write that failed (no write is tried after it); never succeeds. */
  readonly failed: Effect.Effect<never, CheckpointError>
  /** Fails with the first write that failed, if one has failed by now; else succeeds at once. */
  readonly failedYet: Effect.Effect<void, CheckpointError>
  /** Waits until what was offered before it is written; fails if a write failed. */
  readonly flush: Effect.Effect<void, CheckpointError>
}

/**
 * A writer of acknowledgements running in the scope (it stops, writes queued or not, when the scope closes).
 * `onCovered(n)` runs once a write landed that also covers `n` acknowledgements it replaced (those never run
 * themselves): what counts acknowledged messages counts them there.
 */
export const make = (
  onCovered: (replaced: number) => void = () => {},
): Effect.Effect<AckBehind, never, Scope.Scope> => Effect.gen(function*() {
  /** Per chat, the newest acknowledgement waiting and how many older ones of the chat it replaced. */
  const waiting = new Map<string, { readonly ack: Effect.Effect<void, CheckpointError>; readonly replaced: number }>()
  /** A chat whose acknowledgement waits, or a flush to complete once those before it are written. */
  const queue = yield* Queue.unbounded<string | Deferred.Deferred<void>>()
  const failed = yield* Deferred.make<never, CheckpointError>()
  const write = Effect.flatMap(Queue.take(queue), (item) => {
    if (typeof item !== "string") return Deferred.succeed(item, undefined)
    const { ack, replaced } = waiting.get(item)!
    waiting.delete(item)
    return replaced === 0 ? ack : Effect.andThen(ack, Effect.sync(() => onCovered(replaced)))
  })
  yield* Effect.forkScoped(Effect.catch(Effect.forever(write), (error) => Deferred.fail(failed, error)))
  return {
    offer: (chatID, ack) =>
      Effect.sync(() => {
        const before = waiting.get(chatID)
        if (before === undefined) Queue.offerUnsafe(queue, chatID)
        waiting.set(chatID, { ack, replaced: before === undefined ? 0 : before.replaced + 1 })
      }),
    failed: Deferred.await(failed),
    failedYet: Effect.suspend(() => Deferred.isDoneUnsafe(failed) ? Deferred.await(failed) : Effect.void),
    flush: Effect.suspend(() => {
      const done = Deferred.makeUnsafe<void>()
      Queue.offerUnsafe(queue, done)
      return Effect.raceFirst(Deferred.await(done), Deferred.await(failed))
    }),
  }
})
