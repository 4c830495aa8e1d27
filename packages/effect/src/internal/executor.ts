// Runs one operation of the endpoint table: validate → build → send (timeout, retries) → decode, in a span named
// after the operationId; and follows cursors lazily for the Stream forms.
import { Duration, Effect, Option, Stream } from "effect"
import type { HttpClient } from "effect/http"
import type { Connection, ResponseLimits } from "../BeeperConfig.ts"
import { type RequestError, Timeout } from "../BeeperError.ts"
import type { CallOptions, StreamOptions } from "../CallOptions.ts"
import type { Endpoint } from "../Endpoint.ts"
import { honourRetryAfter, isRepeatable, isTransient, none, type RetrySchedule } from "../RetryPolicy.ts"
import { contextOf } from "./issues.ts"
import { buildRequest, encodeInput } from "./request.ts"
import type { DriftLog } from "./drift.ts"
import { handleResponse, type Reading, transportErrorOf } from "./response.ts"
import { scrubberOf } from "./scrub.ts"

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
  readonly pages: (endpoint: Endpoint, input: unknown, options?: StreamOptions) => Stream.Stream<unknown, RequestError>
  readonly items: (endpoint: Endpoint, input: unknown, options?: StreamOptions) => Stream.Stream<unknown, RequestError>
}

export const makeExecutor = (settings: ExecutorSettings): Executor => {
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
    encodeInput(endpoint, withIdempotencyKey(endpoint, input)).pipe(
      Effect.flatMap((encoded) =>
        Effect.flatMap(buildRequest(settings.connection, endpoint, encoded), (request) => {
          const timeout = options?.timeout === undefined ? settings.timeout : Duration.fromInputUnsafe(options.timeout)
          const attempt = settings.httpClient.execute(request).pipe(
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
          return Effect.retry(attempt, { schedule, while: isTransient })
        })
      ),
      Effect.withSpan(endpoint.operationId, {
        attributes: {
          "beeper.operation_id": endpoint.operationId,
          "http.request.method": endpoint.method,
          "url.template": endpoint.path,
        },
      }, { captureStackTrace: false }),
    )

  const pages = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, RequestError> => {
    const pagination = endpoint.pagination
    if (pagination === undefined || pagination === null) return Stream.fromEffect(call(endpoint, input, options))
    const direction = options?.direction ?? pagination.defaultDirection ?? "before"
    const nextCursorField = direction === "before" ? pagination.oldestCursor : pagination.newestCursor
    const base = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>
    const explicitDirection = options?.direction !== undefined
    return Stream.paginate(
      options?.cursor,
      (cursor: string | undefined) =>
        call(endpoint, {
          ...base,
          ...(cursor === undefined ? {} : { [pagination.cursorParam]: cursor }),
          ...(cursor !== undefined || explicitDirection ? { [pagination.directionParam]: direction } : {}),
        }, options).pipe(
          Effect.map((page) => {
            const record = page as Record<string, unknown>
            const next = record[nextCursorField]
            const more = record[pagination.hasMore] === true && typeof next === "string" && next !== cursor
            return [[page], more ? Option.some(next) : Option.none()] as const
          }),
        ),
    )
  }

  const items = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, RequestError> => {
    const itemsField = endpoint.pagination?.items ?? "items"
    return pages(endpoint, input, options).pipe(
      Stream.flatMap((page) => Stream.fromIterable((page as Record<string, ReadonlyArray<unknown>>)[itemsField] ?? [])),
    )
  }

  return { call, pages, items }
}

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
