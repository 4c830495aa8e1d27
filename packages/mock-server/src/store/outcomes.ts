/**
 * How the store refuses a request: domain outcomes, not HTTP. The HTTP edge (`src/http/errors.ts`,
 * `fromDomain`) turns them into the spec's Error responses; in-process callers (the `simulate` API) see
 * them as they are, with the same messages.
 */

/** The addressed resource does not exist. */
export class NotFound extends Error {
  readonly what: string
  readonly id: string
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`)
    this.what = what
    this.id = id
  }
}

/** The request is well-formed but does not apply to the resource in its current state. */
export class Rejected extends Error {
  /** A stable reason, e.g. `READ_ONLY_CHAT` (the Error body's `code`). */
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/** A request field is invalid in a way its schema cannot say (e.g. a count that depends on another field). */
export class InvalidField extends Error {
  /** Where the field is, as a ValidationIssue path. */
  readonly path: ReadonlyArray<string>
  /** The ValidationIssue code (`invalid_length`, ...). */
  readonly issue: string
  constructor(path: ReadonlyArray<string>, issue: string, message: string) {
    super(message)
    this.path = path
    this.issue = issue
  }
}
