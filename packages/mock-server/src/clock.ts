/**
 * The server clock. Fixtures are dated before a fixed anchor; live events (sends, simulated incoming
 * messages) must always sort after them, even on a machine whose clock is behind the anchor, so the
 * clock never goes below the anchor and never goes backwards.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch; never decreasing, never before the anchor. */
  readonly now: () => number
}

/** A clock that follows the wall clock but never runs before `anchorMs` nor backwards. */
export const makeClock = (anchorMs: number): Clock => {
  const startedAt = Date.now()
  let last = 0
  return {
    now: () => {
      const wall = Date.now()
      const value = wall >= anchorMs ? wall : anchorMs + (wall - startedAt)
      last = Math.max(last, value)
      return last
    },
  }
}
