/**
 * A Node `Readable` as an Effect `Stream`, read synchronously: each pull takes every chunk the readable already holds
 * (`read()` until `null`) and waits for `readable` only when it holds none — no promise or async iterator per chunk.
 * When the stream stops first (a body cap reached, an interruption, a failure downstream) the readable is destroyed;
 * for a `node:http` response body that destroys its connection. Ported from
 * `@effect/platform-node-shared`'s `NodeStream.fromReadable`.
 *
 * @module
 */
import { Cause, Channel, Effect, Exit, Latch, type Pull, Scope, Stream } from "effect"
import { finished, type Readable } from "node:stream"

/** The chunks of `readable` (which must not be in object mode); a stream error is mapped with `onError`. */
export const fromReadable = <E>(readable: Readable, onError: (cause: unknown) => E): Stream.Stream<Uint8Array, E> =>
  Stream.fromChannel(Channel.fromTransform((_, scope) =>
    Effect.suspend(() => {
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
            if (!readable.readableEnded && !readable.destroyed) readable.destroy()
          }),
        ),
        pull,
      )
    })
  ))
