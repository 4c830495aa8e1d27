// What `throwOnError: true` rejects with for an HTTP error status: an `Error` carrying the status and the API's error
// body, as a caller of Beeper's own SDK expects (`error.status === 404`, `error instanceof Error`, a stack). Without
// `throwOnError`, `error` stays the body itself (`{ code, message, details? }`), as the client documents.
import type { Scrub } from "./wire/scrub.ts"

/** The API's error body, as the client reads it (see `errorBodyOf` in ./client.ts). */
export interface ApiErrorBody {
  readonly code: string
  readonly message: string
  readonly details?: unknown
}

/**
 * A non-2xx answer, thrown by a call made with `throwOnError: true`: `status` and `headers` of the response, and the
 * API's `code`, `message` and `details` (for a body that was not the API's error shape: `HTTP_<status>`, its text, and
 * the body as `details`). The client passes its token scrubber: `headers` is then a copy with the token, in any form
 * a server echoed it (a `WWW-Authenticate` challenge quoting it), replaced by `<redacted>` — an error gets logged,
 * and `console.error` prints its headers. The response itself, unscrubbed, is the call's `response`.
 */
export class BeeperApiError extends Error implements ApiErrorBody {
  override readonly name = "BeeperApiError"
  readonly status: number
  readonly code: string
  readonly details?: unknown
  readonly headers: Headers
  constructor(body: ApiErrorBody, response: Response, scrub?: Scrub) {
    super(body.message)
    this.status = response.status
    this.code = body.code
    if (body.details !== undefined) this.details = body.details
    this.headers = scrub === undefined ? response.headers : scrubbedHeaders(response.headers, scrub)
  }
}

/** A copy of `headers` with `scrub` run over every value. */
const scrubbedHeaders = (headers: Headers, scrub: Scrub): Headers => {
  const copy = new Headers()
  headers.forEach((value, name) => copy.append(name, scrub(value)))
  return copy
}
