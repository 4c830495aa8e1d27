// Runs one operation of the endpoint table: validate → build → send (timeout, retries) → decode, in a span named
// after the operationId; and follows cursors lazily for the Stream forms, failing on a server that loops.
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Stream from "effect/Stream"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import type { Connection, ResponseLimits } from "../BeeperConfig.ts"
import {
  InvalidRequest,
  mayHaveBeenSent,
  type PaginationError,
  PaginationLoop,
  type RequestError,
  Timeout,
  TransportError,
} from "../BeeperError.ts"
import type { CallOptions, StreamOptions } from "../CallOptions.ts"
import type { Endpoint } from "../Endpoint.ts"
import { honourRetryAfter, isRepeatable, isTransient, none, type RetrySchedule } from "../RetryPolicy.ts"
import { contextOf } from "./issues.ts"
import { buildRequest, encodeInput } from "./request.ts"
import type { DriftLog } from "./drift.ts"
import { handleResponse, type Reading, transportErrorOf } from "./response.ts"
import { positiveDuration, positiveInteger } from "./options.ts"
import { type Scrub, scrubberOf } from "./scrub.ts"

/** What an executor needs: the connection, the prepared HTTP client and the layer defaults. */
export interface ExecutorSettings {
  readonly connection: Connection
  readonly httpClient: HttpClient.HttpClient
  readonly retry: RetrySchedule
  readonly timeout: Duration.Duration
  /** Whether JSON responses are decoded with the operation's Schema (default true; `false`: returned as parsed). */
  readonly validateResponses?: boolean | undefined
  /** Where compatible drift in responses is reported; its `strict` refuses it instead. */
  readonly driftLog: DriftLog
  /** The response body limits (`BeeperConfig.resolveMaxResponseBytes`). */
  readonly maxResponseBytes: ResponseLimits
}

/** Runs operations of the endpoint table. */
export interface Executor {
  readonly call: (endpoint: Endpoint, input: unknown, options?: CallOptions) => Effect.Effect<unknown, RequestError>
  readonly pages: (endpoint: Endpoint, input: unknown, options?: StreamOptions) => Stream.Stream<unknown, PaginationError>
  readonly items: (endpoint: Endpoint, input: unknown, options?: StreamOptions) => Stream.Stream<unknown, PaginationError>
  /** Takes the layer's token out of server text (for texts read from success bodies, which are not scrubbed). */
  readonly scrub: Scrub
}

export const makeExecutor = (settings: ExecutorSettings): Executor => {
  // A layer timeout that cannot be meant (0, NaN) would fail every request: a defect at layer build.
  if (!Duration.isPositive(settings.timeout)) throw new TypeError("BeeperDesktop timeout must be a duration longer than zero")
  const scrub = scrubberOf(settings.connection.accessToken)
  // Built once: the layer's schedule with `Retry-After` honoured (a per-call schedule is wrapped on that call).
  const defaultRetry = honourRetryAfter(settings.retry)
  const reading: Reading = {
    validate: settings.validateResponses !== false,
    driftLog: settings.driftLog,
    limits: settings.maxResponseBytes,
  }
  // A plain pipeline rather than `Effect.gen`, and a span without a captured stack trace (it would point here,
  // not at the caller): both are per-request costs that showed in profiles (tooling/bench/README.md).
  const call = (endpoint: Endpoint, input: unknown, options?: CallOptions): Effect.Effect<unknown, RequestError> =>
    Effect.suspend(() => {
      const timeout = positiveDuration("the call option timeout", options?.timeout, settings.timeout)
      if (Result.isFailure(timeout)) {
        return Effect.fail(new InvalidRequest({ ...contextOf(endpoint), field: "options.timeout", message: timeout.failure }))
      }
      return encodeInput(endpoint, withIdempotencyKey(endpoint, input)).pipe(
        Effect.flatMap((encoded) =>
          Effect.flatMap(buildRequest(settings.connection, endpoint, encoded), (request) =>
            send(endpoint, encoded, request, timeout.success, options))
        ),
      )
    }).pipe(
      Effect.withSpan(endpoint.operationId, {
        attributes: {
          "beeper.operation_id": endpoint.operationId,
          "http.request.method": endpoint.method,
          "url.template": endpoint.path,
        },
      }, { captureStackTrace: false }),
    )

  /** Sends a built request: each attempt bounded by `timeout`, retried when the operation is repeatable. */
  const send = (
    endpoint: Endpoint,
    encoded: Record<string, unknown>,
    request: HttpClientRequest.HttpClientRequest,
    timeout: Duration.Duration,
    options: CallOptions | undefined,
  ): Effect.Effect<unknown, RequestError> => {
    const attempt: Effect.Effect<unknown, RequestError> = settings.httpClient.execute(request).pipe(
      Effect.mapError((error) => transportErrorOf(endpoint, error, scrub)),
      Effect.tap((response) => Effect.annotateCurrentSpan("http.response.status_code", response.status)),
      Effect.flatMap((response) => handleResponse(endpoint, response, scrub, reading)),
      Effect.timeoutOrElse({
        duration: timeout,
        orElse: () =>
          Effect.fail(
            new Timeout({
              ...contextOf(endpoint),
              timeout,
              message: `no response within ${Duration.format(timeout)}`,
              delivery: "maybe-sent",
            }),
          ),
      }),
    )
    if (!isRepeatable(endpoint, encoded)) return attempt
    const schedule = options?.retry === false
      ? none
      : options?.retry === undefined
      ? defaultRetry
      : honourRetryAfter(options.retry)
    // Once any attempt may have reached the server, the call's outcome says so even if a later attempt was refused.
    let reached = false
    return attempt.pipe(
      Effect.tapError((error) =>
        Effect.sync(() => {
          reached ||= reachedServer(error)
        })
      ),
      Effect.retry({ schedule, while: isTransient }),
      Effect.mapError((error): RequestError =>
        reached && error._tag === "TransportError" && error.delivery === "not-sent"
          ? new TransportError({
            ...contextOf(endpoint),
            message: error.message,
            delivery: "maybe-sent",
          })
          : error
      ),
    )
  }

  const pages = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, PaginationError> => {
    const pagination = endpoint.pagination
    if (pagination === undefined || pagination === null) return Stream.fromEffect(call(endpoint, input, options))
    const maxEmptyPages = positiveInteger("the stream option maxEmptyPages", options?.maxEmptyPages, defaultMaxEmptyPages)
    if (Result.isFailure(maxEmptyPages)) {
      return Stream.fail(
        new InvalidRequest({ ...contextOf(endpoint), field: "options.maxEmptyPages", message: maxEmptyPages.failure }),
      )
    }
    const direction = options?.direction ?? pagination.defaultDirection ?? "before"
    const nextCursorField = direction === "before" ? pagination.oldestCursor : pagination.newestCursor
    const itemsField = pagination.items ?? "items"
    const base = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>
    const explicitDirection = options?.direction !== undefined
    return Stream.unwrap(Effect.sync(() => {
      // Per run of the stream: every cursor followed so far (one per page, so bounded by the pages read) and the
      // empty pages in a row. A cursor seen before or too many empty pages is a server walking in circles.
      const seen = new Set<string>(options?.cursor === undefined ? [] : [options.cursor])
      let emptyInARow = 0
      let pagesRead = 0
      const loop = (cursor: string, reason: PaginationLoop["reason"], message: string) =>
        new PaginationLoop({ ...contextOf(endpoint), cursor: scrubCursor(cursor), pages: pagesRead, reason, message })
      return Stream.paginate(
        options?.cursor,
        (cursor: string | undefined) =>
          call(endpoint, {
            ...base,
            ...(cursor === undefined ? {} : { [pagination.cursorParam]: cursor }),
            ...(cursor !== undefined || explicitDirection ? { [pagination.directionParam]: direction } : {}),
          }, options).pipe(
            Effect.flatMap((page) => {
              pagesRead++
              const record = page as Record<string, unknown>
              const next = record[nextCursorField]
              const more = record[pagination.hasMore] === true && typeof next === "string"
              if (!more) return Effect.succeed([[page], Option.none<string>()] as const)
              const pageItems = record[itemsField]
              emptyInARow = Array.isArray(pageItems) && pageItems.length === 0 ? emptyInARow + 1 : 0
              if (emptyInARow >= maxEmptyPages.success) {
                return Effect.fail(loop(
                  next,
                  "empty-pages",
                  `${emptyInARow} empty pages in a row, each announcing more (limit: maxEmptyPages ${maxEmptyPages.success})`,
                ))
              }
              if (seen.has(next)) {
                return Effect.fail(loop(next, "repeated-cursor", "the server returned a cursor this stream already followed"))
              }
              seen.add(next)
              return Effect.succeed([[page], Option.some(next)] as const)
            }),
          ),
      )
    }))
  }

  const items = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, PaginationError> => {
    const itemsField = endpoint.pagination?.items ?? "items"
    return pages(endpoint, input, options).pipe(
      Stream.flatMap((page) => Stream.fromIterable((page as Record<string, ReadonlyArray<unknown>>)[itemsField] ?? [])),
    )
  }

  /** A cursor as an error may show it: without the token, and cut to its first 200 characters. */
  const scrubCursor = (cursor: string): string => {
    const scrubbed = scrub(cursor)
    return scrubbed.length > 200 ? `${scrubbed.slice(0, 200)}…` : scrubbed
  }

  return { call, pages, items, scrub }
}

/** Empty pages in a row, each announcing more, after which a cursor Stream fails with `PaginationLoop`. */
export const defaultMaxEmptyPages = 5

/** Whether a failed attempt shows the request reached the server: it may have been sent, or a status came back. */
const reachedServer = (error: RequestError): boolean =>
  mayHaveBeenSent(error) || ("status" in error && typeof error.status === "number")

/**
 * For an operation with an idempotency key (`x-idempotency-key`) called without one, a fresh random key: every
 * attempt of this call then carries the same key, so the server can deduplicate and the call can be retried safely.
 */
const withIdempotencyKey = (endpoint: Endpoint, input: unknown): unknown => {
  const key = endpoint.idempotencyKey
  if (key === undefined || key === null) return input
  const record = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>
  return record[key] === undefined ? { ...record, [key]: globalThis.crypto.randomUUID() } : input
}
