// What `throwOnError: true` rejects with for an HTTP error status: an `Error` carrying the status and the API's error
// body, as a caller of Beeper's own SDK expects (`error.status === 404`, `error instanceof Error`, a stack). Without
// `throwOnError`, `error` stays the body itself (`{ code, message, details? }`), as the client documents.

/** The API's error body, as the client reads it (see `errorBodyOf` in ./client.ts). */
export interface ApiErrorBody {
  readonly code: string
  readonly message: string
  readonly details?: unknown
}

/**
 * A non-2xx answer, thrown by a call made with `throwOnError: true`: `status` and `headers` of the response, and the
 * API's `code`, `message` and `details` (for a body that was not the API's error shape: `HTTP_<status>`, its text, and
 * the body as `details`).
 */
export class BeeperApiError extends Error implements ApiErrorBody {
  override readonly name = "BeeperApiError"
  readonly status: number
  readonly code: string
  readonly details?: unknown
  readonly headers: Headers
  constructor(body: ApiErrorBody, response: Response) {
    super(body.message)
    this.status = response.status
    this.code = body.code
    if (body.details !== undefined) this.details = body.details
    this.headers = response.headers
  }
}
