/**
 * The server clock. Fixtures are dated before an anchor (by default the instant the server starts); live events
 * (sends, simulated incoming messages) must always sort after them, even when the anchor lies in the future of
 * the wall clock, so the clock never goes below the anchor and never goes backwards.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch; never decreasing, never before the anchor. */
  readonly now: () => number
}

/** Where the time comes from: the wall clock by default, or a test's own (e.g. a fixed instant). */
export type TimeSource = () => number

/** A clock that follows `wall` but never runs before `anchorMs` nor backwards. */
export const makeClock = (anchorMs: number, wall: TimeSource = Date.now): Clock => {
  const startedAt = wall()
  let last = 0
  return {
    now: () => {
      const time = wall()
      const value = time >= anchorMs ? time : anchorMs + (time - startedAt)
      last = Math.max(last, value)
      return last
    },
  }
}
