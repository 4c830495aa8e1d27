// HTTP status → error class: the single place that says which status is which `BeeperError`. Internal: the
// response reader (./response.ts) is its one caller; users match on the error classes, not on this mapping.
import type * as Duration from "effect/Duration"
import {
  BadRequest,
  Conflict,
  Forbidden,
  NotFound,
  RateLimited,
  type RequestContext,
  ServerError,
  type StatusError,
  Unauthorized,
  UnexpectedStatus,
  Unprocessable,
} from "../BeeperError.ts"

/** The fields of a status error, as read from a response. */
export interface StatusErrorFields extends RequestContext {
  readonly status: number
  readonly code?: string | undefined
  readonly message: string
  readonly details?: unknown
  readonly retryAfter?: Duration.Duration | undefined
}

/** Maps an HTTP status to its error class: the single place that says which status is which error. */
export const fromStatus = (fields: StatusErrorFields): StatusError => {
  const { retryAfter, ...rest } = fields
  const base = dropUndefined(rest)
  const s = fields.status
  if (s === 400) return new BadRequest(base)
  if (s === 401) return new Unauthorized(base)
  if (s === 403) return new Forbidden(base)
  if (s === 404) return new NotFound(base)
  if (s === 409) return new Conflict(base)
  if (s === 422) return new Unprocessable(base)
  if (s === 429) return new RateLimited(retryAfter === undefined ? base : { ...base, retryAfter })
  if (s >= 500 && s <= 599) return new ServerError(base)
  return new UnexpectedStatus(base)
}

/** Removes keys whose value is `undefined` (optional schema fields must be absent, not `undefined`). */
const dropUndefined = <A extends object>(a: A): A =>
  Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as A
