// HTTP response → the operation's success value, or the typed error its status / body calls for.
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaParser from "effect/SchemaParser"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import type { ResponseLimits } from "../BeeperConfig.ts"
import {
  DecodeError,
  maxDecodeIssues,
  ResponseTooLarge,
  type StatusError,
  TransportError,
} from "../BeeperError.ts"
import type { Endpoint, JsonSuccess } from "../Endpoint.ts"
import { type LimitExceeded, readTextWithin, readWithin, type TextDecoding } from "./body.ts"
import { deliveryOf } from "./delivery.ts"
import type { DriftLog } from "./drift.ts"
import { contextOf, fieldMessage, type PathIssue } from "./issues.ts"
import { jsonTextOf } from "./jsonText.ts"
import { ProtocolSwitchError } from "./webFetch.ts"
import { type Scrub, scrubDeep, scrubDrift } from "./scrub.ts"
import { fromStatus } from "./status.ts"
import { decodeTolerant, type TolerantResult } from "./tolerant.ts"

/** How bodies are read: how large they may be, decoded or trusted, and where drift goes (one log per layer). */
export interface Reading {
  /** `false`: a JSON body is parsed but returned as the server sent it (`validateResponses: false`). */
  readonly validate: boolean
  readonly driftLog: DriftLog
  /** The body limits (`json` also bounds every error body); see `BeeperConfig.MaxResponseBytes`. */
  readonly limits: ResponseLimits
}

/**
 * Reads and decodes a response: 2xx → the decoded success value (see {@link jsonOfText}), anything else → its
 * status error. Compatible drift is reported to the drift log and read past, a contract break (or any drift when the
 * log is strict) is a `DecodeError` listing every problem.
 */
export const handleResponse = (
  endpoint: Endpoint,
  response: HttpClientResponse.HttpClientResponse,
  scrub: Scrub,
  reading: Reading,
): Effect.Effect<unknown, StatusError | DecodeError | TransportError | ResponseTooLarge> => {
  const status = response.status
  // A `101` handed on as a response — by a client of the caller's own (Effect's `FetchHttpClient` on Deno or workerd);
  // ours fail it before — is the transport failure every transport of ours gives, not a status.
  if (status === 101) return Effect.fail(protocolSwitched(endpoint, response, scrub))
  if (status < 200 || status > 299) return statusError(endpoint, response, scrub, reading.limits.json)
  const success = endpoint.success
  switch (success.kind) {
    case "void":
      return readBody(endpoint, response, reading.limits.json, scrub).pipe(Effect.as(undefined))
    case "binary":
      return readBody(endpoint, response, reading.limits.binary, scrub)
    case "json":
      return Effect.flatMap(
        readText(endpoint, response, reading.limits.json, scrub, jsonTextOf),
        (text) => jsonOfText(endpoint, success, status, text, scrub, reading),
      )
  }
}

/**
 * A 2xx JSON body's text as the operation's success value: parsed, then (unless `validateResponses: false`) checked.
 * A body the generated fast check accepts (valid, no undeclared keys) is returned without running the decode; any
 * other is read tolerantly (`decodeTolerant`). Synchronous but for reporting drift: {@link handleResponse}'s JSON
 * half, also called by an attempt that read the text itself (`executor.ts`).
 */
export const jsonOfText = (
  endpoint: Endpoint,
  success: JsonSuccess,
  status: number,
  text: string,
  scrub: Scrub,
  reading: Reading,
): Effect.Effect<unknown, DecodeError> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return Effect.fail(notJson(endpoint, status, text))
  }
  if (!reading.validate) return Effect.succeed(json)
  let result: TolerantResult<unknown> | undefined
  try {
    // Already valid and nothing to strip: the generated fast check (which travels with its Schema in the entry, so a
    // bundle keeps only the checks it calls) stands in for the (slower) decode.
    if (success.fastCheck?.(json) === true) return Effect.succeed(json)
    // Generated response Schemas need no services, so they decode synchronously.
    const schema = success.schema as Schema.ConstraintDecoder<unknown>
    result = decodeTolerant(schema, json, { source: endpoint.operationId, strict: reading.driftLog.strict })
  } catch (error) {
    // Neither is meant to throw; a body they cannot take (a stack overflow on a pathological one) is still an answer
    // that could not be read — a typed DecodeError, and for a send "maybe-sent" — never a defect.
    const problem = { path: "", message: `the body could not be checked (${error instanceof Error ? error.name : "error"})` }
    return Effect.fail(decodeErrorOf(endpoint, status, [problem], 1, scrub))
  }
  return result._tag === "ok"
    ? Effect.as(reading.driftLog.reportAll(result.drift.map((drift) => scrubDrift(drift, scrub))), result.value)
    : Effect.fail(decodeErrorOf(endpoint, status, result.issues, result.total, scrub))
}

/** A `DecodeError` listing the first problems of a body (scrubbed), `field`/`message` being the first's. */
const decodeErrorOf = (
  endpoint: Endpoint,
  status: number,
  problems: ReadonlyArray<PathIssue>,
  total: number,
  scrub: Scrub,
): DecodeError => {
  const issues = problems.slice(0, maxDecodeIssues).map((problem) => {
    const { field, message } = fieldMessage(problem)
    return { field: scrub(field), message: scrub(message) }
  })
  const first = issues[0] ?? { field: "", message: "invalid body" }
  const more = total - 1
  return new DecodeError({
    ...contextOf(endpoint),
    status,
    field: first.field,
    message: more > 0 ? `${first.message} … and ${more} more` : first.message,
    issues,
    issueCount: Math.max(total, issues.length),
    ...acceptedBy(status),
  })
}

/**
 * A body error's `delivery`: a 2xx status means the server accepted the request, so it may have been acted on (a
 * send: the message may be in the chat) though its answer cannot be read; an error status's body claims nothing.
 */
const acceptedBy = (status: number): { readonly delivery?: "maybe-sent" } =>
  status >= 200 && status < 300 ? { delivery: "maybe-sent" } : {}

/**
 * The body, read within `limit` bytes (see ./body.ts): past it a `ResponseTooLarge` (the connection closed); a
 * failure while reading (connection reset mid-response...) is a transport error.
 */
const readBody = (
  endpoint: Endpoint,
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
  scrub: Scrub,
): Effect.Effect<Uint8Array, TransportError | ResponseTooLarge> =>
  Effect.mapError(readWithin(response, limit), (error) => bodyErrorOf(endpoint, response.status, error, scrub))

/**
 * The body as text, within `limit` bytes (a body too long for a string is a `ResponseTooLarge` too); `decode` is
 * UTF-8 unless given (`jsonTextOf` for a body only `JSON.parse` reads).
 */
const readText = (
  endpoint: Endpoint,
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
  scrub: Scrub,
  decode?: TextDecoding,
): Effect.Effect<string, TransportError | ResponseTooLarge> =>
  Effect.mapError(readTextWithin(response, limit, decode), (error) => bodyErrorOf(endpoint, response.status, error, scrub))

/** A body that could not be read: past its limit a `ResponseTooLarge` (the connection closed), else a transport error. */
export const bodyErrorOf = (
  endpoint: Endpoint,
  status: number,
  error: LimitExceeded | HttpClientError.HttpClientError,
  scrub: Scrub,
): TransportError | ResponseTooLarge =>
  error._tag === "LimitExceeded" ? tooLargeOf(endpoint, status, error) : transportErrorOf(endpoint, error, scrub)

const tooLargeOf = (endpoint: Endpoint, status: number, exceeded: LimitExceeded): ResponseTooLarge =>
  new ResponseTooLarge({
    ...contextOf(endpoint),
    status,
    limit: exceeded.limit,
    message: `the response body is over the ${exceeded.limit}-byte limit (${exceeded.reason}); the connection was closed`,
    ...acceptedBy(status),
  })

const notJson = (endpoint: Endpoint, status: number, text: string): DecodeError =>
  decodeErrorOf(endpoint, status, [{
    path: "",
    message: text.length === 0 ? "expected a JSON body, got an empty body" : "the body is not valid JSON",
  }], 1, (text) => text)

/** The shared `Error` body, read leniently: a non-conforming error body still yields the status error. */
const ErrorBody = Schema.Struct({
  code: Schema.optional(Schema.String),
  message: Schema.optional(Schema.String),
  details: Schema.optional(Schema.Unknown),
})

// A `Result` decoder, as the tolerant reader's: `Schema.decodeUnknownSync` brings Schema's throwing adapters too.
const decodeErrorBody = /*#__PURE__*/ SchemaParser.decodeUnknownResult(ErrorBody)

const statusError = (
  endpoint: Endpoint,
  response: HttpClientResponse.HttpClientResponse,
  scrub: Scrub,
  limit: number,
): Effect.Effect<never, StatusError | ResponseTooLarge> =>
  Effect.gen(function*() {
    // An unreadable body (reset mid-body) leaves the status alone; an oversized one is refused like any other.
    // (`Effect.catch` with the tag test rather than `catchTag`: that one brings its own family into every bundle.)
    const text = yield* readText(endpoint, response, limit, scrub).pipe(
      Effect.catch((error) => error._tag === "TransportError" ? Effect.succeed("") : Effect.fail(error)),
    )
    let body: typeof ErrorBody.Type = {}
    try {
      // Parsed first, then every string (and key) scrubbed: JSON escapes (`\u002d`) are decoded by then, and a short
      // token scrubbed out of the raw text could break the JSON around it (`"count":1` with the token `1`).
      const decoded = decodeErrorBody(scrubDeep(JSON.parse(text), scrub))
      if (Result.isSuccess(decoded)) body = decoded.success
    } catch {
      // not JSON or not the Error shape: keep the status alone
    }
    const retryAfter = response.status === 429
      ? parseRetryAfter(response.headers["retry-after"], yield* Clock.currentTimeMillis)
      : undefined
    return yield* Effect.fail(fromStatus({
      ...contextOf(endpoint),
      status: response.status,
      code: body.code,
      message: body.message ?? `HTTP ${response.status}`,
      details: body.details,
      retryAfter,
    }))
  })

/** `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3); `undefined` when absent or unreadable. */
export const parseRetryAfter = (header: string | undefined, nowMillis: number): Duration.Duration | undefined => {
  if (header === undefined) return undefined
  const trimmed = header.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Duration.seconds(Number(trimmed))
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Duration.millis(Math.max(0, date - nowMillis))
}

const protocolSwitched = (endpoint: Endpoint, response: HttpClientResponse.HttpClientResponse, scrub: Scrub): TransportError => {
  const error = new ProtocolSwitchError(response.headers["upgrade"], false)
  return new TransportError({ ...contextOf(endpoint), message: scrub(`${error.code}: ${error.message}`), delivery: "maybe-sent" })
}

/**
 * An `HttpClientError` (no response, or a body that could not be read) as a `TransportError`, with its `delivery`
 * read from the causes (see `deliveryOf`). Only the cause's message and error code are kept: the request object
 * (and its Authorization header) is never retained.
 */
export const transportErrorOf = (
  endpoint: Endpoint,
  error: HttpClientError.HttpClientError,
  scrub: Scrub,
): TransportError => {
  const delivery = deliveryOf(error)
  const cause = describeCause(error)
  return new TransportError({
    ...contextOf(endpoint),
    message: scrub(delivery === "not-sent" && refusedConnection.test(cause) ? `${cause}${nothingListening(error)}` : cause),
    delivery,
  })
}

/** How the runtimes word a refused connection: Node's code, Deno's and Bun's texts. */
const refusedConnection = /ECONNREFUSED|connection refused|ConnectionRefused/i

/**
 * What a refused connection most often means, said where the user looks first (the first run, Desktop not started):
 * the origin dialled (a URL never carries the token: it goes in a header) and what to check.
 */
const nothingListening = (error: HttpClientError.HttpClientError): string => {
  let origin: string | undefined
  try {
    origin = new URL(error.request.url).origin
  } catch {
    origin = undefined
  }
  return ` — nothing answers${origin === undefined ? "" : ` at ${origin}`}: is Beeper Desktop running, with its API ` +
    "on (Settings → Developers), and BEEPER_DESKTOP_URL its address?"
}

const describeCause = (error: HttpClientError.HttpClientError): string => {
  const reason = error.reason
  const parts: Array<string> = []
  const description = "description" in reason ? reason.description : undefined
  if (typeof description === "string") parts.push(description)
  let cause: unknown = "cause" in reason ? reason.cause : undefined
  for (let depth = 0; depth < 4 && cause !== undefined && cause !== null; depth++) {
    if (typeof cause === "object") {
      const code = (cause as { code?: unknown }).code
      const message = (cause as { message?: unknown }).message
      if (typeof code === "string") parts.push(code)
      if (typeof message === "string" && message.length > 0) parts.push(message)
      cause = (cause as { cause?: unknown }).cause
    } else {
      parts.push(String(cause))
      break
    }
  }
  return parts.length === 0 ? reason._tag : [...new Set(parts)].join(": ")
}
