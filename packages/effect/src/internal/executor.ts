// Runs one operation of the endpoint table: validate → build → send (timeout, retries) → decode, in a span named
// after the operationId when a tracer is installed; and follows cursors lazily for the Stream forms, failing on a
// server that loops.
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Stream from "effect/Stream"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import type { Connection, ResponseLimits } from "../BeeperConfig.ts"
import {
  DecodeError,
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
import { honourRetryAfter, isRepeatable, isTransient, type RetrySchedule } from "../RetryPolicy.ts"
import type { AbortableAttempts } from "./abortable.ts"
import { contextOf } from "./issues.ts"
import { buildRequest, type CallForm, encodeInput, toHttpClientRequest, unknownInputKey, whereKeyBelongs } from "./request.ts"
import type { DriftLog } from "./drift.ts"
import { handleResponse, type Reading, transportErrorOf } from "./response.ts"
import {
  callOptionKeys,
  callOptionsOf,
  optionsArgumentProblem,
  positiveDuration,
  positiveInteger,
  scheduleOption,
  streamOnlyOptionKeys,
  streamOptionsProblem,
} from "./options.ts"
import { type Scrub, scrubberOf } from "./scrub.ts"
import { isTracing } from "../WebHttpClient.ts"

/** What an executor needs: the connection, the prepared HTTP client and the layer defaults. */
export interface ExecutorSettings {
  readonly connection: Connection
  readonly httpClient: HttpClient.HttpClient
  /**
   * The attempts bounded by their own `AbortController`, carried by a client that takes one (`WebHttpClient` or
   * `@beeper-kit/node`'s, untransformed; `abortable.ts`): an attempt's timeout then aborts the request instead of
   * racing a timer fiber against it. Absent, every attempt races a timer fiber.
   */
  readonly abortableAttempts?: AbortableAttempts | undefined
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
  // A call without its own timeout (the common case) takes the layer's, checked once above.
  const defaultTimeout = Result.succeed(settings.timeout)
  const defaultMillis = Duration.toMillis(settings.timeout)
  const reading: Reading = {
    validate: settings.validateResponses !== false,
    driftLog: settings.driftLog,
    limits: settings.maxResponseBytes,
  }
  // A plain pipeline rather than `Effect.gen`, a span only when a tracer is installed and then without a captured
  // stack trace (it would point here, not at the caller): per-request costs that showed in profiles
  // (tooling/bench/README.md).
  const call = (endpoint: Endpoint, input: unknown, options?: CallOptions): Effect.Effect<unknown, RequestError> =>
    isEndpoint(endpoint) ? callEndpoint(endpoint, input, options) : Effect.fail(notAnEndpoint(endpoint))

  const callEndpoint = (endpoint: Endpoint, input: unknown, options?: CallOptions): Effect.Effect<unknown, RequestError> =>
    Effect.withFiber((fiber) => {
      const tracing = isTracing(fiber.context)
      const effect = prepareAndSend(endpoint, input, options, tracing, fiber.context)
      if (!tracing) return effect
      return effect.pipe(
        Effect.withSpan(endpoint.operationId, {
          attributes: {
            "beeper.operation_id": endpoint.operationId,
            "http.request.method": endpoint.method,
            "url.template": endpoint.path,
          },
        }, { captureStackTrace: false }),
      )
    })

  const prepareAndSend = (
    endpoint: Endpoint,
    input: unknown,
    options: CallOptions | undefined,
    tracing: boolean,
    context: Context.Context<never>,
  ): Effect.Effect<unknown, RequestError> => {
    const optionsRefused = optionsRefusal(endpoint, options, "call")
    if (optionsRefused !== undefined) return Effect.fail(optionsRefused)
    const timeout = options?.timeout === undefined
      ? defaultTimeout
      : positiveDuration("the call option timeout", options.timeout, settings.timeout)
    if (Result.isFailure(timeout)) {
      return Effect.fail(new InvalidRequest({ ...contextOf(endpoint), field: "options.timeout", message: timeout.failure }))
    }
    // a retry that is not a Schedule (3, true, null from plain JavaScript) would die on the first transient failure
    if (options?.retry !== undefined) {
      const retry = scheduleOption("the call option retry", options.retry, false, true)
      if (Result.isFailure(retry)) {
        return Effect.fail(new InvalidRequest({ ...contextOf(endpoint), field: "options.retry", message: retry.failure }))
      }
    }
    const encoded = encodeInput(endpoint, withIdempotencyKey(endpoint, input))
    if (Result.isFailure(encoded)) return Effect.fail(encoded.failure)
    const request = buildRequest(settings.connection, endpoint, encoded.success)
    if (Result.isFailure(request)) return Effect.fail(request.failure)
    // The attempt's own AbortController bounds it when the client takes one, the clock is the real one (a TestClock
    // moves virtual time, which a runtime timer does not see) and no span wants the client's own child span.
    const millis = timeout === defaultTimeout ? defaultMillis : Duration.toMillis(timeout.success)
    const attempt = abortableAttempt !== undefined && !tracing && millis <= maxTimerMillis &&
        Context.getOrUndefined(context, Clock.Clock) === undefined
      ? abortableAttempt(endpoint, request.success, timeout.success, millis, context)
      : racedAttempt(endpoint, toHttpClientRequest(request.success), timeout.success, tracing)
    return isRepeatable(endpoint, encoded.success) ? withRetries(endpoint, attempt, options) : attempt
  }

  const timeoutOf = (endpoint: Endpoint, timeout: Duration.Duration): Timeout =>
    new Timeout({
      ...contextOf(endpoint),
      timeout,
      message: `no response within ${Duration.format(timeout)}`,
      delivery: "maybe-sent",
    })

  const read = (endpoint: Endpoint) => (response: HttpClientResponse.HttpClientResponse) =>
    handleResponse(endpoint, response, scrub, reading)

  const abortableAttempt = settings.abortableAttempts?.({ reading, scrub, read, timeoutOf })

  /** One attempt raced against a timer fiber (any `HttpClient`, a `TestClock`, or a span to feed). */
  const racedAttempt = (
    endpoint: Endpoint,
    request: HttpClientRequest.HttpClientRequest,
    timeout: Duration.Duration,
    tracing: boolean,
  ): Effect.Effect<unknown, RequestError> => {
    const sent = settings.httpClient.execute(request).pipe(
      Effect.mapError((error) => transportErrorOf(endpoint, error, scrub)),
    )
    return sent.pipe(
      Effect.flatMap(tracing
        ? (response) => Effect.andThen(Effect.annotateCurrentSpan("http.response.status_code", response.status), read(endpoint)(response))
        : read(endpoint)),
      Effect.timeoutOrElse({ duration: timeout, orElse: () => Effect.fail(timeoutOf(endpoint, timeout)) }),
    )
  }

  /**
   * A repeatable attempt retried on transient errors by the call's schedule: nothing beyond one `catch` when the
   * first attempt succeeds; on a failure, the schedule (built for this call only when it has its own) is fed that
   * failure first, as if it had retried from the start.
   */
  const withRetries = (
    endpoint: Endpoint,
    attempt: Effect.Effect<unknown, RequestError>,
    options: CallOptions | undefined,
  ): Effect.Effect<unknown, RequestError> =>
    Effect.catch(attempt, (first) => {
      if (!isTransient(first) || options?.retry === false) return Effect.fail(first)
      const schedule = options?.retry === undefined ? defaultRetry : honourRetryAfter(options.retry)
      // Once any attempt may have reached the server, the call's outcome says so even if a later attempt was refused.
      let reached = reachedServer(first)
      let pending: RequestError | undefined = first
      const again = Effect.suspend(() => {
        if (pending === undefined) return attempt
        const error = pending
        pending = undefined
        return Effect.fail(error)
      })
      return again.pipe(
        // (`Effect.catch` that fails again rather than `tapError`, which brings its own family into every bundle)
        Effect.catch((error) => {
          reached ||= reachedServer(error)
          return Effect.fail(error)
        }),
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
    })

  const pages = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, PaginationError> => {
    if (!isEndpoint(endpoint)) return Stream.fail(notAnEndpoint(endpoint))
    const pagination = endpoint.pagination
    if (pagination === undefined || pagination === null) return Stream.fromEffect(call(endpoint, input, options))
    return follow(endpoint, pagination, input, options, (page) => [page])
  }

  // Each page's items are emitted as that page's chunk, straight from the cursor loop. A `Stream.flatMap` over the
  // pages (a child channel, scope and pull per page) kept every page alive across young-generation GCs: V8 promoted
  // each page's parsed body to the old generation, and the heap grew by ~100 MB more than raw fetch's over 100,000
  // messages (tooling/bench/README.md, "Pagination memory").
  const items = (endpoint: Endpoint, input: unknown, options?: StreamOptions): Stream.Stream<unknown, PaginationError> => {
    if (!isEndpoint(endpoint)) return Stream.fail(notAnEndpoint(endpoint))
    const pagination = endpoint.pagination
    if (pagination === undefined || pagination === null) {
      return Stream.fromIterableEffect(Effect.map(call(endpoint, input, options), (page) => itemsOf(page, "items")))
    }
    const itemsField = pagination.items ?? "items"
    return follow(endpoint, pagination, input, options, (page) => itemsOf(page, itemsField))
  }

  /**
   * Follows the cursors of a paginated operation, emitting `chunkOf(page)` for each page. The next page is requested
   * only when the consumer pulls past the last chunk, so nothing is fetched ahead.
   */
  const follow = (
    endpoint: Endpoint,
    pagination: NonNullable<Endpoint["pagination"]>,
    input: unknown,
    options: StreamOptions | undefined,
    chunkOf: (page: unknown) => ReadonlyArray<unknown>,
  ): Stream.Stream<unknown, PaginationError> => {
    const optionsRefused = optionsRefusal(endpoint, options, "stream")
    if (optionsRefused !== undefined) return Stream.fail(optionsRefused)
    const maxEmptyPages = positiveInteger("the stream option maxEmptyPages", options?.maxEmptyPages, defaultMaxEmptyPages)
    if (Result.isFailure(maxEmptyPages)) {
      return Stream.fail(
        new InvalidRequest({ ...contextOf(endpoint), field: "options.maxEmptyPages", message: maxEmptyPages.failure }),
      )
    }
    const streamProblem = options == null ? undefined : streamOptionsProblem(options)
    if (streamProblem !== undefined) return Stream.fail(new InvalidRequest({ ...contextOf(endpoint), ...streamProblem }))
    // each page's request takes the call options alone (the stream's own are read here)
    const perPage = callOptionsOf(options)
    const direction = options?.direction ?? pagination.defaultDirection ?? "before"
    const nextCursorField = direction === "before" ? pagination.oldestCursor : pagination.newestCursor
    const itemsField = pagination.items ?? "items"
    const base = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>
    // the stream supplies these: one given in the input went into the first request only (the walk then turned
    // back the default way), so a cast or plain JavaScript walked the wrong way without a word
    for (const key of [pagination.cursorParam, pagination.directionParam]) {
      if (base[key] !== undefined) {
        return Stream.fail(new InvalidRequest({
          ...contextOf(endpoint),
          field: key,
          message: `"${key}" is a stream option: pass it as the second argument, e.g. ${endpoint.operationId}.stream(input, { ${key} })`,
        }))
      }
    }
    // the keys the stream's input takes (not its cursor nor direction) are checked here, for a message that lists them
    const unknownKey = unknownInputKey(endpoint, input, "stream")
    if (unknownKey !== undefined) return Stream.fail(unknownKey)
    const explicitDirection = options?.direction !== undefined
    return Stream.unwrap(Effect.sync(() => {
      // Per run of the stream: every cursor followed so far (one per page, so bounded by the pages read) and the
      // empty pages in a row. A cursor seen before or too many empty pages is a server walking in circles.
      const seen = new Set<string>(options?.cursor === undefined ? [] : [options.cursor])
      let emptyInARow = 0
      let pagesRead = 0
      // A loop found: the page that revealed it is emitted (its items are the server's data), then the stream fails
      // with this — before any request for the cursor that loops
      let looped: PaginationLoop | undefined
      const loop = (page: unknown, cursor: string, reason: PaginationLoop["reason"], message: string) => {
        looped = new PaginationLoop({ ...contextOf(endpoint), cursor: scrubCursor(cursor), pages: pagesRead, reason, message })
        return Effect.succeed([chunkOf(page), Option.some(cursor)] as const)
      }
      return Stream.paginate(
        options?.cursor,
        (cursor: string | undefined) =>
          looped !== undefined ? Effect.fail(looped) : call(endpoint, {
            ...base,
            ...(cursor === undefined ? {} : { [pagination.cursorParam]: cursor }),
            ...(cursor !== undefined || explicitDirection ? { [pagination.directionParam]: direction } : {}),
          }, perPage).pipe(
            Effect.flatMap((page): Effect.Effect<readonly [ReadonlyArray<unknown>, Option.Option<string>], PaginationError> => {
              pagesRead++
              const record = page as Record<string, unknown>
              const next = record[nextCursorField]
              const announced = record[pagination.hasMore] === true
              if (!announced || typeof next !== "string") {
                const last = Effect.succeed([chunkOf(page), Option.none<string>()] as const)
                if (!announced) return last
                // more announced, but no cursor to it: the stream cannot go on, and says so (once) rather than
                // end as if the list were complete — under `strict`, a DecodeError, like every tolerance refused
                const detail = `hasMore is true but ${nextCursorField} is ${next === null ? "null" : "absent"}: ` +
                  `the stream ends after this page (${pagesRead} read)`
                if (settings.driftLog.strict) {
                  const message = `${detail.slice(0, detail.indexOf(":"))} (strict)`
                  return Effect.fail(
                    new DecodeError({
                      ...contextOf(endpoint),
                      field: nextCursorField,
                      message,
                      issues: [{ field: nextCursorField, message }],
                      issueCount: 1,
                    }),
                  )
                }
                return Effect.andThen(
                  settings.driftLog.report({ source: endpoint.operationId, path: nextCursorField, kind: "missing-optional", detail }),
                  last,
                )
              }
              const pageItems = record[itemsField]
              // a page with no items array at all (read with `validateResponses: false`) gives no items either
              emptyInARow = !Array.isArray(pageItems) || pageItems.length === 0 ? emptyInARow + 1 : 0
              if (emptyInARow >= maxEmptyPages.success) {
                return loop(
                  page,
                  next,
                  "empty-pages",
                  `${emptyInARow} empty pages in a row, each announcing more (limit: maxEmptyPages ${maxEmptyPages.success})`,
                )
              }
              if (seen.has(next)) {
                return loop(page, next, "repeated-cursor", "the server returned a cursor this stream already followed")
              }
              seen.add(next)
              return Effect.succeed([chunkOf(page), Option.some(next)] as const)
            }),
          ),
      )
    }))
  }

  /** A cursor as an error may show it: without the token, and cut to its first 200 characters. */
  const scrubCursor = (cursor: string): string => {
    const scrubbed = scrub(cursor)
    return scrubbed.length > 200 ? `${scrubbed.slice(0, 200)}…` : scrubbed
  }

  return { call, pages, items, scrub }
}

/**
 * Whether a value given as an endpoint is one: an entry of the endpoint table (or one of the caller's own, shaped like
 * them). `undefined` (an operation name misspelt in an import, `endpoints[name]` of a name that is none) used to die
 * with "Cannot read properties of undefined (reading 'idempotencyKey')" instead of failing the call.
 */
const isEndpoint = (endpoint: unknown): endpoint is Endpoint => {
  if (typeof endpoint !== "object" || endpoint === null) return false
  // (not `input`: in the runtime build it is a getter that builds the input Schemas, which a passing check never needs)
  const { operationId, method, path } = endpoint as Partial<Record<keyof Endpoint, unknown>>
  return typeof operationId === "string" && typeof method === "string" && typeof path === "string"
}

/** The refusal of a call whose endpoint is none (see {@link isEndpoint}): nothing is sent. */
const notAnEndpoint = (endpoint: unknown): InvalidRequest =>
  new InvalidRequest({
    operationId: "",
    method: "",
    path: "",
    field: "endpoint",
    message: `the endpoint (the first argument) must be an entry of the endpoint table, e.g. chatsList from "@beeper-kit/effect/operations", got ${
      endpoint === null ? "null" : typeof endpoint
    }`,
  })

/** The options of the Stream forms: the call options and the stream's own. */
const streamOptionKeys: ReadonlyArray<string> = [...callOptionKeys, ...streamOnlyOptionKeys]

/**
 * The refusal of a call's or a stream's options argument that cannot be meant (`optionsArgumentProblem`: not an
 * object, or a key that is no option of that form, with where it belongs), or `undefined` — at once when there are no
 * options, as on most calls (no hint closure made on that path).
 */
const optionsRefusal = (endpoint: Endpoint, options: unknown, form: CallForm): InvalidRequest | undefined => {
  if (options === undefined) return undefined
  const problem = optionsArgumentProblem(
    `the ${form} options (the second argument)`,
    options,
    form === "call" ? callOptionKeys : streamOptionKeys,
    (key) => whereKeyBelongs(endpoint, key, "options", form),
  )
  return problem === undefined ? undefined : new InvalidRequest({ ...contextOf(endpoint), ...problem })
}

/** The longest delay a runtime timer holds (2³¹ − 1 ms, about 24.8 days); a longer timeout races a timer fiber. */
const maxTimerMillis = 2_147_483_647

/** Empty pages in a row, each announcing more, after which a cursor Stream fails with `PaginationLoop`. */
export const defaultMaxEmptyPages = 5

/**
 * A page's items: its own array (handed on as the stream's chunk, not copied), none when the field is absent; any
 * other iterable (a body read with `validateResponses: false`) as an array of what it iterates.
 */
const itemsOf = (page: unknown, field: string): ReadonlyArray<unknown> => {
  const items = (page as Record<string, unknown>)[field]
  if (Array.isArray(items)) return items
  return items === undefined || items === null ? [] : Array.from(items as Iterable<unknown>)
}

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
