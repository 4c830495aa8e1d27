/**
 * Errors the handlers throw and the shape they are rendered in: the spec's `Error` schema
 * (`{ code, message, details? }`), with `ValidationDetails` for invalid parameters. The store's domain
 * outcomes (`src/store/outcomes.ts`) become these errors here, and only here ({@link fromDomain}).
 */
import type { components } from "../generated/openapi.ts"
import { InvalidField, NotFound, Rejected } from "../store/outcomes.ts"

/** The spec's `Error` body. */
export type ErrorBody = components["schemas"]["Error"]
/** One entry of `ValidationDetails.issues`. */
export type ValidationIssue = components["schemas"]["ValidationIssue"]

/** HTTP statuses the mock answers errors with (each is declared by the spec on the operations that use it). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 422 | 429 | 500 | 502 | 503

/** An error that becomes an HTTP response with the spec's Error shape. */
export class ApiError extends Error {
  readonly status: ErrorStatus
  readonly code: string
  readonly details: ErrorBody["details"]
  constructor(status: ErrorStatus, code: string, message: string, details?: ErrorBody["details"]) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
  }

  /** The response body. */
  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

/** 400 with the list of invalid parameters. */
export const invalidParameters = (issues: ReadonlyArray<ValidationIssue>): ApiError =>
  new ApiError(
    400,
    "VALIDATION_ERROR",
    issues.length === 1 && issues[0] ? `Invalid request: ${issues[0].message}` : `Invalid request: ${issues.length} issues`,
    { issues: [...issues] },
  )

/** 404 for an unknown resource ID. */
export const notFound = (what: string, id: string): ApiError => new ApiError(404, "NOT_FOUND", `${what} not found: ${id}`)

/** 422: well-formed, but not applicable to the resource in its current state. */
export const unprocessable = (code: string, message: string): ApiError => new ApiError(422, code, message)

/**
 * The status an operation answers a {@link Rejected} request with: `422` where the operation declares it,
 * `400` on operations without 422 and where Beeper Desktop answers 400.
 */
export type RejectedStatus = 400 | 422

/**
 * The HTTP error of a store outcome — {@link NotFound} → `404 NOT_FOUND`, {@link Rejected} → `rejectedStatus`
 * with its code, {@link InvalidField} → `400 VALIDATION_ERROR` with the issue — and any other error unchanged.
 */
export const fromDomain = (error: unknown, rejectedStatus: RejectedStatus = 422): unknown => {
  if (error instanceof NotFound) return notFound(error.what, error.id)
  if (error instanceof Rejected) return new ApiError(rejectedStatus, error.code, error.message)
  if (error instanceof InvalidField)
    return new ApiError(400, "VALIDATION_ERROR", error.message, { issues: [{ code: error.issue, message: error.message, path: [...error.path] }] })
  return error
}
