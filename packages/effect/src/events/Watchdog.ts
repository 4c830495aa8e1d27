/**
 * The silence watchdog of one events connection (one fiber per connection, instead of a timer per read): when the
 * reader has waited `idleTimeout` on the socket without a frame, one liveness check (when live), then `Dropped`
 * after another `idleTimeout`. Time the reader spends handling a batch (e.g. suspended by backpressure) is not
 * silence.
 *
 * @module
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { Dropped } from "./SocketFailure.ts"

/** What the watchdog reads of a connection's reader (the reader updates it in place). */
export interface ReaderState {
  /** When the reader started waiting for the current batch (Clock millis). */
  waitingSince: number
  /** Whether the reader is handling a batch rather than waiting on the socket. */
  handling: boolean
  /** Batches read so far. */
  batches: number
}

/** A reader state for a reader that starts waiting now. */
export const readerState = Effect.map(
  Clock.currentTimeMillis,
  (now): ReaderState => ({ waitingSince: now, handling: false, batches: 0 }),
)

/**
 * Watches `reader` until the connection is silent too long (see the module description). `isLive` tells whether
 * the connection went live (before that, silence drops it at once); `probe` sends the liveness check.
 */
export const watchSilence = (options: {
  readonly idleTimeout: Duration.Duration
  readonly reader: ReaderState
  readonly isLive: () => boolean
  readonly probe: Effect.Effect<unknown, Dropped>
}): Effect.Effect<never, Dropped> =>
  Effect.gen(function*() {
    const { idleTimeout, reader } = options
    const idleMillis = Duration.toMillis(idleTimeout)
    /** The liveness check sent, and how many batches had arrived then. */
    let probe: { readonly at: number; readonly batches: number } | undefined
    while (true) {
      if (probe !== undefined && reader.batches !== probe.batches) probe = undefined
      if (reader.handling) {
        yield* Effect.sleep(idleTimeout)
        continue
      }
      const now = yield* Clock.currentTimeMillis
      const silent = now - Math.max(reader.waitingSince, probe?.at ?? 0)
      if (silent < idleMillis) {
        yield* Effect.sleep(Duration.millis(idleMillis - silent))
        continue
      }
      if (!options.isLive()) {
        return yield* new Dropped({ message: `no frame for ${idleMillis} ms while connecting` })
      }
      if (probe !== undefined) {
        return yield* new Dropped({ message: `no frame for ${idleMillis} ms, and no answer to a liveness check` })
      }
      yield* options.probe
      probe = { at: now, batches: reader.batches }
    }
  })
