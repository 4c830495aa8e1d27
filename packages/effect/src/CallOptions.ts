/**
 * Per-call options of every operation: the retry schedule and timeout of one call, and where the Stream forms of a
 * paginated operation start.
 *
 * @module
 */
import type * as Duration from "effect/Duration"
import type { RetrySchedule } from "./RetryPolicy.ts"

/**
 * Per-call options: override the layer's retry schedule and timeout for one call. A key that is no option (`retries`,
 * `timeoutMs`, a stream's `cursor` given to a plain call) fails the call with `InvalidRequest`
 * (`field: "options.<key>"`) before sending, rather than running it as if it were not there.
 * @since 1.0.0
 * @category Options
 */
export interface CallOptions {
  /**
   * Retry schedule for this call (`false` = no retries). Non-repeatable operations are never retried. Anything else
   * (`3`, `true`, `null`) fails the call with `InvalidRequest` (`field: "options.retry"`) before sending.
   */
  readonly retry?: RetrySchedule | false | undefined
  /**
   * Timeout of each HTTP request (each attempt) of this call; a duration longer than zero, else the call fails with
   * `InvalidRequest` before sending. The whole call can last up to (retries + 1) × timeout plus the retry delays.
   */
  readonly timeout?: Duration.Input | undefined
}

/**
 * Options of the Stream forms of paginated operations (any other key fails the stream with `InvalidRequest`, as for
 * {@link CallOptions}).
 * @since 1.0.0
 * @category Options
 */
export interface StreamOptions extends CallOptions {
  /** `before` (default) walks towards older items, `after` towards newer ones. */
  readonly direction?: "before" | "after" | undefined
  /** The cursor to start from (e.g. a page's `newestCursor`); the first page when absent. */
  readonly cursor?: string | undefined
  /**
   * Empty pages in a row, each announcing more, after which the stream fails with `PaginationLoop` (default 5). A
   * cursor the stream already followed fails it at once: a server walking in circles would otherwise be asked forever.
   */
  readonly maxEmptyPages?: number | undefined
}
