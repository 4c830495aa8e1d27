/**
 * Per-call options of every operation: the retry schedule and timeout of one call, and where the Stream forms of a
 * paginated operation start.
 *
 * @module
 */
import type { Duration } from "effect"
import type { RetrySchedule } from "./RetryPolicy.ts"

/** Per-call options: override the layer's retry schedule and timeout for one call. */
export interface CallOptions {
  /** Retry schedule for this call (`false` = no retries). Non-repeatable operations are never retried. */
  readonly retry?: RetrySchedule | false | undefined
  /** Timeout of each HTTP request of this call. */
  readonly timeout?: Duration.Input | undefined
}

/** Options of the Stream forms of paginated operations. */
export interface StreamOptions extends CallOptions {
  /** `before` (default) walks towards older items, `after` towards newer ones. */
  readonly direction?: "before" | "after" | undefined
  /** The cursor to start from (e.g. a page's `newestCursor`); the first page when absent. */
  readonly cursor?: string | undefined
}
