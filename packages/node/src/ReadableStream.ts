/**
 * A Node `Readable` as an Effect `Stream`, read synchronously: each pull takes every chunk the readable already holds
 * (`read()` until `null`) and waits for `readable` only when it holds none — no promise or async iterator per chunk.
 * When the stream stops first (a body cap reached, an interruption, a failure downstream) the readable is destroyed;
 * for a `node:http` response body that destroys its connection. Ported from
 * `@effect/platform-node-shared`'s `NodeStream.fromReadable`.
 *
 * @module
 */
import * as Cause from "effect/Cause"
import * as Channel from "effect/Channel"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Latch from "effect/Latch"
import type * as Pull from "effect/Pull"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { finished, type Readable } from "node:stream"

/** What a stream reads, until the readable has ended (see {@link fromReadable}). */
interface Source<E> {
  readable: Readable | undefined
  onError: ((cause: unknown) => E) | undefined
}

/**
 * The chunks of `readable` (which must not be in object mode); a stream error is mapped with `onError`.
 *
 * The stream reaches the readable (and through `onError`, a response) only through a {@link Source} it empties once
 * the readable has ended: `Channel.fromTransform` keeps its transform in a closure assigned to a property, which V8
 * allocates straight in the old generation, so whatever that closure reaches outlives every young-generation GC until
 * the next full one — for a `node:http` body its `IncomingMessage`, `ClientRequest` and their headers, ~5 KB per
 * response promoted, enough to double the young generation over a 5,000-page stream (tooling/bench/README.md,
 * "Pagination memory"). A run after the end finds the source empty and ends at once, as it did on the ended readable.
 */
export const fromReadable = <E>(readable: Readable, onError: (cause: unknown) => E): Stream.Stream<Uint8Array, E> => {
  const source: Source<E> = { readable, onError }
  return Stream.fromChannel(Channel.fromTransform((_, scope) => pullOf(source, scope)))
}

const pullOf = <E>(source: Source<E>, scope: Scope.Scope) =>
  Effect.suspend(() => {
    const { readable, onError } = source
    if (readable === undefined || onError === undefined) return Effect.succeed(Cause.done())
    let exit: Exit.Exit<never, E | Cause.Done> | undefined
    const latch = Latch.makeUnsafe(false)
    const onReadable = () => latch.openUnsafe()
    readable.on("readable", onReadable)
    const stopWatching = finished(readable, { readable: true, writable: false }, (error) => {
      exit ??= Exit.fail(error ? onError(error) : Cause.Done())
      latch.openUnsafe()
    })
    const pull = Effect.suspend(function loop(): Pull.Pull<readonly [Uint8Array, ...Array<Uint8Array>], E> {
      let item = readable.read() as Uint8Array | null
      if (item === null) {
        if (exit !== undefined) return exit
        if (readable.readableEnded) return Cause.done()
        latch.closeUnsafe()
        return Effect.flatMap(latch.await, loop)
      }
      const chunks: [Uint8Array, ...Array<Uint8Array>] = [item]
      // read() can refill the buffer synchronously: take all it holds
      while ((item = readable.read() as Uint8Array | null) !== null) chunks.push(item)
      return Effect.succeed(chunks)
    })
    return Effect.as(
      Scope.addFinalizer(
        scope,
        Effect.sync(() => {
          readable.off("readable", onReadable)
          stopWatching()
          if (readable.readableEnded) {
            source.readable = undefined
            source.onError = undefined
          } else if (!readable.destroyed) readable.destroy()
        }),
      ),
      pull,
    )
  })
