/**
 * When and how often a Beeper Desktop request is retried.
 *
 * - Retried errors: `TransportError` (refused, reset, DNS — either `delivery`), 408 (`UnexpectedStatus`), 429
 *   (`RateLimited`) and every 5xx (`ServerError`). Never: other 4xx, `DecodeError`, `InvalidRequest`, `Timeout`.
 * - Only when repeating cannot cause a second effect: operations marked `x-idempotent` in the spec, and POSTs that
 *   carry their idempotency key (`x-idempotency-key`, e.g. a reaction's `transactionID`, which the client generates
 *   when the caller gives none). A message send has neither, so it is never retried: no duplicate messages.
 * - The default schedule is exponential (500 ms × 2ⁿ) with jitter, at most 2 retries; a 429's `Retry-After` is
 *   waited instead when it is longer, capped at {@link maxRetryAfter}.
 *
 * @module
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import type { PaginationError, RequestError } from "./BeeperError.ts"
import type { Endpoint } from "./Endpoint.ts"

/**
 * A retry schedule: fed each failed attempt's error, it decides whether and when to try again.
 * @since 1.0.0
 * @category Retries
 */
export type RetrySchedule = Schedule.Schedule<unknown, RequestError>

/**
 * Exponential backoff from 500 ms, jittered, at most 2 retries (3 attempts in all).
 * @since 1.0.0
 * @category Retries
 */
export const defaultSchedule: RetrySchedule = Schedule.exponential("500 millis").pipe(
  Schedule.jittered,
  Schedule.upTo({ times: 2 }),
)

/**
 * No retries at all.
 * @since 1.0.0
 * @category Retries
 */
export const none: RetrySchedule = Schedule.recurs(0)

/**
 * The longest `Retry-After` the client waits: a server asking for more (or an HTTP date further ahead) is retried
 * after this long, as the retry schedule allows.
 * @since 1.0.0
 * @category Retries
 */
export const maxRetryAfter: Duration.Duration = Duration.seconds(60)

/**
 * Whether an error is transient: a new attempt of the same request may succeed.
 * @since 1.0.0
 * @category Retries
 */
export const isTransient = (error: RequestError): boolean => {
  switch (error._tag) {
    case "TransportError":
    case "RateLimited":
    case "ServerError":
      return true
    case "UnexpectedStatus":
      return error.status === 408
    default:
      return false
  }
}

/**
 * Whether a read that failed (a request with no effect of its own, e.g. a page of a list) may succeed when tried
 * again later, beyond the call's own retries: a transient error ({@link isTransient}) or a `Timeout` (which the
 * call's schedule does not retry: its time was spent). What `sendAndConfirm`'s lookups and the catch-ups of
 * incoming delivery ride out.
 * @since 1.0.0
 * @category Retries
 */
export const isTransientRead = (error: PaginationError): boolean =>
  error._tag === "Timeout" || (error._tag !== "PaginationLoop" && isTransient(error))

/**
 * Whether an operation may be repeated without a second effect: idempotent operations, and operations whose
 * idempotency key is present in the encoded input.
 * @since 1.0.0
 * @category Retries
 */
export const isRepeatable = (endpoint: Endpoint, encodedInput: Record<string, unknown>): boolean => {
  if (endpoint.idempotent) return true
  const key = endpoint.idempotencyKey
  return typeof key === "string" && typeof encodedInput[key] === "string" && encodedInput[key] !== ""
}

/**
 * Makes a schedule honour `Retry-After`: after a `RateLimited` that carries one, the next attempt waits
 * at least that long (capped at `cap`), or the schedule's own delay when that is longer.
 * @since 1.0.0
 * @category Retries
 */
export const honourRetryAfter = (
  schedule: RetrySchedule,
  cap: Duration.Duration = maxRetryAfter,
): RetrySchedule =>
  Schedule.modifyDelay(schedule, ({ input, duration }) => {
    const retryAfter = input !== undefined && input._tag === "RateLimited" ? input.retryAfter : undefined
    return Effect.succeed(retryAfter === undefined ? duration : Duration.max(duration, Duration.min(retryAfter, cap)))
  })
