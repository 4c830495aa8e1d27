/**
 * Ctrl-C for commands that run until stopped (`tail`): instead of being interrupted, such a command waits on
 * `StopSignal.stopped`, ends its work cleanly (closing the WebSocket) and exits 0. The process entry point supplies
 * it from SIGINT/SIGTERM; the demo supplies one it triggers itself.
 *
 * @module
 */
import { Context, Effect } from "effect"

/** The service: when Ctrl-C was pressed, and a way to claim it. */
export interface StopSignalApi {
  /**
   * Tells the process that the running command handles Ctrl-C itself (so the process does not interrupt it), then
   * waits until Ctrl-C is pressed.
   */
  readonly stopped: Effect.Effect<void>
}

/** Ctrl-C as a service. */
export class StopSignal extends Context.Service<StopSignal, StopSignalApi>()("@beeper-kit/cli/StopSignal") {}

/** A stop signal and the function that fires it (the demo's "Ctrl-C"; also used by the process entry point). */
export const makeStopSignal = (): { readonly signal: StopSignalApi; readonly stop: () => void; readonly claimed: () => boolean } => {
  let fire: () => void = () => {}
  let claimed = false
  const fired = new Promise<void>((resolve) => (fire = resolve))
  return {
    signal: { stopped: Effect.andThen(Effect.sync(() => (claimed = true)), Effect.promise(() => fired)) },
    stop: () => fire(),
    claimed: () => claimed,
  }
}
